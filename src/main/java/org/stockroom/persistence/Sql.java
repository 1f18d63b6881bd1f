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
        return session.doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, parameters);
                return statement.executeUpdate();
            }
        });
    }

    /** Inserts one row and returns its generated id. */
    public static long insertReturningId(SharedSessionContract session, String sql, Object... parameters) {
        return session.doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql, new String[] {"ID"})) {
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
        return session.doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
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
