package org.stockroom.cli.count;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.stockroom.cli.OutputFile;
import org.stockroom.cli.SignedInCommand;
import org.stockroom.cli.StockOptions;
import org.stockroom.domain.location.Location;
import org.stockroom.domain.location.LocationRules;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;
import org.stockroom.service.BackendOpener;
import org.stockroom.service.count.CountEntry;
import org.stockroom.service.count.CountLineView;
import org.stockroom.service.count.CountPosting;
import org.stockroom.service.count.CountReasons;
import org.stockroom.service.count.CountScope;
import org.stockroom.service.count.CountSessionCsv;
import org.stockroom.service.count.CountSessionListing;
import org.stockroom.service.count.CountSessionView;
import org.stockroom.service.count.CountSheet;
import org.stockroom.service.count.NewCountSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code stockroom count-session create|count|show|sheet|export|review|post|cancel|list}. What a blind session hides, the
 * service leaves out, so {@code show} cannot print it.
 */
public final class CountSessionCommands {

    private CountSessionCommands() {}

    @Command(
            name = "count-session",
            mixinStandardHelpOptions = true,
            description = "Stocktakes and cycle counts: plan a session, enter counts while stock keeps moving,"
                    + " review, post.",
            subcommands = {
                Create.class,
                CountLine.class,
                Show.class,
                Sheet.class,
                Export.class,
                Review.class,
                Post.class,
                Cancel.class,
                ListSessions.class
            })
    public static final class Group {}

    @Command(
            name = "create",
            mixinStandardHelpOptions = true,
            description = "Plan a count session and print its id. Each --location adds the whole location (every"
                    + " product stocked there); --category and --sku narrow it or choose products.")
    static final class Create extends SignedInCommand {

        @Option(names = "--location", paramLabel = "CODE", description = "A location to count (repeat for more).")
        List<String> locations = new ArrayList<>();

        @Option(names = "--category", paramLabel = "NAME", description = "Only products of this category.")
        String category;

        @Option(names = "--sku", paramLabel = "SKU", description = "Only these products (repeat for more).")
        List<String> skus = new ArrayList<>();

        @Option(names = "--blind", description = "Counters do not see expected quantities until review.")
        boolean blind;

        @Option(names = "--name", paramLabel = "N", description = "Name (default: 'Count' and today's date).")
        String name;

        @Option(names = "--counter", paramLabel = "USER", description = "Who may count (repeat; default: anyone).")
        List<String> counters = new ArrayList<>();

        Create(BackendOpener opener) {
            super(opener);
        }

        @Override
        protected void run(Backend backend, Actor by, PrintWriter out) {
            CountScope scope = new CountScope(
                    locations.stream().map(LocationRules::normalizeCode).toList(), category, skus);
            CountSessionView created = backend.countSessions()
                    .create(
                            by,
                            new NewCountSession(
                                    name != null ? name : "Count " + LocalDate.now(), scope, blind, counters));
            out.println(created.id());
            err().printf(
                            "Count session %d '%s': %s, %d lines%s%n",
                            created.id(),
                            created.name(),
                            created.scope(),
                            created.lines().size(),
                            created.blind() ? ", blind" : "");
        }
    }

    @Command(
            name = "count",
            mixinStandardHelpOptions = true,
            description = "Record a counted quantity; counting the same line again replaces it.")
    static final class CountLine extends SignedInCommand {

        @Parameters(index = "0", paramLabel = "ID")
        long id;

        @Parameters(index = "1", paramLabel = "SKU")
        String sku;

        @Parameters(index = "2", paramLabel = "QTY")
        long quantity;

        @Option(
                names = "--location",
                paramLabel = "CODE",
                defaultValue = Location.DEFAULT_CODE,
                description = "Where it was counted (default: ${DEFAULT-VALUE}).")
        String location;

        CountLine(BackendOpener opener) {
            super(opener);
        }

        @Override
        protected void run(Backend backend, Actor by, PrintWriter out) {
            long productId = StockOptions.productId(backend, sku);
            CountLineView line = backend.countSessions()
                    .count(new CountEntry(by, id, productId, LocationRules.normalizeCode(location), quantity));
            out.printf(
                    "Counted %s at %s: %d%s%s%s%n",
                    line.sku(),
                    line.locationCode(),
                    line.counted(),
                    line.expected() == null
                            ? ""
                            : " (expected " + line.expected() + ", variance " + signed(line.variance()) + ")",
                    line.foundInCount() ? "; not listed in the session: added as found" : "",
                    line.recountNeeded() ? "; over the variance threshold: count it again" : "");
        }
    }

    @Command(
            name = "show",
            mixinStandardHelpOptions = true,
            description = "Print the session's lines: counted, expected (not for a blind count before review),"
                    + " moved since counted, variance.")
    static final class Show extends SignedInCommand {

        @Parameters(index = "0", paramLabel = "ID")
        long id;

        Show(BackendOpener opener) {
            super(opener);
        }

        @Override
        protected void run(Backend backend, Actor by, PrintWriter out) {
            print(backend.countSessions().session(id), out);
        }
    }

    /** Writes one session to a file the user names: whole or not at all, a missing folder named. */
    abstract static class SessionFile extends SignedInCommand {

        @Parameters(index = "0", paramLabel = "ID")
        long id;

        @Option(names = "--to", required = true, paramLabel = "FILE", description = "The file to write.")
        java.nio.file.Path file;

        SessionFile(BackendOpener opener) {
            super(opener);
        }

        /** "Count sheet", "Lines". */
        abstract String what();

        abstract void write(CountSessionView session, java.nio.file.Path target) throws java.io.IOException;

