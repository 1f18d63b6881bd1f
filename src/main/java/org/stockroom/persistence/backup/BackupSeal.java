package org.stockroom.persistence.backup;

import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.subtle.AesGcmHkdfStreaming;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import org.stockroom.persistence.BackupKey;

/**
 * Seals a backup's contents with the site's {@link BackupKey}: Tink's streaming AES-256-GCM (HKDF-SHA256 per
 * stream, 1 MiB segments, each authenticated; a cut, reordered or changed segment fails). Streaming, because a
 * backup at a million SKUs is gigabytes and plain GCM would hold all of it in memory to check the tag.
 */
final class BackupSeal {

    /** Bound to every sealed stream: a sealed thing of another kind or version is not taken for a backup. */
    private static final byte[] ASSOCIATED_DATA = "stockroom-backup-v1".getBytes(StandardCharsets.US_ASCII);

    private static final int SEGMENT_BYTES = 1 << 20;

    private final StreamingAead aead;

    BackupSeal(BackupKey key) {
        try {
            this.aead = new AesGcmHkdfStreaming(key.bytes(), "HmacSha256", 32, SEGMENT_BYTES, 0);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM is in every Java", e);
        }
    }

    OutputStream sealing(OutputStream ciphertext) throws IOException {
        try {
            return aead.newEncryptingStream(ciphertext, ASSOCIATED_DATA);
        } catch (GeneralSecurityException e) {
            throw new IOException("Cannot seal the backup: " + e.getMessage(), e);
        }
    }

    /** Reading it throws an IOException at the first segment that does not authenticate (wrong key, damage). */
    InputStream opening(InputStream ciphertext) throws IOException {
        try {
            return aead.newDecryptingStream(ciphertext, ASSOCIATED_DATA);
        } catch (GeneralSecurityException e) {
            throw new IOException("Cannot open the sealed backup: " + e.getMessage(), e);
        }
    }
}
