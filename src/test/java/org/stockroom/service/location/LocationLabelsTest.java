package org.stockroom.service.location;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockroom.cli.CommandLineRun;
import org.stockroom.cli.ExitCodes;

/** The location label sheet: every location's code and name, each with its barcode, by the window and the CLI. */
class LocationLabelsTest {

    @TempDir
    Path folder;

    @Test
    void everyLocationGetsALabelWithItsBarcodeCodeAndName() throws Exception {
        List<LocationView> locations = new ArrayList<>();
        for (int i = 1; i <= 26; i++) {
            locations.add(new LocationView(i, String.format("A-%02d", i), "Aisle A bay " + i));
        }
        Path pdf = folder.resolve("labels.pdf");

        LocationLabels.write(locations, pdf);

        PdfReader reader = new PdfReader(pdf.toString());
        try {
            assertThat(reader.getNumberOfPages()).as("24 labels a page").isEqualTo(2);
            StringBuilder text = new StringBuilder();
            int images = 0;
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(new PdfTextExtractor(reader).getTextFromPage(page));
                PdfDictionary resources = reader.getPageN(page).getAsDict(PdfName.RESOURCES);
                PdfDictionary objects = resources == null ? null : resources.getAsDict(PdfName.XOBJECT);
                images += objects == null ? 0 : objects.size();
            }
            assertThat(text.toString()).contains("A-01", "Aisle A bay 1", "A-26", "Aisle A bay 26");
            assertThat(images).as("one barcode per label").isEqualTo(26);
        } finally {
            reader.close();
        }
    }

    @Test
    void theCommandLineWritesTheChosenLocationsAndNamesAnUnknownOne() throws Exception {
        CommandLineRun cli = new CommandLineRun();
        String dir = folder.resolve("data").toString();
        Path pdf = folder.resolve("main.pdf");

        assertThat(cli.run("location", "labels", "--to", pdf.toString(), "--location", "main", "--data-dir", dir))
                .isZero();
        assertThat(cli.out()).contains("1 location labels written to");
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());

        assertThat(cli.run("location", "labels", "--to", pdf.toString(), "--location", "NOPE", "--data-dir", dir))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err()).contains("No location with code 'NOPE'");
    }
}
