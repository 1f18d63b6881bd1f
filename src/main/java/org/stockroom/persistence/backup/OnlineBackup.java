package org.stockroom.persistence.backup;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.stockroom.persistence.Transactions;

/** Writes the engine's online backup of the open database (its file only) into a zip. */
@FunctionalInterface
public interface OnlineBackup {

    void writeTo(Path zip);

    /** For a database no one writes yet (the backup before an upgrade, taken before any writer exists). */
    static OnlineBackup beforeAnyWriter(DataSource source, BackupFiles files) {
        return zip -> files.onlineBackup(source, zip);
    }

    /** For a database in use: the store that starts the backup runs inside the write gate. */
    static OnlineBackup besideWriters(DataSource source, Transactions transactions, BackupFiles files) {
        return new GatedOnlineBackup(source, transactions, files);
    }
}
