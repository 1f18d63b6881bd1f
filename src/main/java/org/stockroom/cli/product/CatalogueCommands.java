package org.stockroom.cli.product;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.concurrent.Callable;
import org.stockroom.cli.ActingUser;
import org.stockroom.cli.DatabaseOptions;
import org.stockroom.cli.ExitCodes;
import org.stockroom.cli.StockOptions;
import org.stockroom.domain.product.ProductDetails;
import org.stockroom.service.Backend;
import org.stockroom.service.BackendOpener;
import org.stockroom.service.catalogue.StockLevelView;
import org.stockroom.service.product.ProductView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** product add and stock lookups from the command line. */
public final class CatalogueCommands {

    private CatalogueCommands() {}

    @Command(
            name = "product",
            mixinStandardHelpOptions = true,
            description = "Manage products.",
            subcommands = {Add.class})
    public static final class ProductGroup {}

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a product.")
    static final class Add implements Callable<Integer> {

        private final BackendOpener opener;

        Add(BackendOpener opener) {
            this.opener = opener;
        }

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "SKU")
        String sku;

        @Option(names = "--name", required = true)
        String name;

        @Option(names = "--category", defaultValue = "General")
        String category;

        @Option(names = "--unit", defaultValue = "each")
        String unit;

        @Option(names = "--barcode")
        String barcode;

        @Option(names = "--reorder-point", defaultValue = "0")
        long reorderPoint;

        @Option(names = "--unit-cost", defaultValue = "0")
        BigDecimal unitCost;

        @Mixin
        ActingUser acting = new ActingUser();

        @Override
        public Integer call() {
            try (Backend backend = opener.open(database.target())) {
                ProductView created = backend.products()
                        .create(
                                acting.signIn(backend, spec.commandLine().getErr()),
                                new ProductDetails(sku, name, category, unit, barcode, reorderPoint, unitCost, false));
                spec.commandLine()
                        .getOut()
                        .printf("Added %s (id %d)%n", created.details().sku(), created.id());
                return ExitCodes.OK;
            }
        }
    }

    @Command(
            name = "stock",
            mixinStandardHelpOptions = true,
            description = "Print on hand, reserved and available per location.")
    public static final class Stock implements Callable<Integer> {

        private final BackendOpener opener;

        Stock(BackendOpener opener) {
            this.opener = opener;
        }

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Mixin
        ActingUser acting = new ActingUser();

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "SKU")
        String sku;

        @Override
        public Integer call() {
            try (Backend backend = opener.open(database.target())) {
                acting.signIn(backend, null); // any user (a Viewer) may look, as in the window; a stranger may not
                long productId = StockOptions.productId(backend, sku);
                PrintWriter out = spec.commandLine().getOut();
                out.printf("%-12s %12s %12s %12s %8s%n", "LOCATION", "ON_HAND", "RESERVED", "AVAILABLE", "VERSION");
                long onHand = 0;
                long reserved = 0;
                for (StockLevelView l : backend.catalogue().stockLevels(productId)) {
                    out.printf(
                            "%-12s %12d %12d %12d %8d%n",
                            l.locationCode(), l.onHand(), l.reserved(), l.available(), l.version());
                    onHand += l.onHand();
                    reserved += l.reserved();
                }
                out.printf("%-12s %12d %12d %12d%n", "TOTAL", onHand, reserved, onHand - reserved);
                return ExitCodes.OK;
            }
        }
    }
}
