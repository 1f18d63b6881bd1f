package org.stockroom.persistence;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * The log file a window or {@code serve} keeps in its data folder ({@code logs/stockroom.log}, in a folder only the
 * user can read): logback's rolling appender, one file a day, a week kept, at most 10 MB a file and 50 MB in all.
 * INFO and up, so unexpected failures are there with their stack traces for whoever looks after the PC.
 */
public final class LogFile {

    public static final String FILE_NAME = "stockroom.log";
    private static final String APPENDER = "STOCKROOM_FILE";

    private LogFile() {}

    /** Starts writing to {@code dataDirectory}/logs (once per process; a second call for the same folder is a no-op). */
    public static Path into(Path dataDirectory) {
        PrivateFiles.folder(dataDirectory.toAbsolutePath()); // a new data folder is private from the start
        Path folder = PrivateFiles.folder(dataDirectory.toAbsolutePath().resolve("logs"));
        Path file = folder.resolve(FILE_NAME);
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return file; // another SLF4J binding (not in this build): nothing to configure
        }
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        var existing = root.getAppender(APPENDER);
        if (existing != null) {
            existing.stop();
            root.detachAppender(existing);
        }
        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName(APPENDER);
        appender.setFile(file.toString());
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(context);
        policy.setParent(appender);
        policy.setFileNamePattern(
                folder.resolve("stockroom.%d{yyyy-MM-dd}.%i.log").toString());
        policy.setMaxHistory(7);
        policy.setMaxFileSize(FileSize.valueOf("10MB"));
        policy.setTotalSizeCap(FileSize.valueOf("50MB"));
        policy.start();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n");
        encoder.start();
        appender.setRollingPolicy(policy);
        appender.setEncoder(encoder);
        appender.start();
        root.addAppender(appender);
        // The file takes INFO from Stockroom itself; the console (stderr) stays at WARN for the command line.
        context.getLogger("org.stockroom").setLevel(Level.INFO);
        var console = root.getAppender("STDERR");
        if (console != null && console.getCopyOfAttachedFiltersList().isEmpty()) {
            ch.qos.logback.classic.filter.ThresholdFilter warn = new ch.qos.logback.classic.filter.ThresholdFilter();
            warn.setLevel("WARN");
            warn.start();
            console.addFilter(warn);
        }
        return file;
    }
}
