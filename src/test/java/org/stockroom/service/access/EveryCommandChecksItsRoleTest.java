package org.stockroom.service.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stockroom.FreshBackend;
import org.stockroom.TestProduct;
import org.stockroom.domain.access.Role;
import org.stockroom.domain.catalogue.CatalogueQuery;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;
import org.stockroom.service.NotAllowedException;
import org.stockroom.service.catalogue.StockLevelView;
import org.stockroom.service.count.CountEntry;
import org.stockroom.service.count.CountScope;
import org.stockroom.service.count.NewCountSession;
import org.stockroom.service.product.ProductView;
import org.stockroom.service.reason.ReasonUse;
import org.stockroom.service.reservation.CloseReservationCommand;
import org.stockroom.service.reservation.ReserveCommand;
import org.stockroom.service.settings.CountRules;
import org.stockroom.service.stock.CommandKeys;
import org.stockroom.service.stock.CountCommand;
import org.stockroom.service.stock.ReverseCommand;
import org.stockroom.service.stock.StockChange;
import org.stockroom.service.stock.TransferCommand;

/**
 * Every public method of every service the backend hands out, found by reflection, is either a command that
 * changes data, called here with a valid example once per role from Viewer up: each role below the first that
 * succeeds must be refused with {@link NotAllowedException} naming that role, and must have written nothing; or a
 * read, which a Viewer may call and which must write nothing; or listed with a reason why neither applies. A new
 * public method in none of the three lists fails the test, so it cannot be added without deciding its role.
 */
class EveryCommandChecksItsRoleTest {

    @RegisterExtension
    final FreshBackend fresh = freshBackend();

    /** H2 here; the PostgreSQL twin gives its own. */
    FreshBackend freshBackend() {
        return new FreshBackend();
    }

    Backend backend;
    long productId;
    final AtomicInteger unique = new AtomicInteger();
    final Actor ada = Actor.named("Ada");

    /** Commands that change data: an example call for a given actor. */
    final Map<String, Function<Actor, Object[]>> commands = new LinkedHashMap<>();

    /** Reads: the arguments a Viewer calls them with. */
    final Map<String, Object[]> reads = new LinkedHashMap<>();

    /** Neither, with the reason. */
    static final Map<String, String> OTHERS = Map.ofEntries(
            Map.entry(
                    "ReservationService.expireDue()",
                    "the system's own expiry, run by the backend's schedule, not by a user"),
            Map.entry(
                    "UserService.createFirstAdministrator(String,String,String)",
                    "refused once any user exists (UserServiceTest)"),
            Map.entry(
                    "UserService.signIn(String,String,boolean,String)",
                    "proves who acts; counts failures (UserServiceTest)"),
            Map.entry(
                    "LedgerQueries.ofCommand(SharedSessionContract,String)",
                    "a read inside a caller's own transaction"),
            Map.entry(
                    "LedgerQueries.since(SharedSessionContract,long,long,long)",
                    "a read inside a caller's own transaction"),
            Map.entry(
                    "ProductCatalogue.rememberPageStarts(CatalogueQuery)", "a read that only fills a cache in memory"),
            Map.entry(
                    "UserService.signInWithBadge(String,String)", "proves who acts; counts failures (UserServiceTest)"),
            Map.entry(
                    "UserService.require(Actor,Permission)", "a check that writes nothing (UserCommandsTest: backup)"),
            Map.entry("TokenService.signIn(String)", "proves who acts (TokenServiceTest)"),
            Map.entry(
                    "AdministratorRecovery.recover(String,String,String)",
                    "no sign-in by design: the proof is the data folder itself; the command line offers it on a local"
                            + " folder only (LockedAdminRecoveryTest, docs/ROLES.md)"),
            Map.entry("AuditTrail.changes(Actor,AuditFilter)", "a read that needs Supervisor (AuditTrailTest)"),
            Map.entry(
                    "ProductExport.write(Path,ExportFormat,NumberStyle)",
                    "the same read, as CSV or XLSX: what every role sees on the product list"
                            + " (ExportImportRoundTripTest, ExportActionsTest)"),
            Map.entry(
                    "ProductListExport.write(CatalogueQuery,Path,ExportFormat,NumberStyle)",
                    "the product list as every role sees it, into a file; no data changed (ExportActionsTest)"),
            Map.entry(
                    "StockExport.write(Path,ExportFormat,NumberStyle)",
                    "a read of stock by location, which every role sees in the detail pane; no data changed"
                            + " (ExportImportRoundTripTest, ExportCommandsTest)"),
            Map.entry(
                    "MovementExport.write(MovementFilter,Path,ExportFormat,NumberStyle)",
                    "a read of the ledger as the Movements page shows it to every role; no data changed"
                            + " (MovementsViewModelTest, ExportCommandsTest)"),
            Map.entry(
                    "ProductExport.write(Path,NumberStyle)",
                    "a read of the catalogue into a new file, no data changed; the command line asks for a signed-in"
                            + " user first, as for every read (ExportImportRoundTripTest)"),
            Map.entry(
                    "ImportService.preview(Actor,Path,ImportOptions,ImportProgress,BooleanSupplier)",
                    "needs the role of what the file would change, preview too (ImportNeedsTheRightRoleTest)"),
            Map.entry(
                    "ImportService.commit(Actor,Path,ImportOptions,ImportProgress,BooleanSupplier)",
                    "needs the role of what the file changes: kind, stock mode, create (ImportNeedsTheRightRoleTest)"));

