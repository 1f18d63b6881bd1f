package org.stockroom.service;

import java.io.BufferedWriter;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one CSV writer of every export (Commons CSV quotes commas, quotes and line breaks). A spreadsheet runs a cell
 * that starts with {@code =}, {@code +}, {@code -}, {@code @}, tab or CR as a formula, so a product named
 * {@code =HYPERLINK(...)} would become a link in the manager's Excel; such text cells get a leading {@code '},
 * OWASP's rule for CSV injection, which spreadsheets show as text. Numbers are written as numbers, negative ones too.
 */
public final class SpreadsheetCsv implements Flushable {

    private final CSVPrinter printer;

    private SpreadsheetCsv(CSVPrinter printer) {
        this.printer = printer;
    }

    /** A UTF-8 CSV on {@code file} with this header row; the caller closes the stream. */
    public static SpreadsheetCsv on(OutputStream file, List<String> header) throws IOException {
        return new SpreadsheetCsv(CSVFormat.DEFAULT
                .builder()
                .setHeader(header.stream().map(SpreadsheetCsv::neutralised).toArray(String[]::new))
                .get()
                .print(new BufferedWriter(new OutputStreamWriter(file, StandardCharsets.UTF_8))));
    }

    /**
     * The same with a byte-order mark first, so that Excel opens it as UTF-8 (without one it guesses the PC's
     * code page), and with {@code delimiter} between cells.
     */
    public static SpreadsheetCsv withBom(OutputStream file, List<String> header, char delimiter) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(file, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        return new SpreadsheetCsv(CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setHeader(header.stream().map(SpreadsheetCsv::neutralised).toArray(String[]::new))
                .get()
                .print(writer));
    }

    public static SpreadsheetCsv withBom(OutputStream file, List<String> header) throws IOException {
        return withBom(file, header, ',');
    }

    public void row(Object... cells) throws IOException {
        row(Arrays.asList(cells));
    }

    /** One record; nulls are empty cells. */
    public void row(List<?> cells) throws IOException {
        List<Object> safe = new ArrayList<>(cells.size());
        for (Object cell : cells) {
            safe.add(cell == null ? "" : cell instanceof Number ? cell : neutralised(cell.toString()));
        }
        printer.printRecord(safe);
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }

    /** Text that a spreadsheet would read as a formula, made text. */
    static String neutralised(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text
                : text;
    }
}
