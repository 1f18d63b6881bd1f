package org.stockroom.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.stockroom.JavaProcesses;
import org.stockroom.TestBackends;
import org.stockroom.app.Launcher;
import org.stockroom.persistence.DatabaseTarget;
import org.stockroom.persistence.PinnedServers;
import org.stockroom.persistence.ServerCertificate;
import org.stockroom.service.Backend;

/**
 * Issue 24, finding 1: a holder of the server password reaches the tables through {@code serve} and nothing else.
 * The attacks run against a real {@code serve} process; the control runs them against what the old code set up
 * (the client user ADMIN, any database under the folder) and must find them allowed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServedClientRightsTest {

    static final String PASSWORD = "served-client-password";

    @TempDir
    static Path folder;

    Path data;
    Process server;
    int port;
    long productId;
    String announcement;

    @BeforeAll
    void startServe() throws IOException {
        Files.deleteIfExists(PinnedServers.defaultFile()); // pins of an earlier run's servers (the ports recur)
        PinnedServers.trustOnceInThisProcess(PinnedServers.defaultFile());
        data = folder.resolve("data");
        try (Backend backend = Backend.open(data)) {
            productId = TestBackends.product(backend, "SEC-1").id();
            backend.stock().receive(TestBackends.change(productId, "MAIN", 10));
            backend.backups().backUpNow("before-serve");
        }
        port = freePort();
        server = JavaProcesses.java(
                        PASSWORD,
                        Launcher.class.getName(),
                        "serve",
                        "--data-dir",
                        data.toString(),
                        "--port",
                        String.valueOf(port))
                .start();
        announcement =
                new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8)).readLine();
        assertThat(announcement).as("the server announces itself").startsWith("Serving ");
    }

    @AfterAll
    void stopServe() throws InterruptedException {
        if (server != null) {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void theServerPasswordRunsNoCodeReadsNoFileAndGrantsNoRights() throws SQLException {
        try (Connection client = clientConnection("stockroom")) {
            assertThat(ClientAttacks.allowedOn(client))
                    .as("attacks a served client could make")
                    .isEmpty();
            assertThatThrownBy(() -> client.createStatement().execute("SHUTDOWN"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("Admin rights");
        }
    }

    @Test
    void theServerPasswordOpensNoOtherDatabaseThanTheSites() throws IOException {
        String backup;
        try (var files = Files.list(data.resolve("backups"))) {
            backup = files.filter(p -> p.toString().endsWith(".zip"))
                    .findFirst()
                    .orElseThrow()
                    .getFileName()
                    .toString();
        }
        for (String name : new String[] {
            "zip:backups/" + backup + "!/stockroom", "nio:stockroom", "./stockroom", "mem:attack", "attack"
        }) {
            assertThatThrownBy(() -> clientConnection(name).close())
                    .as("opening %s through serve", name)
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    void theServerSpeaksOnlyTlsAndShowsTheFingerprintItPrinted() throws IOException {
        assertThatThrownBy(() -> DriverManager.getConnection(
                                "jdbc:h2:tcp://localhost:" + port + "/stockroom", "STOCKROOM_CLIENT", PASSWORD)
                        .close())
                .as("a plain connection, as before TLS")
                .isInstanceOf(SQLException.class);
        String pinned = Files.readString(PinnedServers.defaultFile());
        assertThat(pinned)
                .as("pinned at the first connection")
                .contains("localhost:" + port + " " + ServerCertificate.of(data).fingerprint());
        assertThat(announcement).contains(ServerCertificate.of(data).fingerprint());
    }

    @Test
    void aWorkstationThatPinnedAnotherCertificateRefusesTheServerAndSaysWhy() throws Exception {
        Path known = folder.resolve("known-servers-of-a-workstation");
        Files.writeString(known, "localhost:" + port + " SHA256:00:11:22\n"); // what it trusted before
        ProcessBuilder client = JavaProcesses.java(
                PASSWORD, Launcher.class.getName(), "stock", "SEC-1", "--server", "localhost:" + port);
        client.environment().put(PinnedServers.FILE_VARIABLE, known.toString());
        client.redirectError(ProcessBuilder.Redirect.PIPE);
        Process run = client.start();
        String err = new String(run.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(run.exitValue()).as(err).isEqualTo(org.stockroom.cli.ExitCodes.DATABASE_UNAVAILABLE);
        assertThat(err).contains("shows another certificate").contains("SHA256:00:11:22");
    }

    @Test
    void nobodyStopsTheServerFromTheNetwork() {
        assertThatThrownBy(() -> Server.shutdownTcpServer("ssl://localhost:" + port, "", true, false))
                .isInstanceOf(SQLException.class);
        assertThat(server.isAlive()).isTrue();
    }

    @Test
    void theApplicationStillWorksWithTableRightsOnly() {
        try (Backend client = Backend.open(new DatabaseTarget.Remote("localhost", port, PASSWORD))) {
            client.stock().receive(TestBackends.change(productId, "MAIN", 5));
            client.stock().issue(TestBackends.change(productId, "MAIN", 3));
            assertThat(client.catalogue().productRow(productId).orElseThrow().onHand())
                    .isEqualTo(12);
            assertThat(client.verifier().verify().consistent()).isTrue();
        }
    }

    /** The control: the same attacks against the old set-up must be found, or the check above proves nothing. */
    @Test
    void theSameAttacksSucceedAgainstTheOldAdminClientUser() throws SQLException, IOException {
        Path old = folder.resolve("old");
        Files.createDirectories(old);
        try (Connection owner = DriverManager.getConnection("jdbc:h2:file:" + old.resolve("stockroom"), "SA", "k");
                Statement s = owner.createStatement()) {
            s.execute("CREATE TABLE product(id INT)");
            s.execute("CREATE TABLE movement(id INT)");
            s.execute("CREATE USER STOCKROOM_CLIENT PASSWORD '" + PASSWORD + "' ADMIN"); // what Database did
            int oldPort = freePort();
            Server oldServe = Server.createTcpServer(
                            "-tcpPort", "" + oldPort, "-tcpAllowOthers", "-ifExists", "-baseDir", old.toString())
                    .start();
            try (Connection client = DriverManager.getConnection(
                    "jdbc:h2:tcp://localhost:" + oldPort + "/stockroom", "STOCKROOM_CLIENT", PASSWORD)) {
                assertThat(ClientAttacks.allowedOn(client).keySet())
                        .as("the old client user")
                        .contains(
                                ClientAttacks.STATEMENTS.keySet().iterator().next(),
                                "SELECT FILE_READ('/etc/hostname')");
                assertThatCode(() -> DriverManager.getConnection(
                                        "jdbc:h2:tcp://localhost:" + oldPort + "/nio:stockroom",
                                        "STOCKROOM_CLIENT",
                                        PASSWORD)
                                .close())
                        .as("the old server opened any file name under its folder")
                        .doesNotThrowAnyException();
            } finally {
                oldServe.stop();
            }
        }
    }

    private Connection clientConnection(String database) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:h2:ssl://localhost:" + port + "/" + database, "STOCKROOM_CLIENT", PASSWORD);
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }
}
