package org.stockroom.cli.bench;

import java.util.List;
import java.util.concurrent.Callable;
import org.stockroom.bench.CatalogueBench;
import org.stockroom.cli.DatabaseOptions;
import org.stockroom.cli.ExitCodes;
import org.stockroom.service.Backend;
import org.stockroom.service.BackendOpener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stockroom bench catalogue}: how the product list performs on a (generated) catalogue. */
@Command(
        name = "catalogue",
        mixinStandardHelpOptions = true,
        description = "Time the product list's queries on an existing catalogue (see `stockroom generate`): first "
                + "page, searches, sort and filter changes, heap; and the same done the naive way (everything "
                + "loaded into a FilteredList/SortedList).")
final class CatalogueBenchCommand implements Callable<Integer> {

    private final BackendOpener opener;

    CatalogueBenchCommand(BackendOpener opener) {
        this.opener = opener;
    }

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Option(names = "--skip-naive", description = "Leave out the naive comparison (it needs a large heap).")
    boolean skipNaive;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Backend backend = opener.open(database.target())) {
            List<String> report = new CatalogueBench(
                            backend,
                            !skipNaive,
                            line -> spec.commandLine().getErr().println(line))
                    .run(json);
            report.forEach(spec.commandLine().getOut()::println);
        }
        return ExitCodes.OK;
    }
}
