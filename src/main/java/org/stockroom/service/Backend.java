package org.stockroom.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.stockroom.persistence.BackupKey;
import org.stockroom.persistence.Database;
import org.stockroom.persistence.DatabaseTarget;
import org.stockroom.persistence.OpenSteps;
import org.stockroom.persistence.backup.BackupFiles;
import org.stockroom.persistence.backup.OnlineBackup;
import org.stockroom.persistence.location.LocationRepository;
import org.stockroom.persistence.stock.StockLevelRepository;
import org.stockroom.service.access.AdministratorRecovery;
import org.stockroom.service.access.SecretHasher;
import org.stockroom.service.access.TokenService;
import org.stockroom.service.access.UserService;
import org.stockroom.service.audit.AuditTrail;
import org.stockroom.service.backup.BackupService;
import org.stockroom.service.catalogue.CatalogueQueries;
import org.stockroom.service.catalogue.ProductCatalogue;
import org.stockroom.service.count.CountSessionService;
import org.stockroom.service.ledger.LedgerAudit;
import org.stockroom.service.ledger.LedgerQueries;
import org.stockroom.service.ledger.LedgerVerifier;
import org.stockroom.service.ledger.MovementJournal;
import org.stockroom.service.location.LocationService;
import org.stockroom.service.product.ProductService;
import org.stockroom.service.product.SampleCatalogue;
import org.stockroom.service.reason.ReasonCodes;
import org.stockroom.service.reservation.ExpiryScheduler;
import org.stockroom.service.reservation.ReservationService;
import org.stockroom.service.settings.SiteSettings;
import org.stockroom.service.stock.ReversalService;
import org.stockroom.service.stock.StockService;
import org.stockroom.service.transfer.ImportService;
import org.stockroom.service.transfer.MovementExport;
import org.stockroom.service.transfer.ProductExport;
import org.stockroom.service.transfer.ProductListExport;
import org.stockroom.service.transfer.StockExport;

/**
 * Everything below the UI, wired once: the database and the services over it. The GUI's composition root
 * and the command line both build exactly one of these and close it when they are done.
 */
public final class Backend implements AutoCloseable {

    private final Database database;
    private final ProductService products;
    private final StockService stock;
    private final CatalogueQueries catalogue;
    private final LedgerQueries ledger;
    private final LedgerVerifier verifier;
    private final SampleCatalogue sampleCatalogue;
    private final LocationService locationService;
    private final ReservationService reservations;
    private final RetryPolicy retry;
    private final ProductCatalogue productCatalogue;
    private final UserService users;
    private final AdministratorRecovery recovery;
    private final TokenService tokens;
    private final SiteSettings settings;
    private final AuditTrail auditTrail;
    private final CountSessionService countSessions;
    private final ReasonCodes reasonCodes;
    private final ReversalService reversals;
    private final MovementJournal journal;
    private final ImportService imports;

    private final Clock clock;
    private static final Duration EXPIRY_EVERY = Duration.ofMinutes(1);
    private ExpiryScheduler expiry;
    private static final Duration COMPACT_EVERY = Duration.ofSeconds(20);
    private final StoreCompaction compaction;

    private Backend(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        LocationRepository locations = new LocationRepository(database.transactions());
        locations.rememberAll();
        StockLevelRepository levels = new StockLevelRepository(database.transactions());
        this.ledger = new LedgerQueries(database.transactions(), locations);
        this.products = new ProductService(database.transactions(), clock);
        this.retry = RetryPolicy.standard();
        this.stock = new StockService(database.transactions(), levels, locations, ledger, retry, clock);
        this.catalogue = new CatalogueQueries(database.transactions());
        this.productCatalogue = new ProductCatalogue(
                database.transactions(), locations, database.target().dialect());
        this.reservations = new ReservationService(database.transactions(), levels, locations, retry, clock);
        this.verifier = new LedgerVerifier(database.dataSource());
        this.locationService = new LocationService(database.transactions(), locations);
        this.sampleCatalogue = new SampleCatalogue(products, stock, locationService, catalogue);
        this.compaction = new StoreCompaction(database, COMPACT_EVERY);
        this.users = new UserService(database.transactions(), new SecretHasher(SecretHasher.COST), clock);
        this.recovery = new AdministratorRecovery(database.transactions(), new SecretHasher(SecretHasher.COST), clock);
        this.tokens = new TokenService(database.transactions(), clock);
        this.settings = new SiteSettings(database.transactions());
        this.auditTrail = new AuditTrail(database.transactions());
        this.countSessions = new CountSessionService(database.transactions(), levels, locations, settings, clock);
        this.reasonCodes = new ReasonCodes(database.transactions());
        this.journal = new MovementJournal(database.transactions());
        this.reversals = new ReversalService(database.transactions(), levels, locations, ledger, settings, clock);
        this.imports = new ImportService(database.transactions(), clock);
    }

    public static Backend open(Path dataDirectory) {
        return open(new DatabaseTarget.Local(dataDirectory));
    }