    /** Services outside this test, with the reason. */
    static final Set<String> NOT_COVERED_YET = Set.of(
            // Writes backup files, not the database; who may back up is the window's and the command line's check
            // (UserCommandsTest: backup), and a restore runs with the database closed (docs/ROLES.md).
            "BackupService");

    @BeforeEach
    void world() {
        backend = fresh.backend();
        // Set up while the database has no users (anyone may do anything), then the users.
        productId = TestProduct.sku("ROLE-1").createIn(backend).id();
        backend.locations().create(ada, "SHOP", "Shop");
        backend.stock().receive(change(ada, 1_000, null));
        UserService users = backend.users();
        users.createFirstAdministrator("Ada", "administrator", "till-1");
        for (Role role : Role.values()) {
            users.add(ada, role.name().toLowerCase(), role, "password " + role);
        }

        commands.put("StockService.receive(StockChange)", a -> args(change(a, 1, null)));
        commands.put("StockService.issue(StockChange)", a -> args(change(a, 1, null)));
        commands.put("StockService.adjust(StockChange)", a -> args(change(a, -1, "Damaged")));
        commands.put(
                "StockService.transfer(TransferCommand)",
                a -> args(new TransferCommand(CommandKeys.newKey(), a, productId, "MAIN", "SHOP", 1, null, null)));
        commands.put(
                "StockService.post(ListCommand)",
                a -> args(new org.stockroom.service.stock.ListCommand(
                        CommandKeys.newKey(),
                        a,
                        org.stockroom.service.stock.ListCommand.Kind.RECEIVE,
                        "MAIN",
                        null,
                        java.util.List.of(new org.stockroom.service.stock.ListCommand.Line(productId, 1, null)))));
        commands.put("StockService.count(CountCommand)", a -> {
            StockLevelView main = backend.catalogue().stockLevels(productId).stream()
                    .filter(l -> l.locationCode().equals("MAIN"))
                    .findFirst()
                    .orElseThrow();
            return args(new CountCommand(
                    CommandKeys.newKey(), a, productId, "MAIN", main.onHand() - 1, main.version(), null));
        });
        commands.put("ReservationService.reserve(ReserveCommand)", a -> args(reserve(a)));
        commands.put("ReservationService.release(CloseReservationCommand)", a -> args(openReservationFor(a)));
        commands.put("ReservationService.fulfil(CloseReservationCommand)", a -> args(openReservationFor(a)));
        commands.put("ProductService.create(Actor,ProductDetails)", a -> args(a, newProduct()));
        commands.put("ProductService.update(Actor,long,long,ProductDetails)", a -> {
            ProductView now = backend.products().find(productId).orElseThrow();
            return args(
                    a,
                    productId,
                    now.version(),
                    TestProduct.sku("ROLE-1").name("Renamed " + next()).details());
        });
        commands.put("LocationService.create(Actor,String,String)", a -> args(a, "L" + next(), "Aisle"));
        commands.put("LocationService.ensure(Actor,String,String)", a -> args(a, "E" + next(), "Aisle"));
        commands.put("SampleCatalogue.load(Actor)", a -> args(a));
        commands.put(
                "UserService.add(Actor,String,Role,String)", a -> args(a, "new" + next(), Role.CLERK, "password x"));
        commands.put("UserService.disable(Actor,String)", a -> args(a, someUser()));
        commands.put("UserService.enable(Actor,String)", a -> {
            String name = someUser();
            backend.users().disable(ada, name);
            return args(a, name);
        });
        commands.put("UserService.changeRole(Actor,String,Role)", a -> args(a, someUser(), Role.SUPERVISOR));
        commands.put("UserService.resetPassword(Actor,String,String)", a -> args(a, someUser(), "password y"));
        commands.put("UserService.setPin(Actor,String,String)", a -> args(a, someUser(), "1234"));
        commands.put("UserService.setBadge(Actor,String,String)", a -> args(a, someUser(), "BADGE-" + next()));
        commands.put("TokenService.create(Actor,String,String)", a -> args(a, someUser(), "nightly import"));
        commands.put(
                "TokenService.revoke(Actor,long)",
                a -> args(
                        a, backend.tokens().create(ada, someUser(), "to revoke").id()));
        commands.put("SiteSettings.changeIdleLock(Actor,int)", a -> args(a, 10 + next()));
        commands.put(
                "SiteSettings.changeCountRules(Actor,CountRules)",
                a -> args(a, new CountRules((long) next(), null, null, false)));
        commands.put("SiteSettings.changeOwnReversalWindow(Actor,int)", a -> args(a, 20 + next()));
        commands.put(
                "ReasonCodes.add(Actor,ReasonUse,String,String)",
                a -> args(a, ReasonUse.ADJUST, "CODE_" + next(), "A new reason"));
        commands.put("ReasonCodes.disable(Actor,ReasonUse,String)", a -> {
            String code = "GONE_" + next();
            backend.reasonCodes().add(ada, ReasonUse.ADJUST, code, "To disable");
            return args(a, ReasonUse.ADJUST, code);
        });
        commands.put(
                "CountSessionService.create(Actor,NewCountSession)",
                a -> args(a, new NewCountSession("Count " + next(), CountScope.locations("MAIN"), false, List.of())));
        commands.put(
                "CountSessionService.count(CountEntry)",
                a -> args(new CountEntry(a, newCountSession(), productId, "MAIN", 7)));
        commands.put("ReversalService.reverse(ReverseCommand)", a -> {
            String receipt = CommandKeys.newKey();
            backend.stock().receive(new StockChange(receipt, ada, productId, "MAIN", 1, null, null));
            return args(new ReverseCommand(CommandKeys.newKey(), a, receipt, "DATA_ENTRY", null));
        });
        commands.put("CountSessionService.finishCounting(Actor,long)", a -> args(a, newCountSession()));
        commands.put("CountSessionService.cancel(Actor,long)", a -> args(a, newCountSession()));
        commands.put("CountSessionService.post(Actor,long,String)", a -> args(a, reviewedCountSession(), "RECOUNT"));
        commands.put(
                "CountSessionService.post(Actor,long,CountReasons)",
                a -> args(a, reviewedCountSession(), new org.stockroom.service.count.CountReasons("FOUND", "MISSING")));
        commands.put("UserService.unlock(Actor,String)", a -> {
            String name = someUser();
            for (int i = 0; i <= org.stockroom.domain.access.UserAccount.FREE_FAILURES; i++) {
                try {
                    backend.users().signIn(name, "wrong", false, "till-" + next()); // not the workstation throttle
                } catch (NotAllowedException expected) {
                    // counted
                }
            }
            return args(a, name);
        });

        CatalogueQuery everything = CatalogueQuery.everything();
        reads.put("ReservationService.open(long)", args(productId));
        reads.put("ProductService.find(long)", args(productId));
        reads.put("ProductService.findBySku(String)", args("ROLE-1"));
        reads.put("ProductService.findBySkuOrBarcode(String)", args("ROLE-1"));
        reads.put("ProductService.findByAnyCode(List)", args(java.util.List.of("4006381333931", "ROLE-1")));
        reads.put("LocationService.summaries()", args());
        reads.put("SampleCatalogue.isWanted()", args());
        reads.put("UserService.hasUsers()", args());
        reads.put("UserService.list()", args());
        reads.put("CatalogueQueries.productRow(long)", args(productId));
        reads.put("CatalogueQueries.stockLevels(long)", args(productId));
        reads.put("CatalogueQueries.locations()", args());
        reads.put("CatalogueQueries.productCount()", args());
        reads.put("ProductCatalogue.count(CatalogueQuery)", args(everything));
        reads.put("ProductCatalogue.page(CatalogueQuery,long,int)", args(everything, 0L, 10));
        reads.put(
                "ProductCatalogue.forEach(CatalogueQuery,Consumer)",
                args(everything, (java.util.function.Consumer<Object>) row -> {}));
        reads.put("ProductCatalogue.categories()", args());
        reads.put("ProductCatalogue.locationCodes()", args());
        reads.put("LedgerQueries.history(long,int)", args(productId, 10));
        reads.put("LedgerQueries.reversedAmong(Collection)", args(List.of("no-such-key")));
        reads.put("LedgerVerifier.verify()", args());
        reads.put("LedgerVerifier.latestMovementId()", args());
        reads.put("TokenService.list()", args());
        reads.put("SiteSettings.idleLock()", args());
        reads.put("AuditTrail.productEdits(long)", args(productId));
        reads.put("SiteSettings.countRules()", args());
        reads.put("SiteSettings.ownReversalWindow()", args());
        reads.put("CountSessionService.sessions()", args());
        reads.put("CountSessionService.session(long)", args(newCountSession()));
        reads.put("ReasonCodes.active(ReasonUse)", args(ReasonUse.COUNT));
        reads.put(
                "MovementJournal.page(MovementFilter,Long,int)",
                args(org.stockroom.service.ledger.MovementFilter.everything(), null, 10));
        reads.put(
                "MovementJournal.forEach(MovementFilter,Consumer)",
                args(org.stockroom.service.ledger.MovementFilter.everything(), (java.util.function.Consumer<Object>)
                        row -> {}));
    }

