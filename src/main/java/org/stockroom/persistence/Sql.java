package org.stockroom.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.SharedSessionContract;

/**
 * Plain JDBC inside a Hibernate session's own connection and transaction, for the few statements every stock
 * command runs: measured with {@code stockroom bench}, Hibernate's query objects cost more than the statements
 * themselves on this embedded database. Entities, edits and screens keep using Hibernate.
 */
public final class Sql {

    private Sql() {}

    public static int update(SharedSessionContract session, String sql, Object... parameters) {
        return update(session::doReturningWork, sql, parameters);
    }

    public static int update(JdbcScope session, String sql, Object... parameters) {
        return session.doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, parameters);
                return statement.executeUpdate();
            }
        });
    }

    /**
     * The generated-key column {@code id} as the database names it: H2 folds unquoted names to upper case,
     * PostgreSQL to lower case, and each driver looks the key up by that exact name.
     */
    public static String[] idColumn(java.sql.Connection connection) throws SQLException {
        return new String[] {connection.getMetaData().storesUpperCaseIdentifiers() ? "ID" : "id"};
    }

    /** True if {@code table} (an unquoted name) exists, looked up as the database folds unquoted names. */
    public static boolean tableExists(java.sql.Connection connection, String table) throws SQLException {
        java.sql.DatabaseMetaData meta = connection.getMetaData();
        String name = meta.storesUpperCaseIdentifiers()
                ? table.toUpperCase(java.util.Locale.ROOT)
                : table.toLowerCase(java.util.Locale.ROOT);
        try (ResultSet tables = meta.getTables(null, null, name, null)) {
            return tables.next();
        }
    }

    /**
     * A query of a sequence's next value: the standard's {@code NEXT VALUE FOR} on H2, {@code nextval} on PostgreSQL
     * (which has no standard form). For JDBC writers that have a connection and no dialect (the import's).
     */
    public static String nextValueQuery(java.sql.Connection connection, String sequence) throws SQLException {
        return connection
                        .getMetaData()
                        .getDatabaseProductName()
                        .toLowerCase(java.util.Locale.ROOT)
                        .contains("postgres")
                ? "SELECT nextval('" + sequence + "')"
                : "SELECT NEXT VALUE FOR " + sequence;
    }

    /** Inserts one row and returns its generated id. */
    public static long insertReturningId(SharedSessionContract session, String sql, Object... parameters) {
        return insertReturningId(session::doReturningWork, sql, parameters);
    }

    /** The same, in any JDBC scope. */
    public static long insertReturningId(JdbcScope session, String sql, Object... parameters) {
        return session.doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql, idColumn(connection))) {
                bind(statement, parameters);
                statement.executeUpdate();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    if (!keys.next()) {
                        throw new SQLException("No row was inserted: " + sql);
                    }
                    return keys.getLong(1);
                }
            }
        });
    }

    public static <T> List<T> query(
            SharedSessionContract session, String sql, RowMapper<T> mapper, Object... parameters) {
        return query(session::doReturningWork, sql, mapper, parameters);
    }

    public static <T> List<T> query(JdbcScope session, String sql, RowMapper<T> mapper, Object... parameters) {
        return session.doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, parameters);
                List<T> rows = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        rows.add(mapper.map(rs));
                    }
                }
                return rows;
            }
        });
    }

    /** The first {@code limit} rows only; the rest of the result is not read. */
    public static <T> List<T> queryAtMost(
            SharedSessionContract session, String sql, int limit, RowMapper<T> mapper, Object... parameters) {
        return queryAtMost(session::doReturningWork, sql, limit, mapper, parameters);
    }

    /**
     * The same, in any JDBC scope. The limit is written into the query ({@code FETCH FIRST n ROWS ONLY}, the
     * standard's words, which H2 and PostgreSQL both take), not only set on the statement: PostgreSQL plans a query
     * without one for all its rows (a hash join and a sort of 125,000 movements for one user's first page, 465 ms,
     * where walking the primary key backwards stops after 1,600 rows).
     */
    public static <T> List<T> queryAtMost(
            JdbcScope session, String sql, int limit, RowMapper<T> mapper, Object... parameters) {
        return session.doReturningWork(connection -> {
            try (PreparedStatement statement =
                    connection.prepareStatement(sql + " FETCH FIRST " + limit + " ROWS ONLY")) {
                bind(statement, parameters);
                statement.setMaxRows(limit);
                List<T> rows = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery()) {
                    while (rows.size() < limit && rs.next()) {
                        rows.add(mapper.map(rs));
                    }
                }
                return rows;
            }
        });
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            statement.setObject(
                    i + 1,
                    value instanceof Instant instant ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : value);
        }
    }

    /** Turns the current row into a value. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }
}
