package org.stockroom.service.location;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.Barcode128;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.stockroom.service.ReplacedFile;

/**
 * A sheet of location labels to print and stick on shelves (OpenPDF): three across, eight down on A4, each with
 * the location's code as a Code 128 barcode (what the Scan page reads to set where), the code in large letters
 * and the location's name.
 */
public final class LocationLabels {

    static final int ACROSS = 3;

    private LocationLabels() {}

    /** Writes the sheet to {@code target} whole or not at all ({@link ReplacedFile}). */
    public static void write(List<LocationView> locations, Path target) throws IOException {
        ReplacedFile.write(target, out -> write(locations, out));
    }

    static void write(List<LocationView> locations, OutputStream out) throws IOException {
        Document document = new Document(PageSize.A4, 20, 20, 30, 30);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.open();
            Font big = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
            Font small = FontFactory.getFont(FontFactory.HELVETICA, 9);
            PdfPTable table = new PdfPTable(ACROSS);
            table.setWidthPercentage(100);
            for (LocationView location : locations) {
                Barcode128 barcode = new Barcode128();
                barcode.setCode(location.code());
                barcode.setFont(null); // the code is printed below, larger
                barcode.setBarHeight(34);
                Image bars = barcode.createImageWithBarcode(writer.getDirectContent(), null, null);
                PdfPCell cell = new PdfPCell();
                cell.setMinimumHeight(96);
                cell.setPadding(8);
                cell.setBorderWidth(0.3f);
                bars.scaleToFit(150, 36); // added to a cell unscaled, an image takes the cell's width and height
                bars.setAlignment(Element.ALIGN_CENTER);
                cell.addElement(bars);
                Paragraph code = new Paragraph(location.code(), big);
                code.setAlignment(Element.ALIGN_CENTER);
                cell.addElement(code);
                Paragraph name = new Paragraph(location.name(), small);
                name.setAlignment(Element.ALIGN_CENTER);
                cell.addElement(name);
                table.addCell(cell);
            }
            for (int empty = locations.size() % ACROSS; empty != 0 && empty < ACROSS; empty++) {
                PdfPCell blank = new PdfPCell();
                blank.setBorderWidth(0);
                table.addCell(blank); // a row is only drawn once it is full
            }
            document.add(locations.isEmpty() ? new Paragraph("No locations", big) : table);
        } catch (DocumentException e) {
            throw new IOException("Could not make the location labels: " + e.getMessage(), e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
    }
}
