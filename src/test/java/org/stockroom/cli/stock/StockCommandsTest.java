package org.stockroom.cli.stock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockroom.TestBackends;
import org.stockroom.app.StockroomCommand;
import org.stockroom.cli.CommandLineRun;
import org.stockroom.cli.ExitCodes;
import org.stockroom.service.Backend;
import picocli.CommandLine;

/** The scripted stock commands: output, and an exit status per kind of failure. */
class StockCommandsTest {

    @TempDir
    Path folder;

    String dir;
    final CommandLineRun cli = new CommandLineRun();

    @BeforeEach
    void addProduct() {
        dir = folder.resolve("data").toString();
        assertThat(run("product", "add", "CLI-1", "--name", "Bolt", "--data-dir", dir))
                .isZero();
    }

    /**
     * What the command wrote to stderr besides the note that this database has no users yet (which every command
     * that acts on one prints once, checked in {@link #aDatabaseWithoutUsersSaysSoOncePerCommand}).
     */
    private String failure() {
        return cli.err()
                .lines()
                .filter(line -> !line.equals(org.stockroom.cli.ActingUser.NO_USERS_NOTICE))
                .map(line -> line + System.lineSeparator())
                .collect(java.util.stream.Collectors.joining());
    }

    @Test
    void aDatabaseWithoutUsersSaysSoOncePerCommand() {
        assertThat(run("receive", "CLI-1", "2", "--data-dir", dir, "--user", "anna"))
                .isZero();
        assertThat(cli.err().lines()).containsExactly(org.stockroom.cli.ActingUser.NO_USERS_NOTICE);
    }

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void aKeyUsedForAReceiptIsRefusedForAnIssueWithExitTwo() {
        assertThat(run("receive", "CLI-1", "100", "--key", "seed-1", "--data-dir", dir))
                .isZero();
        assertThat(run("receive", "CLI-1", "100", "--key", "seed-1", "--data-dir", dir))
                .isZero();
        assertThat(cli.out()).contains("already recorded");

        assertThat(run("issue", "CLI-1", "1", "--key", "seed-1", "--data-dir", dir))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(failure()).contains("Key seed-1 was used for RECEIVE CLI-1 +100 at MAIN at ");
        assertThat(failure()).contains("; nothing was done");
        assertThat(run("stock", "CLI-1", "--data-dir", dir)).isZero();
        assertThat(cli.out()).contains("100");
    }

    @Test
    void receiveIssueAndStockReportWhatTheyDid() {
        assertThat(run("receive", "CLI-1", "10", "--data-dir", dir, "--user", "anna"))
                .isZero();
        assertThat(cli.out().lines()).first().isEqualTo("RECEIVE CLI-1 +10 at MAIN: on hand 10");
        assertThat(cli.out().lines()).last().asString().matches("key [0-9a-f-]{36}");
        assertThat(run("issue", "CLI-1", "4", "--data-dir", dir)).isZero();

        assertThat(run("stock", "CLI-1", "--data-dir", dir)).isZero();
        assertThat(cli.out()).containsPattern("MAIN\\s+6\\s+0\\s+6");
    }

    @Test
    void aBadArgumentPointsToTheHelpOfTheCommandItWasGivenTo() {
        assertThat(run("bogus")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err()).endsWith("(see 'stockroom --help')" + System.lineSeparator());
        assertThat(run("receive", "--bogus")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err()).endsWith("(see 'stockroom receive --help')" + System.lineSeparator());
        assertThat(run("bench", "rollback", "--bogus")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err()).endsWith("(see 'stockroom bench rollback --help')" + System.lineSeparator());
    }

    @Test
    void commandsOpenTheirDatabaseThroughTheOpenerTheyAreGiven() {
        java.util.List<org.stockroom.persistence.DatabaseTarget> opened = new java.util.ArrayList<>();
        CommandLine commandLine = StockroomCommand.commandLine(new StockroomCommand(), (target, options) -> {
            opened.add(target);
            return Backend.open(target, options);
        });
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        assertThat(commandLine.execute("receive", "CLI-1", "1", "--data-dir", dir))
                .isZero();
        assertThat(commandLine.execute("stock", "CLI-1", "--data-dir", dir)).isZero();
        assertThat(opened)
                .hasSize(2)
                .allMatch(t -> t.describe().equals(Path.of(dir).toAbsolutePath().toString()));
    }

