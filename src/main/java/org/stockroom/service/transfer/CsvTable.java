package org.stockroom.service.transfer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file, read with Commons CSV (quotes, doubled quotes, line breaks inside quotes). Encoding and separator
 * are found from the file's start unless given; a blank line is a row, so row numbers are what a spreadsheet
 * shows.
 */
final class CsvTable implements TableSource {

    private static final int SNIFF_BYTES = 1 << 20;
    /** A "line" longer than this is not a table row (binary junk, a file with no line breaks at all). */
    static final int MAX_RECORD_CHARS = 32 << 20;

    private final Path file;
    private final TableFormat format;
    private final int bomLength;
    private final long size;
    private volatile Counting counting;

    CsvTable(Path file, ReadOptions options) {
        this.file = file;
        byte[] head = new byte[SNIFF_BYTES];
        int length;
        try (InputStream in = Files.newInputStream(file)) {
            length = in.readNBytes(head, 0, head.length);
            size = Files.size(file);
        } catch (IOException e) {
            throw FileProblem.of("Cannot read " + file + ": " + e.getMessage(), e);
        }
        TextEncoding.Found found =
                TextEncoding.detect(head, length, file.getFileName().toString());
        Charset charset = options.encoding() != null ? options.encoding() : found.charset();
        this.bomLength =
                options.encoding() == null || options.encoding().equals(found.charset()) ? found.bomLength() : 0;
        String text = new String(head, bomLength, Math.max(0, length - bomLength), charset);
        char delimiter = options.delimiter() != null ? options.delimiter() : Delimiters.detect(text);
        this.format = new TableFormat("CSV", charset, bomLength > 0, delimiter, null);
    }

    @Override
    public TableFormat format() {
        return format;
    }

    @Override
    public double fractionRead() {
        Counting c = counting;
        return c == null || size == 0 ? 0 : Math.min(1.0, c.getAsLong() / (double) size);
    }

    @Override
    public void read(RowSink sink) {
        CSVFormat csv = CSVFormat.RFC4180
                .builder()
                .setDelimiter(format.delimiter())
                .setIgnoreEmptyLines(false)
                .setAllowMissingColumnNames(true)
                .get();
        long lastGoodRow = 0;
        try (InputStream raw = Files.newInputStream(file);
                Counting in = new Counting(raw)) {
            counting = in;
            in.skipNBytes(bomLength);
            try (CSVParser parser =
                    csv.parse(new LineLengthGuard(new BufferedReader(new InputStreamReader(in, decoder()), 1 << 16)))) {
                for (CSVRecord record : parser) {
                    List<String> cells = new ArrayList<>(record.size());
                    record.forEach(cells::add);
                    lastGoodRow = record.getRecordNumber();
                    sink.accept(new SourceRow(lastGoodRow, cells));
                }
            }
        } catch (UncheckedIOException e) {
            throw problem(e.getCause(), lastGoodRow);
        } catch (IOException e) {
            throw problem(e, lastGoodRow);
        } catch (IllegalStateException e) {
            throw FileProblem.of("Row " + (lastGoodRow + 1) + ": " + e.getMessage(), e);
        }
    }

    private CharsetDecoder decoder() {
        // Windows-1252 leaves five byte values undefined; a stray one becomes U+FFFD rather than refusing the file.
        CodingErrorAction action = format.encoding().equals(TextEncoding.WINDOWS_1252)
                ? CodingErrorAction.REPLACE
                : CodingErrorAction.REPORT;
        return format.encoding().newDecoder().onMalformedInput(action).onUnmappableCharacter(action);
    }

    private RuntimeException problem(IOException e, long lastGoodRow) {
        long row = lastGoodRow + 1;
        if (e instanceof CharacterCodingException) {
            String other = format.encoding().equals(StandardCharsets.UTF_8) ? "windows-1252" : "UTF-8";
            return FileProblem.of(
                    "Row " + row + ": the file is not " + format.encoding().displayName()
                            + " from here on (its start looked so); choose its encoding, for example " + other,
                    e);
        }
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        if (message.contains("EOF reached before encapsulated token finished")) {
            return FileProblem.of("Row " + row + ": a quoted cell (\"...) is never closed; the file ends inside it", e);
        }
        if (message.contains("Invalid character between encapsulated token and delimiter")
                || message.contains("Invalid char between encapsulated token and delimiter")) {
            return FileProblem.of(
                    "Row " + row + ": text follows a closing quote before the next separator ("
                            + TableFormat.delimiterName(format.delimiter())
                            + "); a quote inside a quoted cell is written"
                            + " twice (\"\")",
                    e);
        }
        return FileProblem.of("Row " + row + ": " + message, e);
    }

    /** Stops a file with no line breaks from being read into memory whole. */
    private static final class LineLengthGuard extends java.io.FilterReader {
        private long sinceBreak;

        LineLengthGuard(Reader in) {
            super(in);
        }

        @Override
        public int read(char[] buffer, int off, int len) throws IOException {
            int n = super.read(buffer, off, len);
            for (int i = off; i < off + n; i++) {
                sinceBreak = buffer[i] == '\n' ? 0 : sinceBreak + 1;
            }
            if (sinceBreak > MAX_RECORD_CHARS) {
                throw new IOException("more than " + (MAX_RECORD_CHARS >> 20)
                        + " million characters without a line break: not a table");
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            sinceBreak = c == '\n' ? 0 : sinceBreak + 1;
            return c;
        }
    }
}
