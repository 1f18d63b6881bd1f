package org.stockroom.service.transfer;

import java.nio.file.Path;
import java.util.Locale;

/** What an export writes: CSV (UTF-8 with BOM) or an Excel workbook. */
public enum ExportFormat {
    CSV,
    XLSX;

    /** The format a file's name asks for: {@code .xlsx} is a workbook, anything else CSV. */
    public static ExportFormat of(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx") ? XLSX : CSV;
    }
}
