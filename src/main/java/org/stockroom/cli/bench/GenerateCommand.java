package org.stockroom.cli.bench;

import java.util.concurrent.Callable;
import org.stockroom.cli.DatabaseOptions;
import org.stockroom.cli.ExitCodes;
import org.stockroom.generate.CatalogueGenerator;
import org.stockroom.service.Backend;
import org.stockroom.service.BackendOpener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stockroom generate}: a synthetic catalogue for trying Stockroom at size. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = "Fill an empty data folder with a synthetic catalogue: products with names, categories and "
                + "valid EAN-13 barcodes, stock at MAIN, SHOP and YARD, and some movement history.")
public final class GenerateCommand implements Callable<Integer> {

    private final BackendOpener opener;

    GenerateCommand(BackendOpener opener) {
        this.opener = opener;
    }

    static final long MAX_PRODUCTS = 10_000_000;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(
            names = "--products",
            required = true,
            paramLabel = "N",
            description = "How many products (1 to " + "10,000,000).")
    long products;

    @Option(names = "--seed", defaultValue = "1", description = "Same seed, same catalogue (default: 1).")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (products < 1 || products > MAX_PRODUCTS) {
            throw new IllegalArgumentException("--products must be between 1 and 10,000,000, not " + products);
        }
        try (Backend backend = opener.open(database.target())) {
            String where = backend.database().target().describe();
            long existing = backend.catalogue().productCount();
            if (existing > 0) {
                throw new IllegalArgumentException(
                        where + " already holds " + existing + " products; generate into an empty data folder");
            }
            long started = System.nanoTime();
            new CatalogueGenerator(
                            backend.database().dataSource(),
                            backend.database().transactions(),
                            seed,
                            line -> spec.commandLine().getErr().println(line))
                    .generate(products, backend.locations());
            spec.commandLine()
                    .getOut()
                    .printf(
                            "Generated %,d products in %s in %.1f s.%n",
                            products, where, (System.nanoTime() - started) / 1e9);
        }
        if (database.target() instanceof org.stockroom.persistence.DatabaseTarget.Local folder) {
            // Every batch was synced, and each sync left old chunks that the open database compacts only in small
            // steps: 100,000 products left a 2.6 GB file for 62 MB of data. The folder was empty before, so no
            // backup is owed first.
            var sizes = org.stockroom.persistence.backup.FileCompaction.compact(folder);
            spec.commandLine()
                    .getOut()
                    .printf("Compacted the file from %,d to %,d bytes.%n", sizes.before(), sizes.after());
        }
        return ExitCodes.OK;
    }
}
