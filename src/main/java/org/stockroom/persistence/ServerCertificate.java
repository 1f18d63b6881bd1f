package org.stockroom.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The TLS certificate of {@code stockroom serve}: made on first start (an EC P-256 key, self-signed with Bouncy
 * Castle, valid 30 years) and kept in the data folder as {@code serve-tls.p12} with its random store password in
 * {@code serve-tls.pass}, both private. Workstations do not check it against a certificate authority (a site has
 * none); they pin its fingerprint on first connection ({@link PinnedServers}), as SSH does.
 */
public final class ServerCertificate {

    public static final String STORE_FILE = "serve-tls.p12";
    public static final String PASSWORD_FILE = "serve-tls.pass";
    private static final String ALIAS = "stockroom-serve";

    private final Path store;
    private final String password;
    private final X509Certificate certificate;

    private ServerCertificate(Path store, String password, X509Certificate certificate) {
        this.store = store;
        this.password = password;
        this.certificate = certificate;
    }

    /** The folder's certificate, made now if it has none. */
    public static ServerCertificate of(Path dataDirectory) {
        Path store = dataDirectory.resolve(STORE_FILE);
        Path passwordFile = dataDirectory.resolve(PASSWORD_FILE);
        try {
            if (!Files.exists(store)) {
                create(store, passwordFile);
            }
            String password =
                    Files.readString(passwordFile, StandardCharsets.US_ASCII).strip();
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                keys.load(in, password.toCharArray());
            }
            return new ServerCertificate(store, password, (X509Certificate) keys.getCertificate(ALIAS));
        } catch (IOException | GeneralSecurityException e) {
            throw new DatabaseUnavailableException(
                    "Cannot read or make the server's certificate in " + dataDirectory + ": " + e.getMessage(), e);
        }
    }

    private static void create(Path store, Path passwordFile) throws IOException, GeneralSecurityException {
        Files.deleteIfExists(passwordFile);
        LocalKey.create(passwordFile, 24);
        String password =
                Files.readString(passwordFile, StandardCharsets.US_ASCII).strip();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256, new SecureRandom());
        KeyPair pair = generator.generateKeyPair();
        X500Name name = new X500Name("CN=Stockroom server");
        Instant now = Instant.now();
        X509Certificate certificate;
        try {
            certificate = new JcaX509CertificateConverter()
                    .getCertificate(new JcaX509v3CertificateBuilder(
                                    name,
                                    new BigInteger(64, new SecureRandom()),
                                    Date.from(now.minus(Duration.ofDays(1))),
                                    Date.from(now.plus(Duration.ofDays(365L * 30))),
                                    name,
                                    pair.getPublic())
                            .build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
        } catch (org.bouncycastle.operator.OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        keys.setKeyEntry(ALIAS, pair.getPrivate(), password.toCharArray(), new Certificate[] {certificate});
        Path draft = store.resolveSibling(STORE_FILE + ".part");
        Files.deleteIfExists(draft);
        try {
            PrivateFiles.newFile(draft);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        try (OutputStream out = Files.newOutputStream(draft)) {
            keys.store(out, password.toCharArray());
        }
        Files.move(draft, store);
    }

    /**
     * Makes this certificate the one TLS server sockets of this process present (the JDK's default key store, which
     * H2's {@code -tcpSSL} server takes); before anything in the process has used TLS.
     */
    public void presentInThisProcess() {
        System.setProperty("javax.net.ssl.keyStore", store.toString());
        System.setProperty("javax.net.ssl.keyStorePassword", password);
        System.setProperty("javax.net.ssl.keyStoreType", "PKCS12");
    }

    public String fingerprint() {
        return fingerprintOf(certificate);
    }

    /** SHA-256 of the certificate, as "SHA256:" and hex pairs: what both sides show. */
    public static String fingerprintOf(Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return "SHA256:" + HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
