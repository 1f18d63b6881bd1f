package org.stockroom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.stockroom.persistence.DatabaseTarget;
import org.stockroom.persistence.backup.BackupFiles;
import org.stockroom.postgres.TestPostgres;
import org.stockroom.service.Backend;

/**
 * A fresh backend on a real H2 file database in a temporary folder (or a fresh PostgreSQL database), for each test,
 * closed and deleted after it. Register it as {@code @RegisterExtension final FreshBackend fresh = new FreshBackend();}; it is open before
 * the test class's own {@code @BeforeEach} methods run.
 */
public final class FreshBackend implements BeforeEachCallback, AfterEachCallback {

    private final Clock clock;
    private final boolean postgres;
    /** An ICU locale the PostgreSQL database sorts text by (null: the server's default, C in the tests). */
    private final String icuLocale;

    private Path folder;
    private Backend backend;

    public FreshBackend() {
        this(null);
    }

    /** A backend that tells the time by {@code clock}: tests move it forward to expire reservations. */
    public FreshBackend(Clock clock) {
        this(clock, false);
    }

    private FreshBackend(Clock clock, boolean postgres) {
        this(clock, postgres, null);
    }

    private FreshBackend(Clock clock, boolean postgres, String icuLocale) {
        this.clock = clock;
        this.postgres = postgres;
        this.icuLocale = icuLocale;
    }

    /**
     * On a PostgreSQL database whose text sorts by a language's rules ({@code en-US}: case and accents folded, as
     * many sites' servers are set up), not by code point as in the tests' C cluster.
     */
    public static FreshBackend onPostgresSortingLike(String icuLocale) {
        return new FreshBackend(null, true, icuLocale);
    }

    /**
     * The same on a fresh database of the tests' PostgreSQL server ({@link TestPostgres}): a suite's PostgreSQL twin
     * is its subclass that registers this one instead.
     */
    public static FreshBackend onPostgres() {
        return new FreshBackend(null, true);
    }

    /** On PostgreSQL, with a clock. */
    public static FreshBackend onPostgres(Clock clock) {
        return new FreshBackend(clock, true);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("stockroom-test");
        Clock time = clock == null ? Clock.systemUTC() : clock;
        if (postgres) {
            TestPostgres.TestDatabase database = icuLocale == null
                    ? TestPostgres.newDatabase()
                    : TestPostgres.newDatabase(TestPostgres.server(), icuLocale);
            backend = Backend.open(
                    new DatabaseTarget.Postgres(
                            database.jdbcUrl(),
                            database.server().user(),
                            database.server().password()),
                    time);
        } else {
            backend = Backend.open(new DatabaseTarget.Local(folder.resolve("data")), time);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try {
            if (backend != null) {
                backend.close();
            }
        } finally {
            BackupFiles.deleteFolder(folder);
        }
    }

    public Backend backend() {
        return backend;
    }

    /** The temporary folder; the database is in its {@code data} sub-folder. */
    public Path folder() {
        return folder;
    }
}
