package org.stockroom.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Trust on first use, as SSH does: the first time this workstation reaches a {@code serve} at HOST:PORT it keeps
 * the certificate's fingerprint in its known-servers file (one line per server: {@code HOST:PORT SHA256:...}) and
 * says so; after that a different certificate is refused with a message that names both fingerprints and the file.
 */
public final class PinnedServers extends X509ExtendedTrustManager {

    /** The file's location for a test or a site that keeps it elsewhere (else the per-user data folder's). */
    public static final String FILE_PROPERTY = "stockroom.knownServers";

    public static final String FILE_VARIABLE = "STOCKROOM_KNOWN_SERVERS";

    /**
     * Whether this process's TLS trust is set. Static, unlike everything else here, because what it guards is: the
     * JDK keeps one default TLS context per process, and its socket factory is made once, at first use.
     */
    private static boolean trusting;

    private final Path file;
    private final Consumer<String> onFirstTrust;

    public PinnedServers(Path file, Consumer<String> onFirstTrust) {
        this.file = file.toAbsolutePath();
        this.onFirstTrust = onFirstTrust;
    }

    /** The known-servers file of this user (or the one the property or variable names). */
    public static Path defaultFile() {
        String chosen = System.getProperty(FILE_PROPERTY, System.getenv(FILE_VARIABLE));
        return chosen != null && !chosen.isBlank()
                ? Path.of(chosen)
                : DataDirectory.userDefault().resolve("known-servers");
    }

    /** The trust of this process, set from {@code file} by the first caller; later calls change nothing. */
    public static void trustOnceInThisProcess(Path file) {
        trustOnceInThisProcess(file, message -> {});
    }

    /** The same; {@code alsoTell} hears of a first connection too (the window shows it). */
    public static synchronized void trustOnceInThisProcess(Path file, Consumer<String> alsoTell) {
        if (!trusting) {
            // On stderr, once per new server: where a person running a command or 'serve' looks, never stdout.
            new PinnedServers(file, message -> {
                        System.err.println("stockroom: " + message);
                        System.err.flush();
                        alsoTell.accept(message);
                    })
                    .trustInThisProcess();
            trusting = true;
        }
    }

    /**
     * Makes this the trust of every TLS connection this process opens (H2's {@code ssl://} client takes the JDK's
     * default context: there is no other way to hand it one). The process's only TLS is to {@code serve}.
     */
    public void trustInThisProcess() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {this}, null);
            SSLContext.setDefault(context);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS is in every Java", e);
        }
    }

    /** Checks (or, the first time, pins) the certificate {@code server} ("HOST:PORT") shows. */
    public synchronized void check(String server, X509Certificate certificate) throws CertificateException {
        String seen = ServerCertificate.fingerprintOf(certificate);
        Optional<String> pinned = pinnedFor(server);
        if (pinned.isEmpty()) {
            pin(server, seen);
            onFirstTrust.accept("First connection to the Stockroom server at " + server + ": its certificate is "
                    + seen + ". Check that 'stockroom serve' showed the same; it is trusted from now on (" + file
                    + ").");
        } else if (!pinned.get().equals(seen)) {
            throw new CertificateException("The server at " + server + " shows another certificate (" + seen
                    + ") than the one this workstation trusts (" + pinned.get() + "): it may not be your Stockroom"
                    + " server. If the server was set up again, remove its line from " + file + " and connect again");
        }
    }

    private Optional<String> pinnedFor(String server) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(String::strip)
                    .filter(line -> line.startsWith(server + " "))
                    .map(line -> line.substring(server.length() + 1).strip())
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the known servers in " + file, e);
        }
    }

    private void pin(String server, String fingerprint) throws CertificateException {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(
                    file,
                    server + " " + fingerprint + System.lineSeparator(),
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new CertificateException("Cannot keep the server's certificate in " + file + ": " + e.getMessage());
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        check(serverOf(socket), chain[0]);
    }

    private static String serverOf(Socket socket) throws CertificateException {
        if (socket != null && socket.getRemoteSocketAddress() instanceof InetSocketAddress address) {
            return address.getHostString() + ":" + address.getPort();
        }
        throw new CertificateException("Cannot tell which server this is");
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        check(engine.getPeerHost() + ":" + engine.getPeerPort(), chain[0]);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("A server's certificate is checked with its address");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        throw new CertificateException("Workstations present no certificate");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        throw new CertificateException("Workstations present no certificate");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("Workstations present no certificate");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
