package org.stockroom.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version Maven stamped into {@code stockroom-version.properties} at build time. */
public final class VersionInfo implements IVersionProvider {

    public static String version() {
        try (InputStream in = VersionInfo.class.getResourceAsStream("/stockroom-version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Stockroom " + version()};
    }
}
