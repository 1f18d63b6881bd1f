package org.stockroom.service.backup;

import java.time.Instant;
import java.util.Properties;

/**
 * What a backup holds, read from the copy itself after it was restored into a scratch folder: the schema and
 * app versions, how many products, stock levels and movements, a checksum of the ledger, and the verifier's result.
 */
public record BackupManifest(
        String appVersion,
        String schemaVersion,
        Instant createdAt,
        long products,
        long stockLevels,
        long movements,
        String ledgerChecksum,
        boolean verified,
        int mismatches,
        Instant restoredAndVerifiedAt) {

    Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("app.version", appVersion);
        p.setProperty("schema.version", schemaVersion);
        p.setProperty("created.at", createdAt.toString());
        p.setProperty("products", Long.toString(products));
        p.setProperty("stock.levels", Long.toString(stockLevels));
        p.setProperty("movements", Long.toString(movements));
        p.setProperty("ledger.sha256", ledgerChecksum);
        p.setProperty("verify.consistent", Boolean.toString(verified));
        p.setProperty("verify.mismatches", Integer.toString(mismatches));
        p.setProperty("restored.and.verified.at", restoredAndVerifiedAt.toString());
        return p;
    }

    /** The manifest in a backup file, or null if it has none. */
    static BackupManifest of(Properties p) {
        if (p.getProperty("schema.version") == null) {
            return null;
        }
        try {
            return new BackupManifest(
                    p.getProperty("app.version", "?"),
                    p.getProperty("schema.version"),
                    Instant.parse(p.getProperty("created.at")),
                    Long.parseLong(p.getProperty("products")),
                    Long.parseLong(p.getProperty("stock.levels")),
                    Long.parseLong(p.getProperty("movements")),
                    p.getProperty("ledger.sha256"),
                    Boolean.parseBoolean(p.getProperty("verify.consistent")),
                    Integer.parseInt(p.getProperty("verify.mismatches")),
                    Instant.parse(p.getProperty("restored.and.verified.at")));
        } catch (RuntimeException damaged) {
            return null;
        }
    }
}
