package org.stockroom.persistence.sitemove;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.stockroom.persistence.DatabaseUnavailableException;
import org.stockroom.persistence.Dialect;

/**
 * Copies every table of a site's database into an empty database of the same schema version, in one transaction of
 * the target: killed half-way, the target holds nothing of the copy and the copy can start again from scratch. Before
 * it commits, every table's fingerprint is taken on both sides; any difference (the source written to meanwhile, a
 * value one engine stores differently) rolls the copy back.
 */
public final class SiteCopy {

    /** How far the copy of one table has got. */
    @FunctionalInterface
    public interface Progress {
        void copied(String table, long rows, long ofRows);
    }

    private final DataSource source;
    private final Dialect sourceDialect;
    private final DataSource target;

    public SiteCopy(DataSource source, Dialect sourceDialect, DataSource target) {
        this.source = source;
        this.sourceDialect = sourceDialect;
        this.target = target;
    }

    /**
     * The target's rows that a freshly migrated database does not have, by table (none: it may receive the copy).
     */
    public Map<String, Long> targetsOwnRows() {
        try (Connection to = target.getConnection()) {
            Map<String, Long> own = new LinkedHashMap<>();
            for (String table : SiteTables.EMPTY_WHEN_UNUSED) {
                long rows = TableCopier.count(to, table);
                if (rows > 0) {
                    own.put(table, rows);
                }
            }
            endReading(to);
            return own;
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("Cannot read the target database: " + e.getMessage(), e);
        }
    }

    /**
     * Copies, compares and commits; {@code beforeComparing} runs between the copy and the comparison (tests write to
     * the source there). Returns the fingerprints, equal on both sides.
     *
     * @throws CopyMismatchException if any table differs (nothing committed)
     */
    public List<TableFingerprint> copy(Progress progress, Runnable beforeComparing) {
        try (Connection from = source.getConnection();
                Connection to = target.getConnection()) {
            to.setAutoCommit(false);
            from.setAutoCommit(false);
            sourceDialect.streamResults(from, true);
            try {
                clearMigrationRows(to);
                TableCopier copier = new TableCopier(from, to, progress);
                for (SiteTable table : SiteTables.IN_ORDER) {
                    copier.copy(table);
                }
                moveGeneratorsPastCopiedIds(to);
                beforeComparing.run();
                List<TableFingerprint> prints = compare(from, to);
                to.commit();
                return prints;
            } catch (SQLException | RuntimeException e) {
                to.rollback();
                throw e;
            } finally {
                from.rollback();
            }
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("Copying the site's database failed: " + e.getMessage(), e);
        }
    }

    /** The fingerprints of every copied table on one side, for a check made apart from a copy. */
    public static List<TableFingerprint> fingerprints(DataSource database) {
        try (Connection c = database.getConnection()) {
            List<TableFingerprint> prints = new ArrayList<>();
            for (SiteTable table : SiteTables.IN_ORDER) {
                prints.add(fingerprint(c, table.name(), TableCopier.columns(c, table.name())));
            }
            endReading(c);
            return prints;
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("Cannot read the database: " + e.getMessage(), e);
        }
    }

    /**
     * The seeds the target's own migrations wrote (its MAIN location, the standard reason codes): the copy brings
     * the source's, under the same ids. Only ever run when {@link #targetsOwnRows()} found nothing else.
     */
    private static void clearMigrationRows(Connection to) throws SQLException {
        List<SiteTable> children = new ArrayList<>(SiteTables.IN_ORDER);
        java.util.Collections.reverse(children);
        for (SiteTable table : children) {
            try (PreparedStatement delete = to.prepareStatement("DELETE FROM " + table.name())) {
                delete.executeUpdate();
            }
        }
    }

    /** Standard SQL (H2 and PostgreSQL both run it): the next generated id after the highest copied one. */
    private static void moveGeneratorsPastCopiedIds(Connection to) throws SQLException {
        for (SiteTable table : SiteTables.IN_ORDER) {
            if (table.identity()) {
                long next = highestId(to, table.name()) + 1;
                try (PreparedStatement restart =
                        to.prepareStatement("ALTER TABLE " + table.name() + " ALTER COLUMN id RESTART WITH " + next)) {
                    restart.executeUpdate();
                }
            }
        }
        long nextRevision = highestId(to, "audit_revision") + 1;
        try (PreparedStatement restart = to.prepareStatement(
                "ALTER SEQUENCE " + SiteTables.REVISION_SEQUENCE + " RESTART WITH " + nextRevision)) {
            restart.executeUpdate();
        }
    }

    /** Ends a read-only use of a connection that may or may not be in a transaction. */
    private static void endReading(Connection c) throws SQLException {
        if (!c.getAutoCommit()) {
            c.rollback();
        }
    }

    private static long highestId(Connection c, String table) throws SQLException {
        try (PreparedStatement max = c.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM " + table);
                ResultSet rows = max.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static List<TableFingerprint> compare(Connection from, Connection to) throws SQLException {
        List<TableFingerprint> prints = new ArrayList<>();
        List<CopyMismatchException.Difference> differences = new ArrayList<>();
        for (SiteTable table : SiteTables.IN_ORDER) {
            List<String> columns = TableCopier.columns(from, table.name());
            TableFingerprint here = fingerprint(from, table.name(), columns);
            TableFingerprint there = fingerprint(to, table.name(), columns);
            prints.add(here);
            if (!here.equals(there)) {
                differences.add(new CopyMismatchException.Difference(here, there));
            }
        }
        if (!differences.isEmpty()) {
            throw new CopyMismatchException(differences);
        }
        return prints;
    }

    private static TableFingerprint fingerprint(Connection c, String table, List<String> columns) throws SQLException {
        TableFingerprint.Builder print = new TableFingerprint.Builder(table);
        try (PreparedStatement read = c.prepareStatement("SELECT " + String.join(", ", columns) + " FROM " + table)) {
            read.setFetchSize(TableCopier.BATCH);
            try (ResultSet rows = read.executeQuery()) {
                Object[] values = new Object[columns.size()];
                int[] types = PortableValues.types(rows);
                while (rows.next()) {
                    for (int i = 0; i < values.length; i++) {
                        values[i] = PortableValues.read(rows, i + 1, types[i]);
                    }
                    print.add(values);
                }
            }
        }
        return print.build();
    }
}
