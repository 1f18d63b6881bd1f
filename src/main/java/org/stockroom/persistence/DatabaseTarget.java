package org.stockroom.persistence;

import java.nio.file.Path;

/** Where the database is: a data folder on this machine, or a {@code stockroom serve} on the network. */
public sealed interface DatabaseTarget {

    String jdbcUrl();

    String user();

    String password();

    /** For messages: which database this is, in words a user recognises. */
    String describe();

    /** The embedded file database in a data folder, protected by the folder's own key. */
    record Local(Path directory, Durability durability) implements DatabaseTarget {

        public Local {
            directory = directory.toAbsolutePath().normalize();
        }

        public Local(Path directory) {
            this(directory, Durability.DEFAULT);
        }

        @Override
        public String jdbcUrl() {
            return Database.jdbcUrl(directory, false) + durability.urlSetting();
        }

        @Override
        public String user() {
            return "SA";
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

    /** How soon a commit reaches the file. */
    enum Durability {
        /** H2's default: the store is written in the background, at most about a second after a commit. */
        DEFAULT(""),
        /** {@code WRITE_DELAY=0}: H2 writes the store as part of every commit. */
        EVERY_COMMIT(";WRITE_DELAY=0");

        private final String urlSetting;

        Durability(String urlSetting) {
            this.urlSetting = urlSetting;
        }

        String urlSetting() {
            return urlSetting;
        }
    }

    /** A database hosted by {@code stockroom serve} on host:port. */
    record Remote(String host, int port, String password) implements DatabaseTarget {

        /** The database user {@code stockroom serve} creates for its clients. */
        public static final String USER = "STOCKROOM_CLIENT";

        @Override
        public String jdbcUrl() {
            return "jdbc:h2:tcp://" + host + ":" + port + "/" + Database.FILE_NAME
                    + ";LOCK_TIMEOUT=" + Database.LOCK_TIMEOUT_MILLIS + ";QUERY_CACHE_SIZE=" + Database.QUERY_CACHE_SIZE;
        }

        @Override
        public String user() {
            return USER;
        }

        @Override
        public String describe() {
            return "the Stockroom server at " + host + ":" + port;
        }

        /** Parses {@code HOST:PORT}; a bad value is a clear error naming it. */
        public static Remote parse(String hostAndPort, String password) {
            int colon = hostAndPort.lastIndexOf(':');
            if (colon <= 0 || colon == hostAndPort.length() - 1) {
                throw new IllegalArgumentException("--server must be HOST:PORT, not '" + hostAndPort + "'");
            }
            int port;
            try {
                port = Integer.parseInt(hostAndPort.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--server port must be a number, not '"
                        + hostAndPort.substring(colon + 1) + "'");
            }
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("--server port must be 1-65535, not " + port);
            }
            return new Remote(hostAndPort.substring(0, colon), port, password);
        }
    }
}
