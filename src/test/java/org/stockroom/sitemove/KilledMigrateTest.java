package org.stockroom.sitemove;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockroom.JavaProcesses;
import org.stockroom.app.Launcher;
import org.stockroom.cli.CommandLineRun;
import org.stockroom.cli.ExitCodes;
import org.stockroom.persistence.Database;
import org.stockroom.persistence.DatabaseTarget;
import org.stockroom.persistence.sitemove.SiteCopy;
import org.stockroom.persistence.sitemove.TableFingerprint;
import org.stockroom.postgres.TestPostgres;
import org.stockroom.service.Backend;

/**
 * {@code stockroom migrate} killed with SIGKILL half-way through its copy (products and commands sent, the ledger
 * not yet) leaves the PostgreSQL database without a row of the site's, and the next run copies everything from
 * scratch. The emptiness check is shown to see rows where a copy did commit.
 */
class KilledMigrateTest {

    @TempDir
    Path folder;

    @Test
    void aMigrateKilledHalfWayLeavesNothingAndTheNextRunCopiesEverything() throws Exception {
        CommandLineRun cli = new CommandLineRun();
        Path site = folder.resolve("site");
        assertThat(cli.run("generate", "--products=3000", "--data-dir=" + site))
                .as(cli.err())
                .isZero();
        TestPostgres.TestDatabase db = TestPostgres.newDatabase();
        TestPostgres.Server server = db.server();
        DatabaseTarget.Postgres target = new DatabaseTarget.Postgres(db.jdbcUrl(), server.user(), server.password());
        Path password = folder.resolve("pg-password");
        Files.writeString(password, server.password());
        String[] migrate = {
            "migrate",
            "--data-dir=" + site,
            "--to=postgresql://" + server.user() + "@" + server.host() + ":" + server.port() + "/" + db.name(),
            "--to-password-file=" + password
        };

        Process child = JavaProcesses.java("unused", childArguments(migrate))
                .redirectError(ProcessBuilder.Redirect.PIPE)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        String seen = killOnceTheLedgerIsNext(child);
        assertThat(seen).as("killed in the middle of the copy").contains("stock_level: 0 of");
        assertThat(ownRows(target))
                .as("nothing of the killed copy is in the target")
                .isEmpty();

        List<TableFingerprint> source =
                SiteCopy.fingerprints(Database.existingDataSource(new DatabaseTarget.Local(site)));
        assertThat(cli.run(migrate)).as(cli.out() + cli.err()).isEqualTo(ExitCodes.OK);
        assertThat(SiteCopy.fingerprints(Database.existingDataSource(target))).isEqualTo(source);
        assertThat(ownRows(target))
                .as("negative control: the same check sees a committed copy")
                .isNotEmpty();
    }

    private static String[] childArguments(String[] migrate) {
        String[] all = new String[migrate.length + 1];
        all[0] = Launcher.class.getName();
        System.arraycopy(migrate, 0, all, 1, migrate.length);
        return all;
    }

    /** Reads the child's progress until it starts on the stock levels (products and commands sent), then kills it. */
    private static String killOnceTheLedgerIsNext(Process child) throws Exception {
        StringBuilder seen = new StringBuilder();
        try (BufferedReader progress =
                new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = progress.readLine(); line != null; line = progress.readLine()) {
                seen.append(line).append('\n');
                if (line.contains("stock_level: 0 of")) {
                    child.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback sent
                    break;
                }
            }
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return seen.toString();
    }

    private static java.util.Map<String, Long> ownRows(DatabaseTarget.Postgres target) {
        try (Backend opened = Backend.open(target)) {
            return new SiteCopy(
                            opened.database().dataSource(),
                            opened.database().target().dialect(),
                            opened.database().dataSource())
                    .targetsOwnRows();
        }
    }
}
