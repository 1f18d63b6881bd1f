package org.stockroom.service.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * One sheet of an XLSX workbook, streamed through POI's SAX event API (a sheet is never held whole, so a million
 * rows fit the default heap). Cells come as text: numbers as their plain value ({@code 1234.5}, whatever the
 * cell's display format), dates as Excel shows them, formulas as their last computed result.
 */
final class XlsxTable implements TableSource {

    private final Path file;
    private final String wanted;
    private final TableFormat format;
    private volatile long rowsRead;

    XlsxTable(Path file, ReadOptions options) {
        this.file = file;
        this.wanted = options.sheet();
        String sheet = withReader((reader, strings, styles) -> {
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            List<String> names = new ArrayList<>();
            while (sheets.hasNext()) {
                try (InputStream ignored = sheets.next()) {
                    names.add(sheets.getSheetName());
                }
            }
            if (names.isEmpty()) {
                throw FileProblem.of(file.getFileName() + " has no sheets");
            }
            if (wanted == null) {
                return names.get(0);
            }
            return names.stream()
                    .filter(wanted::equalsIgnoreCase)
                    .findFirst()
                    .orElseThrow(() -> FileProblem.of(
                            "No sheet \"" + wanted + "\" in " + file.getFileName() + "; it has " + names));
        });
        this.format = new TableFormat("XLSX", null, false, null, sheet);
    }

    @Override
    public TableFormat format() {
        return format;
    }

    @Override
    public double fractionRead() {
        return -1;
    }

    @Override
    public void read(RowSink sink) {
        withReader((reader, strings, styles) -> {
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    if (sheets.getSheetName().equals(format.sheet())) {
                        XMLReader parser = SAXHelper.newXMLReader();
                        parser.setContentHandler(new XSSFSheetXMLHandler(
                                styles, null, strings, new Rows(sink), new PlainNumbers(), false));
                        parser.parse(new InputSource(sheet));
                        return null;
                    }
                }
            }
            return null;
        });
    }

    private interface WorkbookWork<T> {
        T run(XSSFReader reader, ReadOnlySharedStringsTable strings, StylesTable styles)
                throws IOException, SAXException, OpenXML4JException, javax.xml.parsers.ParserConfigurationException;
    }

    private <T> T withReader(WorkbookWork<T> work) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            return work.run(reader, new ReadOnlySharedStringsTable(pkg, false), reader.getStylesTable());
        } catch (org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException
                | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw FileProblem.of(file.getFileName() + " is a ZIP file but not an Excel workbook (.xlsx)", e);
        } catch (IOException | OpenXML4JException | javax.xml.parsers.ParserConfigurationException e) {
            throw FileProblem.of("Cannot read the workbook " + file.getFileName() + ": " + e.getMessage(), e);
        } catch (SAXException e) {
            throw FileProblem.of(
                    "Row " + (rowsRead + 1) + " of " + file.getFileName() + " is not valid workbook XML: "
                            + e.getMessage(),
                    e);
        } catch (RuntimeException e) {
            if (e instanceof org.stockroom.service.ExpectedFailure || e instanceof ImportCancelled) {
                throw e;
            }
            // POI's own checks (a zip bomb, a damaged part) end up here
            throw FileProblem.of("Cannot read the workbook " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** Collects each row's cells into place by their column letters: empty cells are absent from the XML. */
    private final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowSink sink;
        private List<String> cells = new ArrayList<>();
        private int column;

        Rows(RowSink sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
            column = 0;
        }

        @Override
        public void endRow(int rowNum) {
            rowsRead = rowNum + 1L;
            sink.accept(new SourceRow(rowNum + 1L, cells));
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int at = reference == null ? column : new CellReference(reference).getCol();
            if (at > 100_000) {
                throw FileProblem.of("Row " + (rowsRead + 1) + " has a cell in column " + (at + 1)
                        + ", beyond any table this can import");
            }
            while (cells.size() < at) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
            column = at + 1;
        }
    }

    /** Numbers as their value (440, 43.121345), not their display format (440.00, 1,234.00); dates as shown. */
    private static final class PlainNumbers extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return super.formatRawCellContents(value, formatIndex, formatString, use1904);
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
