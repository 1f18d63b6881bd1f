package org.stockroom.service.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 of a badge code or a script token: what the database keeps so the code finds its user without the
 * code itself being stored. Fast on purpose (a lookup key, not a password hash): a token is 256 random bits, and a
 * badge is a thing one carries (docs/ROLES.md says what a stolen database file means for badges).
 */
final class LookupKey {

    private LookupKey() {}

    static String of(String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
