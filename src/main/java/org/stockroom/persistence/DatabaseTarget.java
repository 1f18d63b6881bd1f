package org.stockroom.persistence;

import java.nio.file.Path;

/**
 * Where the database is: a data folder on this machine, a {@code stockroom serve} on the network, or a PostgreSQL
 * database.
 */
public sealed interface DatabaseTarget {

    String jdbcUrl();

    /** The database engine's particulars: H2 for a data folder and for serve. */
    default Dialect dialect() {
        return new H2Dialect();
    }

    String user();

    String password();

    /** For messages: which database this is, in words a user recognises. */
    String describe();

    /** When a write is reported as saved; a client of {@code serve} always waits for the server's disk. */
    Durability durability();

    /** True if other processes write the same database (through {@code stockroom serve}). */
    boolean shared();

    /** The embedded file database in a data folder, protected by the folder's own key. */
    record Local(Path directory, Durability durability) implements DatabaseTarget {

        public Local {
            directory = directory.toAbsolutePath().normalize();
        }

        public Local(Path directory) {
            this(directory, Durability.SYNCED);
        }

        @Override
        public boolean shared() {
            return false;
        }

        @Override
        public String jdbcUrl() {
            return dialect().localUrl(directory, false, durability);
        }

        @Override
        public String user() {
            return dialect().localUser();
        }

        @Override
        public String password() {
            return LocalKey.of(directory);
        }

        @Override
        public String describe() {
            return directory.toString();
        }
    }

    /** When a write is reported as saved. */
    enum Durability {
        /**
         * The default: only once it is on disk. Each write transaction ends with a {@code CHECKPOINT SYNC} while
         * it still holds the write gate, and H2 stores nothing in the background, so a killed process or a power
         * cut loses nothing that was acknowledged and finds no transaction in part.
         */
        SYNCED(true),
        /**
         * At commit, before it reaches the disk: faster, but a crash, a kill or a power cut loses what was
         * acknowledged in the last second or so (measured: 7-208 commits per kill), and H2's background store
         * can leave a transaction that was running at the kill in part. Only on explicit request (benchmarks).
         */
        MAY_LOSE_LAST_SECOND(false);

        private final boolean syncs;

        Durability(boolean syncs) {
            this.syncs = syncs;
        }

        public boolean syncs() {
            return syncs;
        }

        /** The name on the command line: {@code synced}, {@code may-lose-last-second}. */
        public String optionName() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        /** Parses {@link #optionName()}; a bad value is an error naming the ones that exist. */
        public static Durability parse(String text) {
            for (Durability d : values()) {
                if (d.optionName().equals(text.strip())) {
                    return d;
                }
            }
            throw new IllegalArgumentException(
                    "The durability must be synced or may-lose-last-second, not '" + text + "'");
        }
    }

    /** A database hosted by {@code stockroom serve} on host:port. */
    record Remote(String host, int port, String password) implements DatabaseTarget {

        @Override
        public String jdbcUrl() {
            return dialect().serverUrl(host, port);
        }

        @Override
        public String user() {
            return dialect().clientUser();
        }

        @Override
        public Durability durability() {
            return Durability.SYNCED;
        }

        @Override
        public boolean shared() {
            return true;
        }

        @Override
        public String describe() {
            return "the Stockroom server at " + host + ":" + port;
        }

        /** Parses {@code HOST:PORT}; a bad value is a clear error naming it. */
        public static Remote parse(String hostAndPort, String password) {
            int colon = hostAndPort.lastIndexOf(':');
            if (colon <= 0 || colon == hostAndPort.length() - 1) {
                throw new IllegalArgumentException("The server address must be HOST:PORT, not '" + hostAndPort + "'");
            }
            int port;
            try {
                port = Integer.parseInt(hostAndPort.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        "The server's port must be a number, not '" + hostAndPort.substring(colon + 1) + "'");
            }
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("The server's port must be 1-65535, not " + port);
            }
            return new Remote(hostAndPort.substring(0, colon), port, password);
        }
    }

    /**
     * A database on a PostgreSQL server (issue 27, in progress): the schema is Stockroom's, migrated on open; every
     * commit is on the server's disk when acknowledged; other workstations write it too.
     */
    record Postgres(String jdbcUrl, String user, String password) implements DatabaseTarget {

        @Override
        public Dialect dialect() {
            return new PostgresDialect();
        }

        @Override
        public Durability durability() {
            return Durability.SYNCED;
        }

        @Override
        public boolean shared() {
            return true;
        }

        @Override
        public String describe() {
            // The URL without its parameters: a password given in one never reaches a message.
            int parameters = jdbcUrl.indexOf('?');
            String where = parameters < 0 ? jdbcUrl : jdbcUrl.substring(0, parameters);
            return "the PostgreSQL database " + where.replaceFirst("^jdbc:postgresql://", "");
        }

        @Override
        public String toString() {
            return "Postgres[" + describe() + ", user " + user + "]";
        }
    }
}
