package org.stockroom.service.access;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Slow, salted hashes of passwords and PINs (BCrypt from Spring Security Crypto; nothing hand-rolled). The cost
 * is a parameter so that tests, which hash hundreds of times, need not wait ~80 ms per hash as a sign-in does.
 */
public final class SecretHasher {

    /** BCrypt's work factor for real use: 2^10 rounds. */
    public static final int COST = 10;

    private final BCryptPasswordEncoder encoder;

    public SecretHasher(int cost) {
        this.encoder = new BCryptPasswordEncoder(cost);
    }

    public String hash(String secret) {
        return encoder.encode(secret);
    }

    public boolean matches(String secret, String hash) {
        return hash != null && secret != null && encoder.matches(secret, hash);
    }
}
