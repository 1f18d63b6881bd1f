package org.stockroom.persistence.sitemove;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The rows of one table and a digest of their contents that does not depend on their order: the sum, modulo
 * 2^256, of each row's SHA-256 over its values' engine-independent texts. Row order would need the same collation
 * on both engines, which H2 and PostgreSQL do not share; each row is unique by its key, so a sum loses nothing that
 * a sorted hash would catch.
 */
public record TableFingerprint(String table, long rows, String digest) {

    private static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(256);

    /** Adds rows one at a time. */
    static final class Builder {
        private final String table;
        private final MessageDigest sha;
        private BigInteger sum = BigInteger.ZERO;
        private long rows;

        Builder(String table) {
            this.table = table;
            try {
                this.sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("Every Java has SHA-256", e);
            }
        }

        void add(Object[] values) {
            for (Object value : values) {
                sha.update(PortableValues.canonical(value).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 1); // a separator no value's text holds
            }
            sum = sum.add(new BigInteger(1, sha.digest())).mod(MODULUS);
            rows++;
        }

        TableFingerprint build() {
            return new TableFingerprint(table, rows, String.format("%064x", sum));
        }
    }

    /** The first 12 hex digits, enough for a person to compare two printed lines. */
    public String shortDigest() {
        return digest.substring(0, 12);
    }
}
