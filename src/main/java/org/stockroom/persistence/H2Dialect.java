package org.stockroom.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

/** H2 2.4 (embedded, and through its TCP server for {@code stockroom serve}). */
public final class H2Dialect implements Dialect {

    /**
     * Parsed statements H2 keeps per connection. Its default (8) is fewer than one stock command's distinct
     * statements, so every command re-parsed its SQL; measured with {@code stockroom bench}.
     */
    public static final int QUERY_CACHE_SIZE = 64;
    /** The database file's base name inside a data folder (H2 adds {@code .mv.db}). */
    public static final String FILE_NAME = "stockroom";

    static final int LOCK_TIMEOUT = 50200;
    static final int DEADLOCK = 40001;
    static final int DATABASE_IN_USE = 90020;
    static final int WRONG_PASSWORD = 28000;
    static final int CONNECTION_BROKEN = 90067;
    static final String UNIQUE_VIOLATION_STATE = "23505";

    @Override
    public String localUrl(Path folder, boolean mustExist) {
        return "jdbc:h2:file:" + folder.toAbsolutePath().normalize().resolve(FILE_NAME) + settings()
                + (mustExist ? ";IFEXISTS=TRUE" : "");
    }

    @Override
    public String serverUrl(String host, int port) {
        return "jdbc:h2:tcp://" + host + ":" + port + "/" + FILE_NAME + settings();
    }

    private static String settings() {
        return ";LOCK_TIMEOUT=" + Database.LOCK_TIMEOUT_MILLIS + ";QUERY_CACHE_SIZE=" + QUERY_CACHE_SIZE;
    }

    @Override
    public boolean databaseExistsIn(Path folder) {
        return Files.exists(folder.resolve(FILE_NAME + ".mv.db"));
    }

    @Override
    public String localUser() {
        return "SA";
    }

    @Override
    public String clientUser() {
        return "STOCKROOM_CLIENT";
    }

    /** H2 writes its store in the background; this forces it out and fsyncs (decision 0004). */
    @Override
    public String syncStatement() {
        return "CHECKPOINT SYNC";
    }

    @Override
    public String backupStatement() {
        return "BACKUP TO ?";
    }

    @Override
    public boolean isLockConflict(SQLException e) {
        return e.getErrorCode() == LOCK_TIMEOUT
                || e.getErrorCode() == DEADLOCK
                || "40001".equals(e.getSQLState())
                || "40P01".equals(e.getSQLState());
    }

    @Override
    public boolean isUniqueViolation(SQLException e) {
        return UNIQUE_VIOLATION_STATE.equals(e.getSQLState());
    }

    @Override
    public OpenFailure openFailure(SQLException e) {
        return switch (e.getErrorCode()) {
            case DATABASE_IN_USE -> OpenFailure.IN_USE;
            case WRONG_PASSWORD -> OpenFailure.WRONG_PASSWORD;
            case CONNECTION_BROKEN -> OpenFailure.UNREACHABLE;
            default -> OpenFailure.OTHER;
        };
    }
}
