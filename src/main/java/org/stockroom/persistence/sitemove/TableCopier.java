package org.stockroom.persistence.sitemove;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Copies one table's rows from one connection to another, in batches, saying how far it got. */
final class TableCopier {

    static final int BATCH = 1_000;
    static final int REPORT_EVERY = 10_000;

    private final Connection from;
    private final Connection to;
    private final SiteCopy.Progress progress;

    TableCopier(Connection from, Connection to, SiteCopy.Progress progress) {
        this.from = from;
        this.to = to;
        this.progress = progress;
    }

    /** The table's columns, lower case, in the source's order. */
    static List<String> columns(Connection connection, String table) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT * FROM " + table + " WHERE 1 = 0");
                ResultSet none = select.executeQuery()) {
            ResultSetMetaData meta = none.getMetaData();
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                names.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
            }
            return names;
        }
    }

    static long count(Connection connection, String table) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM " + table);
                ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    void copy(SiteTable table) throws SQLException {
        List<String> columns = columns(from, table.name());
        List<String> theirs = columns(to, table.name());
        if (!new java.util.HashSet<>(columns).equals(new java.util.HashSet<>(theirs))) {
            throw new IllegalStateException("The two databases' " + table.name() + " tables differ: " + columns
                    + " here, " + theirs + " there (are both at the same schema version?)");
        }
        long total = count(from, table.name());
        progress.copied(table.name(), 0, total);
        String list = String.join(", ", columns);
        String marks = String.join(", ", Collections.nCopies(columns.size(), "?"));
        List<Object[]> later = new ArrayList<>();
        long done = 0;
        try (PreparedStatement read = from.prepareStatement("SELECT " + list + " FROM " + table.name());
                PreparedStatement write =
                        to.prepareStatement("INSERT INTO " + table.name() + " (" + list + ") VALUES (" + marks + ")")) {
            read.setFetchSize(BATCH);
            try (ResultSet rows = read.executeQuery()) {
                int[] types = PortableValues.types(rows);
                while (rows.next()) {
                    for (int i = 1; i <= columns.size(); i++) {
                        Object value = PortableValues.read(rows, i, types[i - 1]);
                        if (value != null && table.filledAfterwards().contains(columns.get(i - 1))) {
                            later.add(new Object[] {columns.get(i - 1), value, rows.getObject(table.key())});
                            value = null;
                        }
                        write.setObject(i, value);
                    }
                    write.addBatch();
                    if (++done % BATCH == 0) {
                        write.executeBatch();
                    }
                    if (done % REPORT_EVERY == 0) {
                        progress.copied(table.name(), done, total);
                    }
                }
            }
            write.executeBatch();
        }
        fillAfterwards(table, later);
        if (done % REPORT_EVERY != 0) {
            progress.copied(table.name(), done, total);
        }
    }

    private void fillAfterwards(SiteTable table, List<Object[]> later) throws SQLException {
        for (Object[] value : later) {
            try (PreparedStatement update = to.prepareStatement(
                    "UPDATE " + table.name() + " SET " + value[0] + " = ? WHERE " + table.key() + " = ?")) {
                update.setObject(1, value[1]);
                update.setObject(2, value[2]);
                update.executeUpdate();
            }
        }
    }
}