    public static Backend open(DatabaseTarget target) {
        return open(target, Database.Options.STANDARD);
    }

    /** The services over a database opened with particular options (serve, the rollback test's control). */
    public static Backend open(DatabaseTarget target, Database.Options options) {
        return open(target, options, Clock.systemUTC(), OpenSteps.NONE);
    }

    /** With a given clock: tests move time forward to expire reservations. */
    public static Backend open(DatabaseTarget target, Clock clock) {
        return open(target, Database.Options.STANDARD, clock, OpenSteps.NONE);
    }

    /** The window's open: the same, saying each step as it begins (the loading pane shows it, the report times it). */
    public static Backend open(DatabaseTarget target, OpenSteps steps) {
        return open(target, Database.Options.STANDARD, Clock.systemUTC(), steps);
    }

    private static Backend open(DatabaseTarget target, Database.Options options, Clock clock, OpenSteps steps) {
        // An existing database is backed up (and the backup verified) before its schema is upgraded.
        return new Backend(
                Database.open(
                        target,
                        options,
                        (source, dir) -> {
                            BackupFiles files = new BackupFiles(target.dialect(), BackupKey.of(dir));
                            new BackupService(
                                            OnlineBackup.beforeAnyWriter(source, files),
                                            files,
                                            dir,
                                            clock,
                                            VersionInfo.version())
                                    .backUpNow("before-upgrade");
                        },
                        steps),
                clock);
    }

    /** Backups of this data folder's database; a client of {@code serve} leaves them to the server. */
    public BackupService backups() {
        if (!(database.target() instanceof DatabaseTarget.Local local)) {
            throw new IllegalArgumentException(
                    database.target() instanceof DatabaseTarget.Postgres
                            ? "Stockroom does not back up a PostgreSQL database: the server's own tools do (pg_dump for a"
                                    + " copy, continuous archiving to restore any moment; see docs/DEPLOYMENT.md)"
                            : "Backups are made where the database file is: run 'stockroom backup' on the PC that runs"
                                    + " 'stockroom serve' (which also backs up daily by itself)");
        }
        BackupFiles files = new BackupFiles(local.dialect(), BackupKey.of(local.directory()));
        return new BackupService(
                OnlineBackup.besideWriters(database.dataSource(), database.transactions(), files),
                files,
                local.directory(),
                clock,
                VersionInfo.version());
    }

    public Database database() {
        return database;
    }

    public UserService users() {
        return users;
    }

    /** For the command line's {@code user recover} on a local data folder only. */
    public AdministratorRecovery recovery() {
        return recovery;
    }

    public TokenService tokens() {
        return tokens;
    }

    public SiteSettings settings() {
        return settings;
    }

    public AuditTrail auditTrail() {
        return auditTrail;
    }

    public ProductService products() {
        return products;
    }

    public CountSessionService countSessions() {
        return countSessions;
    }

    public MovementJournal journal() {
        return journal;
    }

    public StockExport stockExport() {
        return new StockExport(database.transactions(), database.target().dialect());
    }

    public ProductListExport productListExport() {
        return new ProductListExport(productCatalogue());
    }

    public MovementExport movementExport() {
        return new MovementExport(journal());
    }

    public ProductExport productExport() {
        return new ProductExport(database.transactions(), database.target().dialect());
    }

    public ImportService imports() {
        return imports;
    }

    public ReversalService reversals() {
        return reversals;
    }

    public ReasonCodes reasonCodes() {
        return reasonCodes;
    }

    public StockService stock() {
        return stock;
    }

    public CatalogueQueries catalogue() {
        return catalogue;
    }

    /** The product list: paged, sorted and filtered in the database. */
    public ProductCatalogue productCatalogue() {
        return productCatalogue;
    }

    public LedgerQueries ledger() {
        return ledger;
    }

    /** The ledger verifier as a one-line audit (the window's status bar, serve's daily check). */
    public LedgerAudit audit() {
        return new LedgerAudit(verifier, clock);
    }

    public LedgerVerifier verifier() {
        return verifier;
    }

    public ReservationService reservations() {
        return reservations;
    }

    /** Attempts and successes of stock commands, for the benchmark. */
    public RetryPolicy retryPolicy() {
        return retry;
    }

    public LocationService locations() {
        return locationService;
    }

    public SampleCatalogue sampleCatalogue() {
        return sampleCatalogue;
    }

    /**
     * For a process that keeps the database open (the window, {@code serve}): releases expired reservations now
     * and then every minute, until {@link #close()}. Calling it again changes nothing. A one-shot command
     * instead calls {@code reservations().expireDue()} once.
     */
    public synchronized void startReservationExpiry() {
        if (expiry == null) {
            expiry = new ExpiryScheduler(reservations, EXPIRY_EVERY).start();
        }
    }

    /** Stops the background work this backend started (a run in progress finishes), then closes the database. */
    @Override
    public void close() {
        synchronized (this) {
            if (expiry != null) {
                expiry.close();
                expiry = null;
            }
        }
        compaction.close();
        database.close();
    }
}
