package org.stockroom.cli.reason;

import java.io.PrintWriter;
import org.stockroom.cli.SignedInCommand;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;
import org.stockroom.service.BackendOpener;
import org.stockroom.service.reason.ReasonCode;
import org.stockroom.service.reason.ReasonCodes;
import org.stockroom.service.reason.ReasonUse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stockroom reason-code list|add|disable}: why stock was adjusted, counted off or taken back (Admin edits). */
public final class ReasonCodeCommands {

    private ReasonCodeCommands() {}

    @Command(
            name = "reason-code",
            mixinStandardHelpOptions = true,
            description = "The reason codes adjustments, count postings and reversals require.",
            subcommands = {ListCodes.class, Add.class, Disable.class})
    public static final class Group {}

    abstract static class ReasonCommand extends SignedInCommand {

        @Option(
                names = "--use",
                paramLabel = "ADJUST|COUNT|REVERSE",
                defaultValue = "ADJUST",
                description = "Which list (default: ${DEFAULT-VALUE}).")
        ReasonUse use;

        ReasonCommand(BackendOpener opener) {
            super(opener);
        }

        @Override
        protected void run(Backend backend, Actor by, PrintWriter out) {
            run(backend.reasonCodes(), by, out);
        }

        abstract void run(ReasonCodes codes, Actor by, PrintWriter out);
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Print the active codes of one list.")
    static final class ListCodes extends ReasonCommand {

        ListCodes(BackendOpener opener) {
            super(opener);
        }

        @Override
        void run(ReasonCodes codes, Actor by, PrintWriter out) {
            for (ReasonCode code : codes.active(use)) {
                out.printf("%-20s %s%n", code.code(), code.label());
            }
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a code (or offer a disabled one again).")
    static final class Add extends ReasonCommand {

        @Parameters(index = "0", paramLabel = "CODE")
        String code;

        @Option(names = "--label", required = true, paramLabel = "TEXT", description = "What people see.")
        String label;

        Add(BackendOpener opener) {
            super(opener);
        }

        @Override
        void run(ReasonCodes codes, Actor by, PrintWriter out) {
            ReasonCode added = codes.add(by, use, code, label);
            out.printf(
                    "Added %s (%s) for %s%n",
                    added.code(), added.label(), use.name().toLowerCase());
        }
    }

    @Command(
            name = "disable",
            mixinStandardHelpOptions = true,
            description = "Stop offering a code; movements that recorded it keep it.")
    static final class Disable extends ReasonCommand {

        @Parameters(index = "0", paramLabel = "CODE")
        String code;

        Disable(BackendOpener opener) {
            super(opener);
        }

        @Override
        void run(ReasonCodes codes, Actor by, PrintWriter out) {
            codes.disable(by, use, code);
            out.printf("Disabled %s for %s%n", code.toUpperCase(), use.name().toLowerCase());
        }
    }
}
