package org.stockroom.cli.stock;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.stockroom.cli.ExitCodes;
import org.stockroom.cli.StockOptions;
import org.stockroom.service.Backend;
import org.stockroom.service.ledger.MovementView;
import org.stockroom.service.stock.ReverseCommand;
import org.stockroom.service.stock.StockResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stockroom reverse KEY --reason R}: takes back the stock command recorded under KEY. */
@Command(
        name = "reverse",
        mixinStandardHelpOptions = true,
        description = "Take back a stock command (receive, issue, adjust, count, transfer, fulfil, a count session's"
                + " posting) by its key, which every stock command prints. Later movements stay.")
public final class ReverseCommandLine implements Callable<Integer> {

    @Mixin
    StockOptions options;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KEY", description = "The key the command printed ('key ...').")
    String originalKey;

    @Option(
            names = "--reason",
            required = true,
            paramLabel = "CODE",
            description = "Reason code, e.g. DATA_ENTRY, DUPLICATE, RETURNED, WRONG_PRODUCT, WRONG_LOCATION.")
    String reason;

    @Option(names = "--note", paramLabel = "N")
    String note;

    @Override
    public Integer call() {
        try (Backend backend = options.open(spec.commandLine().getErr())) {
            StockResult result = backend.reversals()
                    .reverse(new ReverseCommand(options.key(), options.actor(), originalKey.strip(), reason, note));
            PrintWriter out = spec.commandLine().getOut();
            for (MovementView m : result.movements()) {
                out.printf(
                        "REVERSE %s %+d at %s: on hand %d%s%n",
                        backend.products()
                                .find(m.productId())
                                .map(p -> p.details().sku())
                                .orElse("?"),
                        m.quantity(),
                        m.locationCode(),
                        m.onHandAfter(),
                        result.replayed() ? " (already recorded; nothing changed)" : "");
            }
            out.printf("key %s%n", options.key());
            return ExitCodes.OK;
        }
    }
}
