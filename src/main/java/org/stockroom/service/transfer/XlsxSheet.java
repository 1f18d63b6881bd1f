package org.stockroom.service.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An export as an Excel workbook, streamed with POI's SXSSF: only the last {@link #WINDOW} rows are in memory, the
 * rest go to a temporary file as they come, so a 1,000,000-row export needs no more heap than a 1,000-row one.
 * Decimals are written as numbers (a double holds a 4-place unit cost exactly enough for Excel, and the import
 * reads the cell back through its plain-number format).
 */
final class XlsxSheet implements ExportSheet {

    static final int WINDOW = 500;
    static final int MAX_ROWS = 1_048_576; // Excel's limit, header included

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final SXSSFSheet sheet;
    private int next;

    XlsxSheet(OutputStream out, List<String> header) {
        this.out = out;
        workbook.setCompressTempFiles(true);
        sheet = workbook.createSheet("Stockroom");
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row row = sheet.createRow(next++);
        for (int i = 0; i < header.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(header.get(i));
            cell.setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
    }

    @Override
    public void row(List<?> cells) throws IOException {
        if (next >= MAX_ROWS) {
            throw new IOException("An Excel sheet holds at most " + (MAX_ROWS - 1) + " rows below its header;"
                    + " export as CSV instead");
        }
        Row row = sheet.createRow(next++);
        for (int i = 0; i < cells.size(); i++) {
            Object value = cells.get(i);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof Long || value instanceof Integer) {
                cell.setCellValue(((Number) value).doubleValue());
            } else if (value instanceof BigDecimal d) {
                cell.setCellValue(d.doubleValue());
            } else {
                cell.setCellValue(value.toString());
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.write(out);
        } finally {
            workbook.close(); // also deletes the temporary files
        }
    }
}
