package org.stockroom.cli.location;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.stockroom.cli.OutputFile;
import org.stockroom.cli.SignedInCommand;
import org.stockroom.domain.FieldError;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;
import org.stockroom.service.BackendOpener;
import org.stockroom.service.ValidationException;
import org.stockroom.service.location.LocationLabels;
import org.stockroom.service.location.LocationView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code stockroom location labels}: the sheet of location barcodes to print. */
public final class LocationCommands {

    private LocationCommands() {}

    @Command(
            name = "location",
            mixinStandardHelpOptions = true,
            description = "Locations: print their barcode labels.",
            subcommands = {Labels.class})
    public static final class Group {}

    @Command(
            name = "labels",
            mixinStandardHelpOptions = true,
            description = "Write a PDF sheet of location labels (Code 128 barcode, code, name), three across on A4.")
    static final class Labels extends SignedInCommand {

        @Option(names = "--to", required = true, paramLabel = "FILE", description = "The PDF to write.")
        Path file;

        @Option(
                names = "--location",
                paramLabel = "CODE",
                description = "Only these locations (repeat for more); default: every location.")
        List<String> codes = new ArrayList<>();

        Labels(BackendOpener opener) {
            super(opener);
        }

        @Override
        protected void run(Backend backend, Actor by, PrintWriter out) {
            Path target = OutputFile.checked(file);
            List<LocationView> all = backend.catalogue().locations();
            List<LocationView> chosen = new ArrayList<>();
            List<FieldError> unknown = new ArrayList<>();
            if (codes.isEmpty()) {
                chosen.addAll(all);
            }
            for (String code : codes) {
                all.stream()
                        .filter(l -> l.code().equalsIgnoreCase(code.strip()))
                        .findFirst()
                        .ifPresentOrElse(
                                chosen::add,
                                () -> unknown.add(new FieldError("location", "No location with code '" + code + "'")));
            }
            ValidationException.throwIfAny(unknown);
            OutputFile.write(target, () -> LocationLabels.write(chosen, target));
            out.printf("%d location labels written to %s%n", chosen.size(), target);
        }
    }
}