    @Test
    void everyPublicServiceMethodIsACheckedCommandAReadOrListedWithAReason() {
        Set<String> unlisted = new TreeSet<>();
        for (Object service : services().values()) {
            for (String signature : publicMethods(service.getClass()).keySet()) {
                if (!commands.containsKey(signature)
                        && !reads.containsKey(signature)
                        && !OTHERS.containsKey(signature)) {
                    unlisted.add(signature);
                }
            }
        }
        assertThat(unlisted)
                .as("public service methods with no decided role: add each to the commands (with an example call),"
                        + " the reads, or the others with a reason")
                .isEmpty();
    }

    @Test
    void everyCommandRefusesTheRolesBelowTheFirstItAllowsAndTheyWriteNothing() throws Exception {
        Map<String, Role> leastRole = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        Map<String, Object> services = services();
        for (Map.Entry<String, Function<Actor, Object[]>> command : commands.entrySet()) {
            String signature = command.getKey();
            Object service = services.get(signature.substring(0, signature.indexOf('.')));
            Method method = publicMethods(service.getClass()).get(signature);
            if (method == null) {
                problems.add(signature + ": no such public method any more");
                continue;
            }
            for (Role role : Role.values()) {
                Actor actor = Actor.named(role.name().toLowerCase());
                Object[] arguments = command.getValue().apply(actor);
                String before = fingerprint();
                Throwable thrown = call(method, service, arguments);
                if (thrown == null) {
                    leastRole.put(signature, role);
                    if (fingerprint().equals(before)) {
                        problems.add(signature + " as " + role + ": succeeded but wrote nothing (not a command?)");
                    }
                    break;
                }
                if (!(thrown instanceof NotAllowedException)) {
                    problems.add(signature + " as " + role + ": failed with " + thrown);
                    break;
                }
                if (!fingerprint().equals(before)) {
                    problems.add(signature + " as " + role + ": refused but wrote to the database");
                }
            }
            if (!leastRole.containsKey(signature)) {
                problems.add(signature + ": no role may call it");
            } else if (leastRole.get(signature) == Role.VIEWER) {
                problems.add(signature + ": a Viewer may change data with it (no permission check?)");
            }
        }
        assertThat(problems).isEmpty();
        assertThat(leastRole)
                .containsEntry("StockService.receive(StockChange)", Role.CLERK)
                .containsEntry("StockService.adjust(StockChange)", Role.SUPERVISOR)
                .containsEntry("StockService.count(CountCommand)", Role.SUPERVISOR)
                .containsEntry("ReservationService.fulfil(CloseReservationCommand)", Role.CLERK)
                .containsEntry("ProductService.update(Actor,long,long,ProductDetails)", Role.SUPERVISOR)
                .containsEntry("LocationService.create(Actor,String,String)", Role.SUPERVISOR)
                .containsEntry("UserService.add(Actor,String,Role,String)", Role.ADMIN)
                .containsEntry("CountSessionService.count(CountEntry)", Role.CLERK)
                .containsEntry("ReversalService.reverse(ReverseCommand)", Role.SUPERVISOR)
                .containsEntry("CountSessionService.post(Actor,long,String)", Role.SUPERVISOR)
                .containsEntry("CountSessionService.post(Actor,long,CountReasons)", Role.SUPERVISOR);
    }