        @Override
        protected void run(Backend backend, Actor by, PrintWriter out) {
            java.nio.file.Path target = OutputFile.checked(file);
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
        void write(CountSessionView session, java.nio.file.Path target) throws java.io.IOException {
            CountSheet.write(session, java.time.ZoneId.systemDefault(), target);
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
        void write(CountSessionView session, java.nio.file.Path target) throws java.io.IOException {
            CountSessionCsv.write(session, target);
        }
    }

    @Command(
            name = "review",
            mixinStandardHelpOptions = true,
            description = "Counting is done: show expected quantities and variances (also of a blind count).")
    static final class Review extends SignedInCommand {

        @Parameters(index = "0", paramLabel = "ID")
        long id;

        Review(BackendOpener opener) {
            super(opener);
        }

        @Override
        protected void run(Backend backend, Actor by, PrintWriter out) {
            print(backend.countSessions().finishCounting(by, id), out);
        }
    }

    @Command(
            name = "post",
            mixinStandardHelpOptions = true,
            description = "Post the counted lines as COUNT movements (counted against the ledger at each count;"
                    + " later movements stay) and print one line per adjustment.")
    static final class Post extends SignedInCommand {

        @Parameters(index = "0", paramLabel = "ID")
        long id;

        @Option(
                names = "--reason",
                paramLabel = "CODE",
                description = "Reason code for every variance; it must fit gains and losses alike, e.g. DATA_ENTRY,"
                        + " RECOUNT.")
        String reason;

        @Option(
                names = "--gains",
                paramLabel = "CODE",
                description = "Reason code for the lines counted over what was expected, e.g. FOUND.")
        String gains;

        @Option(
                names = "--losses",
                paramLabel = "CODE",
                description = "Reason code for the lines counted under what was expected, e.g. MISSING, DAMAGED.")
        String losses;

        Post(BackendOpener opener) {
            super(opener);
        }

        @Override
        protected void run(Backend backend, Actor by, PrintWriter out) {
            CountReasons reasons = new CountReasons(gains == null ? reason : gains, losses == null ? reason : losses);
            CountPosting posting = backend.countSessions().post(by, id, reasons);
            String again = posting.postedBefore() ? " (already posted; nothing changed)" : "";
            for (CountLineView line : posting.adjustments()) {
                out.printf(
                        "COUNT %s %s at %s%s%n",
                        line.sku(), signed(line.postedAdjustment()), line.locationCode(), again);
            }
            var summary = posting.session().summary();
            out.printf(
                    "Posted session %d: %d adjustment(s); %d of %d lines counted, %d exact%s%n",
                    id, posting.adjustments().size(), summary.counted(), summary.lines(), summary.exact(), again);
        }
    }

    @Command(name = "cancel", mixinStandardHelpOptions = true, description = "Cancel a session that was not posted.")
    static final class Cancel extends SignedInCommand {

        @Parameters(index = "0", paramLabel = "ID")
        long id;

        Cancel(BackendOpener opener) {
            super(opener);
        }

        @Override
        protected void run(Backend backend, Actor by, PrintWriter out) {
            CountSessionView cancelled = backend.countSessions().cancel(by, id);
            out.printf("Cancelled session %d '%s'%n", cancelled.id(), cancelled.name());
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the count sessions, newest first.")
    static final class ListSessions extends SignedInCommand {

        ListSessions(BackendOpener opener) {
            super(opener);
        }

        @Override
        protected void run(Backend backend, Actor by, PrintWriter out) {
            for (CountSessionListing s : backend.countSessions().sessions()) {
                out.printf(
                        "%-5d %-10s %-30s %d/%d counted%s  %s%n",
                        s.id(),
                        s.status().title(),
                        s.name(),
                        s.counted(),
                        s.lines(),
                        s.blind() ? ", blind" : "",
                        s.scope());
            }
        }
    }

    static void print(CountSessionView session, PrintWriter out) {
        out.printf(
                "Session %d '%s': %s; %s%s; by %s%n",
                session.id(),
                session.name(),
                session.status().title(),
                session.scope(),
                session.blind() ? "; blind" : "",
                session.createdBy());
        if (!session.showsExpected()) {
            out.println("Blind count: expected quantities and variances are shown from review on.");
        }
        out.printf(
                "%-20s %-10s %-12s %8s %8s %8s %8s%n",
                "SKU", "LOCATION", "STATE", "COUNTED", "EXPECTED", "MOVED", "VARIANCE");
        for (CountLineView line : session.lines()) {
            out.printf(
                    "%-20s %-10s %-12s %8s %8s %8s %8s%n",
                    line.sku(),
                    line.locationCode(),
                    line.state(),
                    line.counted() == null ? "-" : line.counted().toString(),
                    line.expected() == null ? "-" : line.expected().toString(),
                    line.movedSinceCount() == null ? "-" : signed(line.movedSinceCount()),
                    line.variance() == null ? "-" : signed(line.variance()));
        }
        if (session.summary() != null) {
            var s = session.summary();
            out.printf(
                    "%d lines, %d counted, %d exact; variance %s units (%s absolute), value %s; accuracy %s%n",
                    s.lines(),
                    s.counted(),
                    s.exact(),
                    signed(s.netVarianceUnits()),
                    s.absoluteVarianceUnits(),
                    s.netVarianceValue().toPlainString(),
                    s.accuracyPercent() == null ? "-" : s.accuracyPercent().toPlainString() + "%");
        }
    }

    private static String signed(long value) {
        return value > 0 ? "+" + value : Long.toString(value);
    }
}
