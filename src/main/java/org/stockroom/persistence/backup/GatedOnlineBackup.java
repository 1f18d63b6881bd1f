package org.stockroom.persistence.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.stockroom.persistence.Transactions;

/**
 * H2's {@code BACKUP TO} first stores (twice) and then copies the file. Its stores must not run beside a write
 * transaction (a store taken then can hold half of it: decision 0004, "torn stores"); its copy may, since H2
 * overwrites nothing while it copies, and it takes minutes at a million SKUs. So the statement runs on a thread
 * of its own, and this one holds the write gate until the zip has its first bytes: H2 opens the zip after the
 * first store and writes its first entry's header after the second.
 */
final class GatedOnlineBackup implements OnlineBackup {

    private static final long POLL_MILLIS = 2;

    private final DataSource source;
    private final Transactions transactions;
    private final BackupFiles files;

    GatedOnlineBackup(DataSource source, Transactions transactions, BackupFiles files) {
        this.source = source;
        this.transactions = transactions;
        this.files = files;
    }

    @Override
    public void writeTo(Path zip) {
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Thread copier = new Thread(
                () -> {
                    try {
                        files.onlineBackup(source, zip);
                    } catch (RuntimeException e) {
                        failure.set(e);
                    }
                },
                "stockroom-backup-copy");
        transactions.exclusive(() -> {
            copier.start();
            while (copier.isAlive() && !begunCopying(zip)) {
                pause();
            }
            return null;
        });
        joinUninterrupted(copier); // never interrupted: it runs SQL
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    private static boolean begunCopying(Path zip) {
        try {
            return Files.exists(zip) && Files.size(zip) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void joinUninterrupted(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
