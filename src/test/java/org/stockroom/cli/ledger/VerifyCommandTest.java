package org.stockroom.cli.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockroom.TestBackends;
import org.stockroom.app.StockroomCommand;
import org.stockroom.cli.ExitCodes;
import org.stockroom.cli.WindowCommand;
import org.stockroom.cli.WindowOptions;
import org.stockroom.persistence.ConnectionSettings;
import org.stockroom.persistence.DatabaseTarget;
import org.stockroom.service.Backend;
import picocli.CommandLine;

class VerifyCommandTest {

    @TempDir
    Path folder;

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = StockroomCommand.commandLine(new StockroomCommand(), Backend::open);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private Path dataWithStock() {
        Path data = folder.resolve("data");
        try (Backend backend = Backend.open(data)) {
            long id = TestBackends.product(backend, "CHK-1").id();
            backend.stock().receive(TestBackends.change(id, "MAIN", 9));
            backend.stock().issue(TestBackends.change(id, "MAIN", 4));
        }
        return data;
    }

    @Test
    void consistentFolderPassesWithExitZero() {
        Path data = dataWithStock();

        int status = run("verify", "--data-dir", data.toString());

        assertThat(status).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).startsWith("OK: 1 stock levels and 2 movements");
    }

    @Test
    void aBalanceThatDisagreesWithItsMovementsIsReportedWithExitOne() {
        Path data = dataWithStock();
        try (Backend backend = Backend.open(data)) {
            backend.database()
                    .transactions()
                    .inTransaction(s -> s.createNativeMutationQuery("UPDATE stock_level SET on_hand = on_hand + 3")
                            .executeUpdate());
        }

        int status = run("verify", "--data-dir", data.toString());

        assertThat(status).isEqualTo(ExitCodes.LEDGER_MISMATCH);
        assertThat(out.toString()).contains("MISMATCH CHK-1 at MAIN: on hand 8, movements sum to 5");
    }

    @Test
    void anAuditedRowChangedBehindTheAuditTrailsBackIsReportedWithExitOne() {
        Path data = folder.resolve("data");
        try (Backend backend = Backend.open(data)) {
            TestBackends.product(backend, "AUD-1");
            backend.locations().create(org.stockroom.service.Actor.named("Ada"), "BACK", "Back room");
        }
        assertThat(run("verify", "--data-dir", data.toString())).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("OK: audit trail: 2 audited rows match");

        try (Backend backend = Backend.open(data)) {
            backend.database()
                    .transactions()
                    .inTransaction(s -> s.createNativeMutationQuery(
                                    "UPDATE product SET name = 'Changed by hand' WHERE sku = 'AUD-1'")
                            .executeUpdate());
        }
        out.getBuffer().setLength(0);

        int status = run("verify", "--data-dir", data.toString());

        assertThat(status).isEqualTo(ExitCodes.LEDGER_MISMATCH);
        assertThat(out.toString())
                .contains("AUDIT MISMATCH Product AUD-1: the stored row differs from its last audited state")
                .contains("FAILED: audit trail: 1 row(s) differ");
    }

    @Test
    void aFolderWithoutADatabaseIsRefusedInOneLineWithExitFive() {
        int status = run("verify", "--data-dir", folder.resolve("empty").toString());

        assertThat(status).isEqualTo(ExitCodes.DATABASE_UNAVAILABLE);
        assertThat(err.toString().strip())
                .startsWith("stockroom: No Stockroom database in")
                .doesNotContain("\n");
        assertThat(folder.resolve("empty")).doesNotExist();
    }

    @Test
    void versionPrintsTheBuildVersion() {
        int status = run("--version");

        assertThat(status).isZero();
        assertThat(out.toString()).matches("Stockroom \\d+\\.\\d+\\.\\d+.*\\s*");
    }

    @Test
    void noSubcommandAsksForTheWindowWithTheGivenDataFolder() {
        StockroomCommand command = new StockroomCommand();
        StockroomCommand.commandLine(command, Backend::open).execute("--data-dir", "some/where");

        assertThat(command.windowRequested()).isTrue();
        WindowOptions options = WindowCommand.windowOptions(
                new ConnectionSettings(folder.resolve("none")), "--data-dir", "some/where", "--user", " anna ");
        assertThat(((DatabaseTarget.Local) options.database()).directory())
                .isAbsolute()
                .endsWithRaw(Path.of("some", "where"));
        assertThat(options.userName()).isEqualTo("anna");
    }
}
