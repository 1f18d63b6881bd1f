package org.stockroom.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Makes committed transactions durable before they are acknowledged: {@code CHECKPOINT SYNC} writes H2's store
 * and forces the file to disk. It must run while the caller holds the {@link WriteGate}: H2 writes each table's
 * part of a store one after another while other sessions keep writing, so a store taken beside a running write
 * transaction can hold part of that transaction (a row without its undo record, or one table's change without
 * another's), and a kill before the next store leaves the database that way (decision 0004, "torn stores").
 */
public final class SyncPoint {

    private final DataSource source;
    private final boolean enabled;
    private final String syncStatement;

    /** With {@code enabled} false, {@link #syncHoldingGate} returns at once (the mode that may lose the last second). */
    public SyncPoint(DataSource source, boolean enabled, String syncStatement) {
        this.syncStatement = syncStatement;
        this.source = source;
        this.enabled = enabled;
    }

    /** Returns once everything committed so far is on disk. The caller holds the write gate. */
    public void syncHoldingGate() {
        if (!enabled) {
            return;
        }
        try (Connection c = source.getConnection();
                Statement s = c.createStatement()) {
            s.execute(syncStatement);
            c.commit();
        } catch (SQLException e) {
            throw new DatabaseUnavailableException(
                    "Saved, but the database could not confirm it is on disk: " + e.getMessage(), e);
        }
    }
}
