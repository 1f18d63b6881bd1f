package org.stockroom.persistence;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Reads {@code --database}: {@code postgresql://[USER@]HOST[:PORT]/DATABASE[?PARAMETERS]}, or the same as a JDBC URL
 * ({@code jdbc:postgresql://...}). The user defaults to {@code stockroom}; a password is never part of the address
 * (a command line is visible to every user of the machine): it comes from a file or the environment.
 */
public final class PostgresAddress {

    public static final String DEFAULT_USER = "stockroom";
    private static final int DEFAULT_PORT = 5432;
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_$-]{0,62}");

    private PostgresAddress() {}

    /** The target {@code text} names, its password asked of {@code password} only once the address is valid. */
    public static DatabaseTarget.Postgres parse(String text, Supplier<String> password) {
        String address = text.strip();
        if (address.startsWith("jdbc:")) {
            address = address.substring("jdbc:".length());
        }
        if (!address.toLowerCase(Locale.ROOT).startsWith("postgresql://")) {
            throw invalid(text, "it must start with postgresql://");
        }
        URI uri;
        try {
            uri = new URI(address);
        } catch (URISyntaxException e) {
            throw invalid(text, e.getReason());
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw invalid(text, "it names no host");
        }
        if (uri.getRawUserInfo() != null && uri.getRawUserInfo().contains(":")) {
            throw invalid(
                    text,
                    "a password does not belong in the address (it would show in process lists and settings):"
                            + " put it in a password file or $STOCKROOM_DATABASE_PASSWORD");
        }
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        if (query.toLowerCase(Locale.ROOT).matches("(^|.*&)(password|user)=.*")) {
            throw invalid(text, "give the user before the host and the password in a file, not as parameters");
        }
        String database = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (!NAME.matcher(database).matches()) {
            throw invalid(
                    text,
                    database.isEmpty()
                            ? "it names no database (…/DATABASE)"
                            : "'" + database + "' is not a database name");
        }
        int port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
        if (port > 65535) {
            throw invalid(text, "the port must be 1-65535");
        }
        String user = uri.getUserInfo() == null ? DEFAULT_USER : uri.getUserInfo();
        if (!NAME.matcher(user).matches()) {
            throw invalid(text, "'" + user + "' is not a user name");
        }
        String host = uri.getHost().contains(":") ? "[" + uri.getHost() + "]" : uri.getHost();
        String jdbcUrl =
                "jdbc:postgresql://" + host + ":" + port + "/" + database + (query.isEmpty() ? "" : "?" + query);
        return new DatabaseTarget.Postgres(jdbcUrl, user, password.get());
    }

    private static IllegalArgumentException invalid(String text, String why) {
        // The text may hold a password (that is one of the refusals): the message shows neither place it could be.
        String shown = text.replaceFirst("//[^@/]*@", "//USER@").replaceAll("(?i)(password=)[^&]*", "$1...");
        return new IllegalArgumentException("--database '" + shown + "' is not a PostgreSQL address: " + why);
    }
}
