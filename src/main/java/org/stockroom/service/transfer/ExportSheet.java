package org.stockroom.service.transfer;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.stockroom.domain.transfer.NumberStyle;
import org.stockroom.service.SpreadsheetCsv;

/**
 * One export's rows, whatever the format: cells are text, whole numbers ({@link Long}, {@link Integer}) or decimals
 * ({@link BigDecimal}); null is an empty cell. CSV goes through {@link SpreadsheetCsv} (formula-like text made
 * text, decimal comma with {@code ;} when asked); XLSX through {@link XlsxSheet} (numbers as number cells, text as
 * text cells, which a spreadsheet never runs as formulas).
 */
public interface ExportSheet extends Closeable {

    void row(List<?> cells) throws IOException;

    /** Writes the rest and the file's end; the caller closes {@code out}. */
    @Override
    void close() throws IOException;

    static ExportSheet open(OutputStream out, List<String> header, ExportFormat format, NumberStyle style)
            throws IOException {
        if (format == ExportFormat.XLSX) {
            return new XlsxSheet(out, header);
        }
        boolean comma = style == NumberStyle.DECIMAL_COMMA;
        SpreadsheetCsv csv = SpreadsheetCsv.withBom(out, header, comma ? ';' : ',');
        return new ExportSheet() {
            @Override
            public void row(List<?> cells) throws IOException {
                List<Object> written = new ArrayList<>(cells.size());
                for (Object cell : cells) {
                    written.add(cell instanceof BigDecimal d ? decimal(d, comma) : cell);
                }
                csv.row(written);
            }

            @Override
            public void close() throws IOException {
                csv.flush();
            }
        };
    }

    /** A decimal as the import reads it back: no exponent, no trailing zeros, the chosen decimal mark. */
    private static String decimal(BigDecimal d, boolean comma) {
        String plain = d.stripTrailingZeros().toPlainString();
        return comma ? plain.replace('.', ',') : plain;
    }
}