    @Test
    void aViewerMayCallEveryReadAndNoReadWrites() throws Exception {
        Map<String, Object> services = services();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Object[]> read : reads.entrySet()) {
            String signature = read.getKey();
            Object service = services.get(signature.substring(0, signature.indexOf('.')));
            Method method = publicMethods(service.getClass()).get(signature);
            if (method == null) {
                problems.add(signature + ": no such public method any more");
                continue;
            }
            String before = fingerprint();
            Throwable thrown = call(method, service, read.getValue());
            if (thrown != null) {
                problems.add(signature + ": a Viewer's read failed with " + thrown);
            }
            if (!fingerprint().equals(before)) {
                problems.add(signature + ": listed as a read but wrote to the database");
            }
        }
        assertThat(problems).isEmpty();
    }

    /** The backend's services by simple class name, from its public no-argument getters. */
    private Map<String, Object> services() {
        Map<String, Object> services = new LinkedHashMap<>();
        for (Method getter : Backend.class.getMethods()) {
            Class<?> type = getter.getReturnType();
            if (getter.getParameterCount() == 0
                    && type.getPackageName().startsWith("org.stockroom.service.")
                    && !NOT_COVERED_YET.contains(type.getSimpleName())
                    && !type.isRecord()) {
                try {
                    services.put(type.getSimpleName(), getter.invoke(backend));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(getter.toString(), e);
                }
            }
        }
        services.remove("LedgerAudit"); // runs the verifier on a schedule: covered by LedgerVerifier.verify()
        services.remove("RetryPolicy"); // no data: how often a busy command is tried
        return services;
    }

    private static Map<String, Method> publicMethods(Class<?> type) {
        Map<String, Method> methods = new LinkedHashMap<>();
        for (Method m : type.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic()) {
                StringBuilder s = new StringBuilder(type.getSimpleName() + "." + m.getName() + "(");
                Class<?>[] parameters = m.getParameterTypes();
                for (int i = 0; i < parameters.length; i++) {
                    s.append(i == 0 ? "" : ",").append(parameters[i].getSimpleName());
                }
                methods.put(s.append(")").toString(), m);
            }
        }
        return methods;
    }

    private static Throwable call(Method method, Object service, Object[] arguments) {
        try {
            method.invoke(service, arguments);
            return null;
        } catch (InvocationTargetException e) {
            return e.getCause();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(method.toString(), e);
        }
    }

    /** Changes in any table move this: row counts, and the sums of the version columns of edited rows. */
    private String fingerprint() throws Exception {
        try (Connection c = backend.database().dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("""
                        SELECT (SELECT COUNT(*) || '/' || COALESCE(SUM(version), 0) FROM product)
                            || ' ' || (SELECT COUNT(*) FROM location)
                            || ' ' || (SELECT COUNT(*) || '/' || COALESCE(SUM(version), 0) FROM stock_level)
                            || ' ' || (SELECT COUNT(*) FROM movement)
                            || ' ' || (SELECT COUNT(*) FROM stock_command)
                            || ' ' || (SELECT COUNT(*) || '/' || COUNT(closed_at) FROM reservation)
                            || ' ' || (SELECT COUNT(*) || '/' || COALESCE(SUM(version), 0) FROM app_user)
                            || ' ' || (SELECT COUNT(*) || '/' || COUNT(revoked_at) FROM access_token)
                            || ' ' || (SELECT COUNT(*) || '/' || COALESCE(SUM(version), 0) FROM site_setting)
                            || ' ' || (SELECT COUNT(*) FROM audit_revision)
                            || ' ' || (SELECT COUNT(*) || '/' || COALESCE(SUM(version), 0) FROM count_session)
                            || ' ' || (SELECT COUNT(*) || '/' || COALESCE(SUM(counted_quantity), 0) || '/'
                                       || COUNT(counted_at) || '/' || COUNT(posted_adjustment) FROM count_line)
                            || ' ' || (SELECT COUNT(*) || '/' || SUM(CASE WHEN active THEN 1 ELSE 0 END) FROM reason_code)""")) {
            r.next();
            return r.getString(1);
        }
    }

    private StockChange change(Actor actor, long quantity, String reason) {
        return new StockChange(CommandKeys.newKey(), actor, productId, "MAIN", quantity, reason, null);
    }

    private ReserveCommand reserve(Actor actor) {
        return new ReserveCommand(CommandKeys.newKey(), actor, productId, "MAIN", 1, "SO-" + next(), null);
    }

    private CloseReservationCommand openReservationFor(Actor actor) {
        long id = backend.reservations().reserve(reserve(ada)).id();
        return new CloseReservationCommand(CommandKeys.newKey(), actor, id);
    }

    private org.stockroom.domain.product.ProductDetails newProduct() {
        return TestProduct.sku("NEW-" + next()).details();
    }

    /** A fresh clerk made by Ada, so that no command on them touches the users the test acts as. */
    private String someUser() {
        String name = "someone" + next();
        backend.users().add(ada, name, Role.CLERK, "password z");
        return name;
    }

    /** A session counted as expected (an earlier example may have set a variance threshold), in review. */
    private long reviewedCountSession() {
        long session = newCountSession();
        long onHand = backend.catalogue().stockLevels(productId).stream()
                .filter(l -> l.locationCode().equals("MAIN"))
                .findFirst()
                .orElseThrow()
                .onHand();
        backend.countSessions().count(new CountEntry(ada, session, productId, "MAIN", onHand));
        backend.countSessions().finishCounting(ada, session);
        return session;
    }

    private long newCountSession() {
        return backend.countSessions()
                .create(ada, new NewCountSession("Count " + next(), CountScope.locations("MAIN"), false, List.of()))
                .id();
    }

    private int next() {
        return unique.incrementAndGet();
    }

    private static Object[] args(Object... values) {
        return values;
    }
}
