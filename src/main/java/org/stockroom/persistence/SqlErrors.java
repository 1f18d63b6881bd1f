package org.stockroom.persistence;

import java.sql.SQLException;
import java.util.Optional;

/** Finds the database's own error under the layers Hibernate and the pool wrap around it. */
public final class SqlErrors {

    /** H2: a lock wait ran out ({@code LOCK_TIMEOUT}). */
    public static final int H2_LOCK_TIMEOUT = 50200;
    /** H2: deadlock detected; SQLState 40001 on most databases. */
    public static final int H2_DEADLOCK = 40001;
    /** H2: the database file is locked by another process. */
    public static final int H2_DATABASE_IN_USE = 90020;

    public static final String UNIQUE_VIOLATION_STATE = "23505";
    /** H2: wrong user name or password. */
    public static final int H2_WRONG_PASSWORD = 28000;
    /** H2: the TCP connection could not be made or broke. */
    public static final int H2_CONNECTION_BROKEN = 90067;

    private SqlErrors() {}

    public static Optional<SQLException> sqlCause(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }

    /** Words a user can act on for a database that could not be opened. */
    public static DatabaseUnavailableException unavailable(DatabaseTarget target, Exception e) {
        int code = sqlCause(e).map(SQLException::getErrorCode).orElse(0);
        String where = target.describe();
        String message = switch (code) {
            case H2_DATABASE_IN_USE ->
                "The database in " + where + " is in use by another Stockroom process;"
                        + " close it, or share the folder with 'stockroom serve'";
            case H2_WRONG_PASSWORD ->
                target instanceof DatabaseTarget.Remote
                        ? "Wrong password for " + where + " (set STOCKROOM_SERVER_PASSWORD or --password-file)"
                        : "The database in " + where + " refused its key file " + LocalKey.FILE_NAME;
            case H2_CONNECTION_BROKEN ->
                "Cannot reach " + where
                        + sqlCause(e)
                                .map(Throwable::getMessage)
                                .filter(m -> m.contains("Connection refused"))
                                .map(m -> " (connection refused: is" + " 'stockroom serve' running there?)")
                                .orElse("");
            default ->
                "Cannot open the database in " + where + ": "
                        + sqlCause(e).map(Throwable::getMessage).orElse(e.getMessage());
        };
        return new DatabaseUnavailableException(message, e);
    }

    public static boolean isLockConflict(Throwable error) {
        return sqlCause(error)
                .map(sql -> sql.getErrorCode() == H2_LOCK_TIMEOUT
                        || sql.getErrorCode() == H2_DEADLOCK
                        || "40001".equals(sql.getSQLState())
                        || "40P01".equals(sql.getSQLState()))
                .orElse(false);
    }

    public static boolean isUniqueViolation(Throwable error) {
        return sqlCause(error)
                .map(sql -> UNIQUE_VIOLATION_STATE.equals(sql.getSQLState()))
                .orElse(false);
    }

    /** True when the unique violation names the constraint (case-insensitive; H2 upper-cases names). */
    public static boolean violates(Throwable error, String constraint) {
        return isUniqueViolation(error)
                && sqlCause(error)
                        .map(sql ->
                                String.valueOf(sql.getMessage()).toLowerCase().contains(constraint.toLowerCase()))
                        .orElse(false);
    }
}
