package org.stockroom.persistence.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.stockroom.persistence.Database;
import org.stockroom.persistence.DatabaseTarget;
import org.stockroom.persistence.DatabaseUnavailableException;
import org.stockroom.persistence.H2Dialect;

/**
 * Compacts a closed data folder's database file completely: H2's {@code SHUTDOWN COMPACT} moves every live chunk to
 * the front of the file and truncates it. The open database only compacts in small steps between writes
 * ({@code Database.compactStore}); a file that grew under a long load (a generated catalogue, a big import) keeps its
 * size until this runs. The caller backs the folder up first: this rewrites the file in place.
 */
public final class FileCompaction {

    private FileCompaction() {}

    /** The database file's size in bytes before and after. */
    public record Sizes(long before, long after) {}

    /**
     * Compacts the database in {@code folder}, which no process may have open (H2 refuses a file in use, and nothing
     * is changed then).
     */
    public static Sizes compact(DatabaseTarget.Local folder) {
        Path file = folder.directory().resolve(H2Dialect.FILE_NAME + ".mv.db");
        long before = size(file);
        try (Connection connection = Database.existingDataSource(folder).getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT"); // closes this connection's database when done
        } catch (SQLException e) {
            throw new DatabaseUnavailableException(
                    "Cannot compact the database in " + folder.directory() + ": " + e.getMessage(), e);
        }
        return new Sizes(before, size(file));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
