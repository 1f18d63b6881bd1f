package org.stockroom.cli.count;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import org.stockroom.cli.OutputFile;
import org.stockroom.cli.SignedInCommand;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;
import org.stockroom.service.BackendOpener;
import org.stockroom.service.count.CountSessionCsv;
import org.stockroom.service.count.CountSessionView;
import org.stockroom.service.count.CountSheet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stockroom count-session sheet|export}: one session written to a file, the PDF to count from or its CSV. */
final class CountSessionFiles {

    private CountSessionFiles() {}

    /** Writes one session to a file the user names: whole or not at all, a missing folder named. */
    abstract static class SessionFile extends SignedInCommand {

        @Parameters(index = "0", paramLabel = "ID")
        long id;

        @Option(names = "--to", required = true, paramLabel = "FILE", description = "The file to write.")
        Path file;

        SessionFile(BackendOpener opener) {
            super(opener);
        }

        /** "Count sheet", "Lines". */
        abstract String what();

        abstract void write(CountSessionView session, Path target) throws IOException;

        @Override
        protected void run(Backend backend, Actor by, PrintWriter out) {
            Path target = OutputFile.checked(file);
            CountSessionView session = backend.countSessions().session(id);
            OutputFile.write(target, () -> write(session, target));
            out.printf("%s of session %d written to %s%n", what(), id, target);
        }
    }

    @Command(
            name = "sheet",
            mixinStandardHelpOptions = true,
            description = "Write the count sheet to print (PDF); a blind count's sheet has no expected quantities.")
    static final class Sheet extends SessionFile {

        Sheet(BackendOpener opener) {
            super(opener);
        }

        @Override
        String what() {
            return "Count sheet";
        }

        @Override
        void write(CountSessionView session, Path target) throws IOException {
            CountSheet.write(session, ZoneId.systemDefault(), target);
        }
    }

    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description = "Write the session's lines as CSV; a blind count before review has no expected,"
                    + " moved-since or variance columns.")
    static final class Export extends SessionFile {

        Export(BackendOpener opener) {
            super(opener);
        }

        @Override
        String what() {
            return "Lines";
        }

        @Override
        void write(CountSessionView session, Path target) throws IOException {
            CountSessionCsv.write(session, target);
        }
    }
}
