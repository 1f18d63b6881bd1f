package org.stockroom.service.audit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * {@code stockroom verify}'s audit check: the last recorded state of every audited row equals the stored row, and
 * no audited row vanished unrecorded. Rows with no audit record at all (made before V8, or by the catalogue
 * generator's bulk load) are counted, not failed: there is nothing to compare. Plain JDBC, reads only.
 */
public final class AuditVerifier {

    private final DataSource source;

    public AuditVerifier(DataSource source) {
        this.source = source;
    }

    /** What the check found: mismatches (each naming the row), rows compared, and rows with no audit record. */
    public record Report(boolean present, List<String> mismatches, long audited, long unaudited) {
        public boolean consistent() {
            return mismatches.isEmpty();
        }
    }

    public Report verify() {
        try (Connection connection = source.getConnection()) {
            if (!org.stockroom.persistence.Sql.tableExists(connection, "audit_revision")) {
                return new Report(false, List.of(), 0, 0); // a database from before the audit trail
            }
            List<String> mismatches = new ArrayList<>();
            long audited = 0;
            long rows = 0;
            try (Statement statement = connection.createStatement()) {
                for (AuditedTable table : AuditedTable.values()) {
                    try (ResultSet r = statement.executeQuery(table.mismatchSql())) {
                        while (r.next()) {
                            mismatches.add(table.title + " " + r.getString(1)
                                    + (r.getInt(2) == 2
                                            ? ": recorded as removed but still stored"
                                            : ": the stored row differs from its last audited state"));
                        }
                    }
                    try (ResultSet r = statement.executeQuery(table.vanishedSql())) {
                        while (r.next()) {
                            mismatches.add(table.title + " id " + r.getString(1)
                                    + ": audited but no longer stored, and no removal was recorded");
                        }
                    }
                    try (ResultSet r = statement.executeQuery(table.countSql())) {
                        r.next();
                        rows += r.getLong(1);
                        audited += r.getLong(2);
                    }
                }
            }
            return new Report(true, mismatches, audited, Math.max(0, rows - audited));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the audit trail: " + e.getMessage(), e);
        }
    }
}
