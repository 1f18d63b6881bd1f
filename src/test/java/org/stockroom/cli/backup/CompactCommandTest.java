package org.stockroom.cli.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockroom.JavaProcesses;
import org.stockroom.TestBackends;
import org.stockroom.app.Launcher;
import org.stockroom.cli.CommandLineRun;
import org.stockroom.cli.ExitCodes;
import org.stockroom.persistence.H2Dialect;
import org.stockroom.service.Backend;

/**
 * {@code stockroom compact} gives a grown file's space back (issue 27, "H2 stays lean"): every synced command leaves
 * old chunks behind, and the open database compacts only in small steps. The data is the same afterwards, a verified
 * backup was made first, and a folder in use by another process is refused with nothing changed.
 */
class CompactCommandTest {

    @TempDir
    Path folder;

    final CommandLineRun cli = new CommandLineRun();

    @Test
    void aFileGrownBySyncedCommandsShrinksAndHoldsTheSameLedger() throws Exception {
        Path data = folder.resolve("data");
        long movements = grownFolder(data);
        long before = Files.size(file(data));

        assertThat(cli.run("compact", "--data-dir", data.toString()))
                .as(cli.err())
                .isEqualTo(ExitCodes.OK);

        long after = Files.size(file(data));
        System.out.printf("compact: %,d -> %,d bytes%n", before, after);
        assertThat(after).as("the unused chunks given back").isLessThan(before / 2);
        assertThat(cli.out()).contains("the ledger verifies (" + String.format("%,d", movements) + " movements)");
        try (Backend backend = Backend.open(data)) {
            assertThat(backend.verifier().verify().consistent()).isTrue();
            assertThat(backend.verifier().verify().movements()).isEqualTo(movements);
            assertThat(backend.catalogue().productCount()).isEqualTo(20);
        }
        try (var backups = Files.list(data.resolve("backups"))) {
            assertThat(backups.map(p -> p.getFileName().toString()))
                    .as("a verified backup made first")
                    .anyMatch(name -> name.contains("before-compact"));
        }
    }

    @Test
    void aFolderAnotherProcessHasOpenIsRefusedAndLeftAsItWas() throws Exception {
        Path data = folder.resolve("data");
        grownFolder(data);
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Process server = JavaProcesses.java(
                        "test-password",
                        Launcher.class.getName(),
                        "serve",
                        "--data-dir",
                        data.toString(),
                        "--port",
                        String.valueOf(port))
                .start();
        try {
            String line = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            assertThat(line).as("the server announces itself").startsWith("Serving ");

            assertThat(cli.run("compact", "--data-dir", data.toString()))
                    .as(cli.err())
                    .isEqualTo(ExitCodes.DATABASE_UNAVAILABLE);
            System.out.println("compact refused: " + cli.err());
            assertThat(cli.out()).isEmpty();
            // (The file's size is the server's to change meanwhile: it compacts in steps while it has it open.)
            assertThat(data.resolve("backups"))
                    .as("nothing done: not even the backup that comes first")
                    .satisfiesAnyOf(
                            backups -> assertThat(backups).doesNotExist(),
                            backups -> assertThat(Files.list(backups).map(Path::toString))
                                    .noneMatch(name -> name.contains("before-compact")));
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** 20 products and 1,000 synced receipts: the file keeps the chunks each sync left behind. */
    private static long grownFolder(Path data) {
        try (Backend backend = Backend.open(data)) {
            long[] ids = new long[20];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = TestBackends.product(backend, "C-" + i).id();
            }
            for (int i = 0; i < 1_000; i++) {
                backend.stock().receive(TestBackends.change(ids[i % ids.length], "MAIN", 1));
            }
            return backend.verifier().verify().movements();
        }
    }

    private static Path file(Path data) {
        return data.resolve(H2Dialect.FILE_NAME + ".mv.db");
    }
}
