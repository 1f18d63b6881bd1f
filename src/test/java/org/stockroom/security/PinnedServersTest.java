package org.stockroom.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockroom.persistence.PinnedServers;
import org.stockroom.persistence.ServerCertificate;

/**
 * Issue 24: a workstation trusts a server's certificate on first connection, shows its fingerprint, and refuses a
 * changed one afterwards, naming both fingerprints and the file to edit if the change was real.
 */
class PinnedServersTest {

    @TempDir
    Path folder;

    @Test
    void theFirstCertificateIsPinnedAndShownAndAChangedOneIsRefused() throws Exception {
        X509Certificate real = certificateOf(folder.resolve("real"));
        X509Certificate impostor = certificateOf(folder.resolve("impostor"));
        Path known = folder.resolve("known-servers");
        List<String> told = new ArrayList<>();
        PinnedServers pins = new PinnedServers(known, told::add);

        pins.check("stock-pc:9092", real);
        pins.check("stock-pc:9092", real);

        assertThat(told).hasSize(1);
        assertThat(told.get(0)).contains(ServerCertificate.fingerprintOf(real));
        assertThatThrownBy(() -> pins.check("stock-pc:9092", impostor))
                .isInstanceOf(CertificateException.class)
                .hasMessageContaining("shows another certificate (" + ServerCertificate.fingerprintOf(impostor))
                .hasMessageContaining("trusts (" + ServerCertificate.fingerprintOf(real))
                .hasMessageContaining(known.toString());
        pins.check("other-pc:9092", impostor); // another server: its own first use
        assertThat(Files.readAllLines(known)).hasSize(2);
    }

    @Test
    void aServersCertificateIsMadeOnceAndKeptPrivately() throws IOException {
        Path data = folder.resolve("data");
        Files.createDirectories(data);
        String first = ServerCertificate.of(data).fingerprint();

        assertThat(ServerCertificate.of(data).fingerprint())
                .as("the same on every start")
                .isEqualTo(first);
        assertThat(Files.getPosixFilePermissions(data.resolve(ServerCertificate.STORE_FILE)))
                .hasSize(2); // rw------- : owner read and write only
        assertThat(Files.getPosixFilePermissions(data.resolve(ServerCertificate.PASSWORD_FILE)))
                .hasSize(2);
    }

    private static X509Certificate certificateOf(Path data) throws Exception {
        Files.createDirectories(data);
        ServerCertificate.of(data);
        KeyStore store = KeyStore.getInstance("PKCS12");
        String password =
                Files.readString(data.resolve(ServerCertificate.PASSWORD_FILE)).strip();
        try (InputStream in = Files.newInputStream(data.resolve(ServerCertificate.STORE_FILE))) {
            store.load(in, password.toCharArray());
        }
        return (X509Certificate) store.getCertificate(store.aliases().nextElement());
    }
}