    @Test
    void eachKindOfFailureHasItsExitStatusAndOneLine() {
        run("receive", "CLI-1", "5", "--data-dir", dir);

        assertThat(run("issue", "CLI-1", "9", "--data-dir", dir)).isEqualTo(ExitCodes.INSUFFICIENT_STOCK);
        assertThat(failure())
                .isEqualTo("stockroom: Not enough CLI-1 at MAIN: 5 available, 9 asked for." + System.lineSeparator());
        assertThat(run("issue", "CLI-1", "many", "--data-dir", dir)).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(failure().lines()).hasSize(1);
        assertThat(run("issue", "NOPE-9", "1", "--data-dir", dir)).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(failure()).contains("No product with SKU 'NOPE-9'");
        assertThat(run("adjust", "CLI-1", "-1", "--data-dir", dir))
                .as("adjust without reason")
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run("stock", "CLI-1", "--server", "localhost:1", "--password-file", "/nonexistent"))
                .isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void reserveReleaseAndFulfilByIdWithAConflictWhenClosedTwice() {
        run("receive", "CLI-1", "5", "--data-dir", dir);

        assertThat(run("reserve", "CLI-1", "2", "--ref", "SO-9", "--expires", "2h", "--data-dir", dir))
                .isZero();
        String id = cli.out().strip();
        assertThat(id).matches("\\d+");
        assertThat(run("fulfil", id, "--data-dir", dir)).isZero();
        assertThat(cli.out()).contains("is fulfilled");
        assertThat(run("release", id, "--data-dir", dir)).isEqualTo(ExitCodes.CONFLICT);

        run("stock", "CLI-1", "--data-dir", dir);
        assertThat(cli.out()).containsPattern("MAIN\\s+3\\s+0\\s+3");
    }

    @Test
    void aCountBasedOnAnOldVersionIsAConflict() {
        run("receive", "CLI-1", "5", "--data-dir", dir);

        assertThat(run("count", "CLI-1", "7", "--seen-version", "0", "--data-dir", dir))
                .isEqualTo(ExitCodes.CONFLICT);
        assertThat(run("count", "CLI-1", "7", "--data-dir", dir)).isZero();
        assertThat(cli.out()).contains("COUNT CLI-1 +2 at MAIN: on hand 7");
    }

    @Test
    void theSameKeyTwiceRecordsOnce() {
        run("receive", "CLI-1", "5", "--data-dir", dir, "--key", "delivery-4711");
        run("receive", "CLI-1", "5", "--data-dir", dir, "--key", "delivery-4711");

        assertThat(cli.out()).contains("already recorded");
        run("stock", "CLI-1", "--data-dir", dir);
        assertThat(cli.out()).containsPattern("MAIN\\s+5\\s");
    }

    @Test
    void transferMovesBetweenLocations() {
        Path data = Path.of(dir);
        try (Backend backend = Backend.open(data)) {
            backend.locations().create(TestBackends.ACTOR, "SHOP", "Shop");
        }
        run("receive", "CLI-1", "5", "--data-dir", dir);

        assertThat(run("transfer", "CLI-1", "2", "--from", "main", "--to", "shop", "--data-dir", dir))
                .isZero();
        assertThat(cli.out())
                .contains("TRANSFER_OUT CLI-1 -2 at MAIN: on hand 3")
                .contains("TRANSFER_IN CLI-1 +2 at SHOP: on hand 2");
    }

    @Test
    void everyStockCommandPrintsItsKeyAndReverseTakesItBackOnce() {
        run("receive", "CLI-1", "10", "--data-dir", dir);
        run("issue", "CLI-1", "3", "--data-dir", dir);
        String key = cli.out()
                .lines()
                .filter(l -> l.startsWith("key "))
                .findFirst()
                .orElseThrow()
                .substring(4);

        assertThat(run("reverse", key, "--reason", "data_entry", "--note", "wrong bin", "--data-dir", dir))
                .isZero();
        assertThat(cli.out()).startsWith("REVERSE CLI-1 +3 at MAIN: on hand 10");
        assertThat(run("reverse", key, "--reason", "data_entry", "--data-dir", dir))
                .isEqualTo(ExitCodes.CONFLICT);
        assertThat(failure()).contains("already reversed");
        assertThat(run("reverse", key, "--data-dir", dir)).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run("verify", "--data-dir", dir)).isZero();
    }
}
