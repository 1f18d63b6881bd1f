package org.stockroom.cli.count;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.stockroom.service.count.CountSessionListing;
import org.stockroom.service.count.CountSessionView;
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
                CountSessionFiles.Sheet.class,
                CountSessionFiles.Export.class,
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
                            : " (expected " + line.expected() + ", variance "
                                    + CountSessionPrint.signed(line.variance()) + ")",
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
            CountSessionPrint.print(backend.countSessions().session(id), out);
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
            CountSessionPrint.print(backend.countSessions().finishCounting(by, id), out);
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
                        line.sku(), CountSessionPrint.signed(line.postedAdjustment()), line.locationCode(), again);
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
}
