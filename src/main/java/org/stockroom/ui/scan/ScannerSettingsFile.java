package org.stockroom.ui.scan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stockroom.domain.scan.ScannerSettings;
import org.stockroom.service.ReplacedFile;

/**
 * This workstation's scanner settings, in a small properties file of the user's beside the window's own: each PC
 * has its own scanner. A missing or damaged file gives the defaults (said in the log, never a failed start).
 */
public final class ScannerSettingsFile {

    public static final String FILE_NAME = "scanner.properties";
    private static final Logger log = LoggerFactory.getLogger(ScannerSettingsFile.class);

    private final Path file;

    public ScannerSettingsFile(Path file) {
        this.file = file;
    }

    public ScannerSettings load() {
        if (!Files.isReadable(file)) {
            return ScannerSettings.DEFAULTS;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
            ScannerSettings d = ScannerSettings.DEFAULTS;
            return new ScannerSettings(
                    Integer.parseInt(p.getProperty("maxGapMillis", String.valueOf(d.maxGapMillis()))),
                    Integer.parseInt(p.getProperty("minLength", String.valueOf(d.minLength()))),
                    p.getProperty("prefix", d.prefix()),
                    p.getProperty("suffix", d.suffix()),
                    p.getProperty("gsSubstitute", d.gsSubstitute()),
                    Integer.parseInt(p.getProperty("repeatGuardMillis", String.valueOf(d.repeatGuardMillis()))));
        } catch (IOException | IllegalArgumentException e) {
            log.warn("Using the default scanner settings; cannot read {}: {}", file, e.getMessage());
            return ScannerSettings.DEFAULTS;
        }
    }

    /** Whether the Scan page plays its sounds on this workstation (on unless switched off). */
    public boolean soundsOn() {
        return !"false".equals(read().getProperty(SOUNDS));
    }

    public void saveSoundsOn(boolean on) throws IOException {
        Properties p = read();
        p.setProperty(SOUNDS, String.valueOf(on));
        write(p);
    }

    private Properties read() {
        Properties p = new Properties();
        if (Files.isReadable(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            } catch (IOException | IllegalArgumentException e) {
                log.warn("Cannot read {}: {}", file, e.getMessage());
            }
        }
        return p;
    }

    private static final String SOUNDS = "sounds";

    /** Whole or not at all ({@link ReplacedFile}): a failed save leaves the earlier settings. */
    public void save(ScannerSettings settings) throws IOException {
        Properties p = read(); // keeps what else is kept here (the sounds switch)
        p.setProperty("maxGapMillis", String.valueOf(settings.maxGapMillis()));
        p.setProperty("minLength", String.valueOf(settings.minLength()));
        p.setProperty("prefix", settings.prefix());
        p.setProperty("suffix", settings.suffix());
        p.setProperty("gsSubstitute", settings.gsSubstitute());
        p.setProperty("repeatGuardMillis", String.valueOf(settings.repeatGuardMillis()));
        write(p);
    }

    private void write(Properties p) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        ReplacedFile.write(file, out -> p.store(out, "Stockroom: this workstation's barcode scanner"));
    }
}
