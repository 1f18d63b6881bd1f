package org.stockroom.service.transfer;

import org.stockroom.service.stock.CommandIdentity;

/**
 * What a stock import's key stands for: this file (its content hash is in the key) taken as opening stock or as a
 * count. The same file again is "already imported"; the same file in the other mode is refused by name.
 */
final class ImportIdentity {

    private ImportIdentity() {}

    static CommandIdentity of(ImportOptions options, String fileName, String key) {
        String how = options.stockMode() == StockMode.COUNT ? "counted quantities" : "opening stock";
        // Not the file's name: the same content under another name is the same import.
        return new CommandIdentity("IMPORT", "IMPORT " + how + " of file " + key.substring("import-".length()));
    }

    /** "import-" and 57 hex digits of the file's SHA-256: at most 64 characters, as command keys are. */
    static String keyOf(String sha256Hex) {
        return "import-" + sha256Hex.substring(0, 57);
    }
}
