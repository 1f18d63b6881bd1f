package org.stockroom.app;

import java.time.ZoneId;
import java.util.List;
import org.stockroom.domain.access.Permission;
import org.stockroom.service.Backend;
import org.stockroom.service.stock.CommandKeys;
import org.stockroom.ui.DialogService;
import org.stockroom.ui.TaskExecutor;
import org.stockroom.ui.access.SignedInUser;
import org.stockroom.ui.admin.AdministrationView;
import org.stockroom.ui.admin.AdministrationViewModel;
import org.stockroom.ui.admin.ReasonCodesView;
import org.stockroom.ui.admin.ReasonCodesViewModel;
import org.stockroom.ui.audit.AuditView;
import org.stockroom.ui.audit.AuditViewModel;
import org.stockroom.ui.backup.BackupsView;
import org.stockroom.ui.backup.BackupsViewModel;
import org.stockroom.ui.count.CountsView;
import org.stockroom.ui.count.CountsViewModel;
import org.stockroom.ui.location.LocationsView;
import org.stockroom.ui.location.LocationsViewModel;
import org.stockroom.ui.main.MainViewModel;
import org.stockroom.ui.main.WindowPage;
import org.stockroom.ui.movements.MovementsView;
import org.stockroom.ui.movements.MovementsViewModel;
import org.stockroom.ui.scan.ScanSounds;
import org.stockroom.ui.scan.ScanView;
import org.stockroom.ui.scan.ScanViewModel;
import org.stockroom.ui.scan.ScannerTestView;
import org.stockroom.ui.scan.ScannerTestViewModel;
import org.stockroom.ui.settings.ConnectionView;
import org.stockroom.ui.settings.ConnectionViewModel;
import org.stockroom.ui.transfer.ImportView;
import org.stockroom.ui.transfer.ImportViewModel;

/**
 * The main window's pages after Products, in sidebar order: each page's view model built here with the services it
 * uses, and registered once. A new page is one more entry in {@link #all}.
 */
final class WindowPages {

    private final Backend opened;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final SignedInUser user;
    private final MainViewModel main;

    WindowPages(Backend opened, TaskExecutor executor, DialogService dialogs, SignedInUser user, MainViewModel main) {
        this.opened = opened;
        this.executor = executor;
        this.dialogs = dialogs;
        this.user = user;
        this.main = main;
    }

    List<WindowPage> all(
            ScannerTestViewModel scanner, ScanSounds sounds, BackupsViewModel backups, ConnectionViewModel connection) {
        return List.of(
                scan(scanner, sounds),
                locations(),
                movements(),
                counts(),
                imports(),
                audit(),
                administration(),
                WindowPage.of(
                                "backups",
                                "Backups",
                                "mdi2b-backup-restore",
                                t -> t.loader().load(new BackupsView(backups)))
                        .needs(Permission.MANAGE_SETTINGS)
                        .onShow(backups::refresh)
                        .scrolls(),
                WindowPage.of(
                                "connection",
                                "Connection",
                                "mdi2l-lan-connect",
                                t -> t.loader().load(new ConnectionView(connection)))
                        .scrolls(),
                WindowPage.of(
                                "scanner",
                                "Scanner",
                                "mdi2b-barcode",
                                t -> t.loader().load(new ScannerTestView(scanner)))
                        .noScans()
                        .scrolls());
    }

    private WindowPage scan(ScannerTestViewModel scanner, ScanSounds sounds) {
        ScanViewModel scan = new ScanViewModel(
                opened.products(),
                opened.stock(),
                opened.countSessions(),
                opened.catalogue(),
                executor,
                user::actor,
                CommandKeys::newKey,
                System::currentTimeMillis,
                scanner.settingsProperty()::get,
                sounds,
                dialogs,
                main::refreshWithChoices);
        return WindowPage.of(
                        "scan", "Scan", "mdi2b-barcode-scan", t -> t.loader().load(new ScanView(scan, t.gate())))
                .onShow(scan::refresh)
                .onScan(scan::scanned)
                .onSignOut(scan::forgetMessages);
    }

    private WindowPage locations() {
        LocationsViewModel locations = new LocationsViewModel(opened.locations(), executor, dialogs, user::actor);
        return WindowPage.of(
                        "locations",
                        "Locations",
                        "mdi2m-map-marker-outline",
                        t -> t.loader().load(new LocationsView(locations, t.gate())))
                .onShow(locations::refresh);
    }

    private WindowPage movements() {
        MovementsViewModel movements =
                new MovementsViewModel(opened.journal(), executor, dialogs, ZoneId.systemDefault());
        return WindowPage.of(
                        "movements",
                        "Movements",
                        "mdi2s-swap-vertical",
                        t -> t.loader().load(new MovementsView(movements)))
                .onShow(movements::search);
    }

    private WindowPage counts() {
        CountsViewModel counts = new CountsViewModel(
                opened.countSessions(),
                opened.products(),
                opened.catalogue(),
                opened.reasonCodes(),
                opened.productCatalogue()::categories,
                executor,
                dialogs,
                user::actor);
        return WindowPage.of(
                        "counts",
                        "Counts",
                        "mdi2c-clipboard-list-outline",
                        t -> t.loader().load(new CountsView(counts, t.gate())))
                .onShow(counts::refresh)
                .onScan(counts::scanned)
                .onSignOut(counts::forgetMessages);
    }

    private WindowPage imports() {
        ImportViewModel imports = new ImportViewModel(
                opened.imports(),
                opened.locations(),
                executor,
                dialogs,
                user::actor,
                System::nanoTime,
                main::refreshWithChoices);
        // A file's path typed fast (or by a typing tool) is a path, not a barcode; no workflow here takes scans.
        return WindowPage.of(
                        "import",
                        "Import",
                        "mdi2d-database-import-outline",
                        t -> t.loader().load(new ImportView(imports)))
                .needs(Permission.RECEIVE) // the least an import needs (opening stock)
                .onShow(imports::refresh)
                .noScans();
    }

    private WindowPage audit() {
        AuditViewModel audit =
                new AuditViewModel(opened.auditTrail(), executor, dialogs, user::actor, ZoneId.systemDefault());
        return WindowPage.of(
                        "audit",
                        "Audit",
                        "mdi2c-clipboard-text-clock-outline",
                        t -> t.loader().load(new AuditView(audit)))
                .needs(Permission.VIEW_AUDIT)
                .onShow(audit::search);
    }

    private WindowPage administration() {
        AdministrationViewModel administration = new AdministrationViewModel(
                opened.users(), opened.settings(), executor, dialogs, user::actor, main::usersChanged);
        ReasonCodesViewModel reasonCodes = new ReasonCodesViewModel(opened.reasonCodes(), executor, user::actor);
        return WindowPage.of(
                        "admin",
                        "Administration",
                        "mdi2a-account-cog-outline",
                        t -> t.loader()
                                .load(new AdministrationView(
                                        administration, t.loader().load(new ReasonCodesView(reasonCodes)))))
                .needs(Permission.MANAGE_USERS)
                .scrolls()
                .onShow(() -> {
                    administration.refresh();
                    reasonCodes.refresh();
                });
    }
}
