package org.stockroom.cli.stock;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.stockroom.cli.ExitCodes;
import org.stockroom.cli.StockOptions;
import org.stockroom.domain.location.LocationRules;
import org.stockroom.service.Backend;
import org.stockroom.service.catalogue.StockLevelView;
import org.stockroom.service.ledger.MovementView;
import org.stockroom.service.stock.CountCommand;
import org.stockroom.service.stock.StockChange;
import org.stockroom.service.stock.StockResult;
import org.stockroom.service.stock.TransferCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** receive, issue, adjust, count and transfer from the command line, over the same services as the window. */
public final class StockCommands {

    private StockCommands() {}

    /** Shared shape: open, run one command, print what it wrote, close. */
    abstract static class StockCommand implements Callable<Integer> {

        @Mixin
        StockOptions options;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "SKU")
        String sku;

        @Option(names = "--reason", paramLabel = "R")
        String reason;

        @Option(names = "--note", paramLabel = "N")
        String note;

        @Override
        public Integer call() {
            try (Backend backend = options.open(spec.commandLine().getErr())) {
                long productId = StockOptions.productId(backend, sku);
                StockResult result = run(backend, productId);
                print(spec.commandLine().getOut(), result);
                return ExitCodes.OK;
            }
        }

        abstract StockResult run(Backend backend, long productId);

        StockChange change(long productId, long quantity) {
            return new StockChange(
                    options.key(), options.actor(), productId, options.location(), quantity, reason, note);
        }

        private void print(PrintWriter out, StockResult result) {
            for (MovementView m : result.movements()) {
                out.printf(
                        "%s %s %+d at %s: on hand %d%s%n",
                        m.type(),
                        sku,
                        m.quantity(),
                        m.locationCode(),
                        m.onHandAfter(),
                        result.replayed() ? " (already recorded; nothing changed)" : "");
            }
            // What 'stockroom reverse KEY' takes back, and what --key repeats safely.
            out.printf("key %s%n", options.key());
        }
    }

    @Command(name = "receive", mixinStandardHelpOptions = true, description = "Receive stock into a location.")
    public static final class Receive extends StockCommand {
        @Parameters(index = "1", paramLabel = "QTY")
        long quantity;

        @Override
        StockResult run(Backend backend, long productId) {
            return backend.stock().receive(change(productId, quantity));
        }
    }

    @Command(
            name = "issue",
            mixinStandardHelpOptions = true,
            description = "Issue (pick) stock; refused with exit 3 if not enough is available.")
    public static final class Issue extends StockCommand {
        @Parameters(index = "1", paramLabel = "QTY")
        long quantity;

        @Override
        StockResult run(Backend backend, long productId) {
            return backend.stock().issue(change(productId, quantity));
        }
    }

    @Command(
            name = "adjust",
            mixinStandardHelpOptions = true,
            description = "Correct on hand by a signed DELTA (e.g. -2 for damage); needs --reason.")
    public static final class Adjust extends StockCommand {
        @Parameters(index = "1", paramLabel = "DELTA")
        long delta;

        @Override
        StockResult run(Backend backend, long productId) {
            return backend.stock().adjust(change(productId, delta));
        }
    }

    @Command(
            name = "count",
            mixinStandardHelpOptions = true,
            description = "Record a physical count: on hand becomes QTY.")
    public static final class Count extends StockCommand {
        @Parameters(index = "1", paramLabel = "QTY")
        long counted;

        @Option(
                names = "--seen-version",
                paramLabel = "V",
                description = "Stock level version the count was based on (from 'stockroom stock'); without it "
                        + "the count applies to the stock as it is now.")
        Long seenVersion;

        @Override
        StockResult run(Backend backend, long productId) {
            long version = seenVersion != null
                    ? seenVersion
                    : backend.catalogue().stockLevels(productId).stream()
                            .filter(l -> l.locationCode().equals(options.location()))
                            .mapToLong(StockLevelView::version)
                            .findFirst()
                            .orElse(0L);
            return backend.stock()
                    .count(new CountCommand(
                            options.key(), options.actor(), productId, options.location(), counted, version, note));
        }
    }

    @Command(name = "transfer", mixinStandardHelpOptions = true, description = "Move stock between locations.")
    public static final class Transfer extends StockCommand {
        @Parameters(index = "1", paramLabel = "QTY")
        long quantity;

        @Option(names = "--from", required = true, paramLabel = "CODE")
        String from;

        @Option(names = "--to", required = true, paramLabel = "CODE")
        String to;

        @Override
        StockResult run(Backend backend, long productId) {
            return backend.stock()
                    .transfer(new TransferCommand(
                            options.key(),
                            options.actor(),
                            productId,
                            LocationRules.normalizeCode(from),
                            LocationRules.normalizeCode(to),
                            quantity,
                            reason,
                            note));
        }
    }
}
