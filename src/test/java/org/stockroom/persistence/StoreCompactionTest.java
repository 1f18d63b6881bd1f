package org.stockroom.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * H2's background writer is off (nothing may store beside a write), so its housekeeping is too, and a file that
 * is synced after every transaction keeps its old chunks while it is open. {@link Database#compactStore} does
 * that housekeeping under the write gate.
 */
class StoreCompactionTest {

    @TempDir
    Path folder;

    @Test
    void compactingUnderTheGateGivesBackTheSpaceOfSyncedTransactions() throws Exception {
        try (Database database = Database.open(folder)) {
            Transactions transactions = database.transactions();
            run(database, "CREATE TABLE scratch(id INT PRIMARY KEY, qty BIGINT)");
            run(database, "INSERT INTO scratch SELECT X, 0 FROM SYSTEM_RANGE(1, 500)");
            for (int i = 0; i < 1_500; i++) {
                int id = 1 + i % 500;
                transactions.exclusive(() -> update(database, id)); // each one synced, as every write is
            }
            // H2 keeps a chunk 45 s after its last use; a test cannot wait that long, so it shortens the wait.
            run(database, "SET RETENTION_TIME 100");
            Thread.sleep(300);
            long before = Files.size(file());

            database.compactStore();

            long after = Files.size(file());
            System.out.printf("file before compacting %,d bytes, after %,d%n", before, after);
            assertThat(before)
                    .as("the synced writes left old chunks in the file")
                    .isGreaterThan(4_000_000);
            assertThat(after).isLessThan(before / 4);
            assertThat(count(database)).isEqualTo(500);
        }
    }

    private Path file() {
        return folder.resolve(H2Dialect.FILE_NAME + ".mv.db");
    }

    private static Void update(Database database, int id) {
        try (Connection c = database.dataSource().getConnection();
                PreparedStatement up = c.prepareStatement("UPDATE scratch SET qty = qty + 1 WHERE id = ?")) {
            up.setInt(1, id);
            up.executeUpdate();
            c.commit();
            return null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void run(Database database, String sql) {
        database.transactions().exclusive(() -> {
            try (Connection c = database.dataSource().getConnection();
                    Statement s = c.createStatement()) {
                s.execute(sql);
                c.commit();
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static long count(Database database) throws SQLException {
        try (Connection c = database.dataSource().getConnection();
                Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT COUNT(*) FROM scratch")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
