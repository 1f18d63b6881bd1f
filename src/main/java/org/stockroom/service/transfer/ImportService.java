package org.stockroom.service.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.function.BooleanSupplier;
import org.stockroom.domain.FieldError;
import org.stockroom.domain.access.Permission;
import org.stockroom.domain.transfer.ImportKind;
import org.stockroom.persistence.Transactions;
import org.stockroom.persistence.transfer.ImportLookups;
import org.stockroom.persistence.transfer.ImportWriter;
import org.stockroom.service.Actor;
import org.stockroom.service.ValidationException;
import org.stockroom.service.access.Access;

/**
 * Imports products, locations and stock from CSV or XLSX. {@link #preview} reads the whole file in a read
 * transaction and writes nothing; {@link #commit} runs the same checks again inside one write transaction (under the
 * write gate, synced like every command) and writes every row or none: the first reject, a cancel, or any failure
 * rolls it back. Only with "good rows only" are rejected rows skipped, and then the rejects file is written first.
 */
public final class ImportService {

    private final Transactions transactions;
    private final Access access;
    private final Clock clock;

    public ImportService(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.access = new Access(transactions);
        this.clock = clock;
    }

    /** What importing would do: nothing is written (the rejects file, if asked for, is). */
    public ImportReport preview(
            Actor by, Path file, ImportOptions options, ImportProgress progress, BooleanSupplier cancelled) {
        requireRights(by, options);
        Path absolute = file.toAbsolutePath();
        ImportReport report =
                new ImportReport(options.kind(), absolute.getFileName().toString());
        check(absolute, keyOf(absolute), options, report, progress, cancelled);
        return report;
    }

    /** The dry run into {@code report}; the rejects by row, which the rejects file (if asked for) now holds. */
    private Verdicts check(
            Path absolute,
            String key,
            ImportOptions options,
            ImportReport report,
            ImportProgress progress,
            BooleanSupplier cancelled) {
        TableSource table = TableSource.open(absolute, options.read());
        Verdicts verdicts = new Verdicts(report, false);
        long started = System.nanoTime();
        transactions.read(session -> session.doReturningWork(connection -> {
            ImportLookups lookups = new ImportLookups(connection);
            if (options.kind() == ImportKind.STOCK && alreadyImported(lookups, options, key, report)) {
                return null;
            }
            new ImportRun(table, options, report, verdicts, lookups, null, report.fileName(), key, progress, cancelled)
                    .run();
            return null;
        }));
        report.took((System.nanoTime() - started) / 1e9);
        if (options.rejectsFile() != null && !verdicts.byRow().isEmpty()) {
            RejectsFile.write(table, report, verdicts.byRow(), options.rejectsFile());
        }
        return verdicts;
    }

    /**
     * Imports the file: all rows or none, unless {@code options.goodRowsOnly()}. A reject found now (the database
     * changed since the preview) rolls everything back and is thrown as a {@link ValidationException} naming it.
     */
    public ImportReport commit(
            Actor by, Path file, ImportOptions options, ImportProgress progress, BooleanSupplier cancelled) {
        requireRights(by, options);
        Path absolute = file.toAbsolutePath();
        String key = keyOf(absolute);
        // Every new reject stops the commit; with "good rows only" the rows the check just rejected (and wrote to
        // the rejects file) are left out before any step sees them, so no part of a rejected row is written.
        ImportReport report =
                new ImportReport(options.kind(), absolute.getFileName().toString());
        Verdicts verdicts = new Verdicts(report, true);
        if (options.goodRowsOnly()) {
            if (options.rejectsFile() == null) {
                throw FileProblem.of("Importing the good rows only needs a rejects file (--rejects FILE) to write"
                        + " the other rows to first");
            }
            ImportReport first = new ImportReport(options.kind(), report.fileName());
            Verdicts checked = check(absolute, key, options, first, ImportProgress.NONE, cancelled);
            if (first.alreadyImported() != null) {
                return first;
            }
            verdicts.leaveOut(checked.byRow());
        }
        TableSource table = TableSource.open(absolute, options.read());
        long started = System.nanoTime();
        try {
            transactions.inStatelessTransaction(session -> session.doReturningWork(connection -> {
                ImportLookups lookups = new ImportLookups(connection);
                if (options.kind() == ImportKind.STOCK && alreadyImported(lookups, options, key, report)) {
                    if (report.rejectCount() > 0) {
                        // imported before in the other mode: refused, not "already imported"
                        throw new Verdicts.NotClean(report.rejects().get(0));
                    }
                    return null;
                }
                try (ImportWriter writer = new ImportWriter(
                        connection, by.name(), by.workstation(), clock.instant().truncatedTo(ChronoUnit.MICROS))) {
                    new ImportRun(
                                    table,
                                    options,
                                    report,
                                    verdicts,
                                    lookups,
                                    writer,
                                    report.fileName(),
                                    key,
                                    progress,
                                    cancelled)
                            .run();
                }
                return null; // an all-or-nothing run has thrown at its first reject (Verdicts)
            }));
        } catch (Verdicts.NotClean notClean) {
            throw new ValidationException(new FieldError(
                    FileProblem.FIELD,
                    "Nothing was imported: " + notClean.first.describe()
                            + " (run the preview again to see every reject)"));
        }
        if (report.alreadyImported() == null) {
            report.written((System.nanoTime() - started) / 1e9);
            if (options.kind() == ImportKind.STOCK && report.tallies().containsKey("stock lines")) {
                report.commandKey(key);
            }
        }
        return report;
    }

    private void requireRights(Actor by, ImportOptions options) {
        switch (options.kind()) {
            case PRODUCTS -> access.require(by, Permission.EDIT_PRODUCT);
            case LOCATIONS -> access.require(by, Permission.EDIT_LOCATION);
            case STOCK -> {
                access.require(by, options.stockMode() == StockMode.COUNT ? Permission.ADJUST : Permission.RECEIVE);
                if (options.createProducts()) {
                    access.require(by, Permission.EDIT_PRODUCT);
                }
                if (options.createLocations()) {
                    access.require(by, Permission.EDIT_LOCATION);
                }
            }
        }
    }

    private static boolean alreadyImported(
            ImportLookups lookups, ImportOptions options, String key, ImportReport report) {
        return lookups.command(key)
                .map(c -> {
                    String when = c.at().truncatedTo(ChronoUnit.SECONDS) + " by " + c.user() + " (key " + key + ")";
                    String mine =
                            ImportIdentity.of(options, report.fileName(), key).text();
                    if (c.text() != null && !c.text().equals(mine)) {
                        String how = c.text().contains("counted") ? "counted quantities" : "opening stock";
                        report.reject(new Reject(
                                1,
                                null,
                                null,
                                "this file was imported " + when + " as " + how
                                        + "; reverse that first (stockroom reverse " + key + ") to import it again"));
                    } else {
                        report.alreadyImported("already imported " + when + "; nothing was done");
                    }
                    report.commandKey(key);
                    return true;
                })
                .orElse(false);
    }

    /** The key of a stock import of this file: its content, not its name, so a renamed copy is the same import. */
    static String keyOf(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return ImportIdentity.keyOf(HexFormat.of()
                    .formatHex(((DigestInputStream) in).getMessageDigest().digest()));
        } catch (java.nio.file.NoSuchFileException e) {
            throw FileProblem.of("No such file: " + file);
        } catch (IOException e) {
            throw FileProblem.of("Cannot read " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
