package org.stockroom.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockroom.cli.CommandLineRun;
import org.stockroom.cli.ExitCodes;

/**
 * The command line against PostgreSQL with {@code --database}: the schema is made on first use, stock commands work
 * and refuse as on H2, and the password comes from a file, never from the command line.
 */
class CommandLineOnPostgresTest {

    @TempDir
    Path folder;

    final CommandLineRun cli = new CommandLineRun();
    TestPostgres.TestDatabase db;
    String database;
    String passwordFile;

    @BeforeEach
    void aFreshDatabase() throws Exception {
        db = TestPostgres.newDatabase();
        TestPostgres.Server server = db.server();
        database = "postgresql://" + server.user() + "@" + server.host() + ":" + server.port() + "/" + db.name();
        Path file = folder.resolve("password");
        Files.writeString(file, server.password());
        passwordFile = file.toString();
    }

    private int run(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 4);
        all[args.length] = "--database";
        all[args.length + 1] = database;
        all[args.length + 2] = "--password-file";
        all[args.length + 3] = passwordFile;
        return cli.run(all);
    }

    @Test
    void productReceiveIssueAndStockWorkAndAnIssueBeyondStockIsRefused() {
        assertThat(run("product", "add", "PG-1", "--name", "Bolt"))
                .as(cli.err())
                .isZero();
        assertThat(run("receive", "PG-1", "10", "--user", "anna")).as(cli.err()).isZero();
        assertThat(run("issue", "PG-1", "4", "--user", "anna")).as(cli.err()).isZero();
        assertThat(run("issue", "PG-1", "7", "--user", "anna")).isEqualTo(ExitCodes.INSUFFICIENT_STOCK);
        assertThat(cli.err()).contains("6 available");
        assertThat(run("stock", "PG-1")).isZero();
        assertThat(cli.out()).contains("6");
    }

    @Test
    void generateFillsAnEmptyDatabaseAndTheLedgerVerifies() {
        assertThat(run("generate", "--products", "500")).as(cli.err()).isZero();
        assertThat(cli.out()).contains("Generated 500 products").doesNotContain("Compacted");

        assertThat(run("verify")).as(cli.err()).isZero();
        assertThat(cli.out()).contains("OK:").contains("movements");
        assertThat(run("stock", "STO-0000000")).as(cli.err()).isZero();
    }

    @Test
    void verifyPassesOnAConsistentLedgerAndCatchesABalanceChangedBehindItsBack() throws Exception {
        assertThat(run("product", "add", "PG-2", "--name", "Nut")).as(cli.err()).isZero();
        assertThat(run("receive", "PG-2", "5")).as(cli.err()).isZero();
        assertThat(run("verify")).as(cli.out() + cli.err()).isZero();
        assertThat(cli.out()).contains("OK: 1 stock levels and 1 movements in the PostgreSQL database");

        try (java.sql.Connection c = db.connect();
                java.sql.Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE stock_level SET on_hand = 50");
        }
        assertThat(run("verify")).isEqualTo(ExitCodes.LEDGER_MISMATCH);
        assertThat(cli.out())
                .contains("MISMATCH PG-2 at MAIN: on hand 50, movements sum to 5")
                .contains("FAILED: ");
    }

    @Test
    void theBenchmarkMeasuresAPostgresDatabaseAndFindsNothingOversoldOrLost() {
        assertThat(run(
                        "bench",
                        "--threads",
                        "2",
                        "--rounds",
                        "1",
                        "--seconds",
                        "1",
                        "--warmup",
                        "0",
                        "--paths",
                        "service,jdbc",
                        "--workloads",
                        "hot",
                        "--products",
                        "10"))
                .as(cli.err())
                .isZero();
        assertThat(cli.out()).contains("the PostgreSQL database").containsPattern("hot +2 service +\\d+");
        assertThat(cli.out().lines().filter(l -> l.startsWith("hot ")))
                .hasSize(2)
                .allSatisfy(l -> assertThat(l).matches(".* 0 +0 +0$")); // oversold, lost, errors
    }

    @Test
    void backupSaysPostgresBacksItselfUpAndDoesNothing() {
        assertThat(run("backup")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err())
                .contains("Stockroom does not back up a PostgreSQL database")
                .contains("pg_dump");
    }

    @Test
    void aWrongPasswordIsRefusedAsUnavailableWithoutEchoingIt() throws Exception {
        Files.writeString(Path.of(passwordFile), "not-the-password");
        assertThat(run("stock", "PG-1")).isEqualTo(ExitCodes.DATABASE_UNAVAILABLE);
        assertThat(cli.err()).doesNotContain("not-the-password").contains("PostgreSQL database");
    }

    @Test
    void aDatabaseAndADataFolderTogetherAreRefused() {
        assertThat(run("stock", "PG-1", "--data-dir", folder.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err()).contains("Give one of --data-dir, --server and --database");
    }
}
