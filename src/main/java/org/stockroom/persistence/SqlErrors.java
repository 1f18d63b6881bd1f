package org.stockroom.persistence;

import java.sql.SQLException;
import java.util.Optional;

/**
 * Finds the database's own error under the layers Hibernate and the pool wrap around it, and reads it through
 * the database's {@link Dialect}.
 */
public final class SqlErrors {

    private final Dialect dialect;

    public SqlErrors(Dialect dialect) {
        this.dialect = dialect;
    }

    public static Optional<SQLException> sqlCause(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }

    /** How opening or reaching the database failed, if a database error says so. */
    public Dialect.OpenFailure openFailure(Throwable error) {
        return sqlCause(error).map(dialect::openFailure).orElse(Dialect.OpenFailure.OTHER);
    }

    /** Words about the database that could not be opened; the caller's layer adds how to fix it there. */
    public DatabaseUnavailableException unavailable(DatabaseTarget target, Exception e) {
        String where = target.describe();
        Dialect.OpenFailure failure = openFailure(e);
        String message = switch (failure) {
            case IN_USE ->
                "The database in " + where + " is in use by another Stockroom process;"
                        + " close it, or share the folder with 'stockroom serve'";
            case WRONG_PASSWORD ->
                target instanceof DatabaseTarget.Remote
                        ? "Wrong password for " + where
                        : "The database in " + where + " refused its key file " + LocalKey.FILE_NAME;
            case UNREACHABLE ->
                "Cannot reach " + where
                        + certificateRefusal(e).map(m -> ": " + m).orElse("")
                        + sqlCause(e)
                                .map(Throwable::getMessage)
                                .filter(m -> m.contains("Connection refused"))
                                .map(m -> " (connection refused: is 'stockroom serve' running there?)")
                                .orElse("");
            case OTHER ->
                "Cannot open the database in " + where + ": "
                        + sqlCause(e).map(Throwable::getMessage).orElse(e.getMessage());
        };
        return new DatabaseUnavailableException(message, e, failure, target instanceof DatabaseTarget.Remote);
    }

    /** A server whose TLS certificate this workstation does not trust (PinnedServers): its words, whole. */
    private static java.util.Optional<String> certificateRefusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.security.cert.CertificateException) {
                return java.util.Optional.ofNullable(t.getMessage());
            }
        }
        return java.util.Optional.empty();
    }

    public boolean isLockConflict(Throwable error) {
        return sqlCause(error).map(dialect::isLockConflict).orElse(false);
    }

    public boolean isUniqueViolation(Throwable error) {
        return sqlCause(error).map(dialect::isUniqueViolation).orElse(false);
    }

    /** True when the unique violation names the constraint (case-insensitive; H2 upper-cases names). */
    public boolean violates(Throwable error, String constraint) {
        return isUniqueViolation(error)
                && sqlCause(error)
                        .map(sql ->
                                String.valueOf(sql.getMessage()).toLowerCase().contains(constraint.toLowerCase()))
                        .orElse(false);
    }
}
