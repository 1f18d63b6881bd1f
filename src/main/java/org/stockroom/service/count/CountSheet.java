package org.stockroom.service.count;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.stockroom.service.ReplacedFile;

/**
 * A session's count sheet to print (OpenPDF): one row per line, by location then SKU, with an empty box for the
 * counted quantity and the counter's initials. The expected quantity is printed only where the session shows it
 * (never for a blind count before review): the sheet is made from what the service returns, which leaves it out.
 */
public final class CountSheet {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private CountSheet() {}

    /** Writes the sheet to {@code target} whole or not at all ({@link ReplacedFile}). */
    public static void write(CountSessionView session, ZoneId zone, Path target) throws IOException {
        ReplacedFile.write(target, out -> write(session, zone, out));
    }

    static void write(CountSessionView session, ZoneId zone, OutputStream out) throws IOException {
        boolean expected = session.showsExpected();
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
            Font small = FontFactory.getFont(FontFactory.HELVETICA, 9);
            Font head = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
            document.add(new Paragraph("Count sheet - session " + session.id() + ": " + session.name(), title));
            document.add(new Paragraph(
                    session.scope() + "; " + session.lines().size() + " lines; planned by " + session.createdBy()
                            + " on " + WHEN.format(session.createdAt().atZone(zone))
                            + (session.blind() ? "; blind count" : ""),
                    small));
            document.add(new Paragraph(
                    "Write what you find; 0 if the place is empty. Add products you find that are not listed at the end.",
                    small));
            document.add(new Paragraph(" ", small));
            String[] headers = expected
                    ? new String[] {"Location", "SKU", "Product", "Expected", "Counted", "Initials"}
                    : new String[] {"Location", "SKU", "Product", "Counted", "Initials"};
            PdfPTable table = new PdfPTable(headers.length);
            table.setWidthPercentage(100);
            table.setWidths(expected ? new float[] {12, 18, 40, 10, 12, 8} : new float[] {12, 18, 50, 12, 8});
            table.setHeaderRows(1);
            for (String header : headers) {
                table.addCell(new PdfPCell(new Phrase(header, head)));
            }
            for (CountLineView line : session.lines()) {
                table.addCell(new Phrase(line.locationCode(), small));
                table.addCell(new Phrase(line.sku(), small));
                table.addCell(new Phrase(line.productName(), small));
                if (expected) {
                    PdfPCell cell = new PdfPCell(new Phrase(String.valueOf(line.expected()), small));
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                    table.addCell(cell);
                }
                PdfPCell counted = new PdfPCell(new Phrase(" ", small));
                counted.setMinimumHeight(18);
                table.addCell(counted);
                table.addCell(new Phrase(" ", small));
            }
            document.add(table);
        } catch (DocumentException e) {
            throw new IOException("Could not make the count sheet: " + e.getMessage(), e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
    }
}
