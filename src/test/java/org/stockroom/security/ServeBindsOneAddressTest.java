package org.stockroom.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockroom.JavaProcesses;
import org.stockroom.app.Launcher;

/** Issue 24: {@code serve --bind 127.0.0.1} listens there and on no other address of the PC. */
class ServeBindsOneAddressTest {

    @TempDir
    Path folder;

    @Test
    void aServerBoundToLoopbackCannotBeReachedOnThePcsOtherAddress() throws Exception {
        java.util.Optional<InetAddress> found = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
                .findFirst();
        org.junit.jupiter.api.Assumptions.assumeTrue(
                found.isPresent(), "this machine has no address besides loopback to test with");
        InetAddress other = found.get();
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Process server = JavaProcesses.java(
                        "bind-test-password",
                        Launcher.class.getName(),
                        "serve",
                        "--data-dir",
                        folder.resolve("data").toString(),
                        "--port",
                        String.valueOf(port),
                        "--bind",
                        "127.0.0.1")
                .start();
        try {
            String line = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            assertThat(line).startsWith("Serving ").contains("127.0.0.1");
            assertThat(reachable(InetAddress.getLoopbackAddress(), port)).isTrue();
            assertThat(reachable(other, port)).as("on %s", other).isFalse();
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static boolean reachable(InetAddress address, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(address, port), 2_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
