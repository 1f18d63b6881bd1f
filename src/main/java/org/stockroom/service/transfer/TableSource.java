package org.stockroom.service.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongSupplier;

/** A file as rows of text cells, streamed: CSV (any encoding and separator) or an XLSX sheet. */
public interface TableSource {

    /** What the file was found to be. */
    TableFormat format();

    /** Streams every row to {@code sink}, in order; a sink that throws stops the reading. */
    void read(RowSink sink);

    /** How much of the file has been read so far, 0 to 1, for a progress bar (-1 when it cannot tell). */
    double fractionRead();

    /** Opens {@code file} as a table: an XLSX workbook by its first bytes, else CSV. */
    static TableSource open(Path file, ReadOptions options) {
        byte[] start = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(start, 0, start.length);
        } catch (java.nio.file.NoSuchFileException e) {
            throw FileProblem.of("No such file: " + file);
        } catch (IOException e) {
            throw FileProblem.of("Cannot read " + file + ": " + e.getMessage(), e);
        }
        if (n >= 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4) {
            return new XlsxTable(file, options);
        }
        if (n >= 4 && (start[0] & 0xFF) == 0xD0 && (start[1] & 0xFF) == 0xCF && start[2] == 0x11) {
            throw FileProblem.of(file.getFileName() + " is an old Excel 97-2003 (.xls) workbook: save it as .xlsx or"
                    + " CSV in Excel and import that");
        }
        return new CsvTable(file, options);
    }

    /** Counts the bytes that pass, for {@link #fractionRead()}. */
    final class Counting extends java.io.FilterInputStream implements LongSupplier {
        private long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long getAsLong() {
            return count;
        }
    }
}
