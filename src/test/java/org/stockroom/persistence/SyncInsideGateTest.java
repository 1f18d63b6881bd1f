package org.stockroom.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * A store taken while another write runs can keep half of that write after a kill (decision 0004, fault 3), so
 * H2's store must be written while its caller still holds the write gate; forcing the file to disk writes nothing
 * and runs after the gate is open, shared by the writers waiting for it. Before 2026-12-02 the whole sync ran
 * after the gate was left; this test fails on that code.
 */
class SyncInsideGateTest {

    final ProcessWriteGate gate = new ProcessWriteGate(1_000);
    final List<Boolean> gateHeldAtEachConnection = new ArrayList<>();

    /** A sync point on an in-memory database that notes, for each connection it takes, whether the gate is held. */
    SyncPoint syncPoint(boolean holdsFile) {
        JdbcDataSource memory = new JdbcDataSource();
        // The function a served client's sync calls, as 'serve' creates it (H2Dialect.clientAccessStatements).
        memory.setURL("jdbc:h2:mem:sync-inside-gate;INIT=CREATE ALIAS IF NOT EXISTS " + H2Dialect.SYNC_ALIAS + " FOR '"
                + H2Dialect.class.getName() + ".servedSync'");
        DataSource recorded = recording(memory, () -> gateHeldAtEachConnection.add(gate.holdCount() > 0));
        return new SyncPoint(recorded, true, new H2Dialect(), holdsFile);
    }

    Transactions transactions(boolean holdsFile) {
        return new Transactions(
                null,
                null,
                gate,
                syncPoint(holdsFile),
                new SqlErrors(new H2Dialect()),
                Transactions.RefusalEnding.COMMIT);
    }

    @Test
    void theStoreRunsInsideTheGateAndTheForceAfterIt() {
        Transactions transactions = transactions(true);

        transactions.exclusive(() -> 1);
        transactions.awaitDurable();

        // Each acknowledgement: one connection to store (gate held), one to force (gate open).
        assertThat(gateHeldAtEachConnection).containsExactly(true, false, true, false);
        assertThat(gate.holdCount()).as("and the gate is open again").isZero();
    }

    @Test
    void oneStoreAndOneForceCoverEveryCommitMadeBeforeThem() {
        SyncPoint sync = syncPoint(true);
        long first = gate.exclusive(sync::committedHoldingGate);
        long second = gate.exclusive(sync::committedHoldingGate);

        sync.awaitDurable(second, gate);
        sync.awaitDurable(first, gate); // the writer that committed first finds its commit already on disk

        assertThat(gateHeldAtEachConnection).containsExactly(true, false);
    }

    @Test
    void aClientOfAServerStoresAndForcesInOneStatementInsideTheGate() {
        Transactions transactions = transactions(false);

        transactions.exclusive(() -> 1);

        assertThat(gateHeldAtEachConnection).containsExactly(true);
    }

    private static DataSource recording(DataSource real, Runnable onConnection) {
        return new DataSource() {
            @Override
            public Connection getConnection() throws SQLException {
                onConnection.run();
                return real.getConnection();
            }

            @Override
            public Connection getConnection(String user, String password) throws SQLException {
                onConnection.run();
                return real.getConnection(user, password);
            }

            @Override
            public PrintWriter getLogWriter() {
                return null;
            }

            @Override
            public void setLogWriter(PrintWriter out) {}

            @Override
            public void setLoginTimeout(int seconds) {}

            @Override
            public int getLoginTimeout() {
                return 0;
            }

            @Override
            public Logger getParentLogger() throws SQLFeatureNotSupportedException {
                throw new SQLFeatureNotSupportedException();
            }

            @Override
            public <T> T unwrap(Class<T> type) throws SQLException {
                return real.unwrap(type);
            }

            @Override
            public boolean isWrapperFor(Class<?> type) throws SQLException {
                return real.isWrapperFor(type);
            }
        };
    }
}
