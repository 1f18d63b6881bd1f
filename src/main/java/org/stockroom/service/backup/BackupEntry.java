package org.stockroom.service.backup;

import java.nio.file.Path;
import java.time.Instant;

/** One backup file: where, how big, when, and what its manifest says (null if it has none or it is damaged). */
public record BackupEntry(Path file, long sizeBytes, Instant writtenAt, BackupManifest manifest) {

    /** True if the copy was restored into a scratch folder and the ledger verified when it was written. */
    public boolean verified() {
        return manifest != null && manifest.verified();
    }
}
