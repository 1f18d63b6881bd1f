package org.stockroom.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import javafx.fxml.FXML;

/**
 * Stockroom's shape as rules over packages, for a root package: {@code org.stockroom} for the product, and a
 * fixture package in the test tree for each rule's deliberate violation (see {@code ArchitectureRulesTest}).
 */
final class ArchitectureRules {

    private final String root;

    ArchitectureRules(String root) {
        this.root = root;
    }

    /**
     * Layers, top to bottom: app (the composition roots); ui and cli; bench and generate (tools the command line
     * runs); service; persistence; domain. A layer may use the layers below it, never one above.
     */
    ArchRule layers() {
        return layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("App")
                .definedBy(root + ".app..")
                .layer("Ui")
                .definedBy(root + ".ui..")
                .layer("Cli")
                .definedBy(root + ".cli..")
                .layer("Tools")
                .definedBy(root + ".bench..", root + ".generate..")
                .layer("Service")
                .definedBy(root + ".service..")
                .layer("Persistence")
                .definedBy(root + ".persistence..")
                .layer("Domain")
                .definedBy(root + ".domain..")
                .whereLayer("App")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Ui")
                .mayOnlyBeAccessedByLayers("App")
                .whereLayer("Cli")
                .mayOnlyBeAccessedByLayers("App")
                .whereLayer("Tools")
                .mayOnlyBeAccessedByLayers("App", "Cli")
                .whereLayer("Service")
                .mayOnlyBeAccessedByLayers("App", "Ui", "Cli", "Tools")
                .whereLayer("Persistence")
                .mayOnlyBeAccessedByLayers("App", "Ui", "Cli", "Tools", "Service")
                .allowEmptyShould(true);
    }

    /** No two top-level packages depend on each other, directly or round about. */
    ArchRule topLevelPackagesAreFreeOfCycles() {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles().allowEmptyShould(true);
    }

    /** No two UI features depend on each other. */
    ArchRule uiFeaturesAreFreeOfCycles() {
        return slices().matching(root + ".ui.(*)..").should().beFreeOfCycles().allowEmptyShould(true);
    }

    /** No two service features depend on each other. */
    ArchRule serviceFeaturesAreFreeOfCycles() {
        return slices().matching(root + ".service.(*)..")
                .should()
                .beFreeOfCycles()
                .allowEmptyShould(true);
    }

    /** No two command-line features depend on each other, nor the shared part of the command line on a feature. */
    ArchRule cliFeaturesAreFreeOfCycles() {
        String cli = root + ".cli";
        SliceAssignment features = new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass c) {
                String p = c.getPackageName();
                if (p.equals(cli)) {
                    return SliceIdentifier.of("cli (shared)");
                }
                return p.startsWith(cli + ".")
                        ? SliceIdentifier.of(
                                "cli." + p.substring(cli.length() + 1).split("\\.")[0])
                        : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "the command line's shared package and each of its features";
            }
        };
        return slices().assignedFrom(features).should().beFreeOfCycles().allowEmptyShould(true);
    }

    /**
     * A view (a class with {@code @FXML} members) shows and binds; its view model calls the services. A view may
     * show the rows the services return (records and enums) but uses nothing else of theirs, nor persistence.
     */
    ArchRule viewsUseNeitherServicesNorPersistence() {
        return noClasses()
                .that(areFxmlControllers())
                .and()
                .resideInAPackage(root + ".ui..")
                .should()
                .dependOnClassesThat(DescribedPredicate.describe(
                        "are services or persistence (other than the records and enums they return)",
                        c -> (c.getPackageName().startsWith(root + ".service") && !(c.isRecord() || c.isEnum()))
                                || c.getPackageName().startsWith(root + ".persistence")))
                .allowEmptyShould(true);
    }

    /** The window talks to the services only; how they store things is theirs. */
    ArchRule uiDoesNotUsePersistence() {
        return noClasses()
                .that()
                .resideInAPackage(root + ".ui..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(root + ".persistence..")
                .allowEmptyShould(true);
    }

    /** The shared UI infrastructure (the {@code ui} package itself) knows no feature. */
    ArchRule sharedUiKnowsNoFeature() {
        return noClasses()
                .that()
                .resideInAPackage(root + ".ui")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(root + ".ui.*..")
                .allowEmptyShould(true);
    }

    /**
     * JavaFX and its libraries belong to the window; everything below it runs headless. Not the benchmark: its
     * naive catalogue baseline is the JavaFX FilteredList/SortedList a window would otherwise use.
     */
    ArchRule nothingBelowTheUiUsesJavaFx() {
        return noClasses()
                .that()
                .resideInAnyPackage(
                        root + ".domain..",
                        root + ".persistence..",
                        root + ".service..",
                        root + ".cli..",
                        root + ".generate..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..", "org.kordamp.ikonli..")
                .allowEmptyShould(true);
    }

    /**
     * The database engine is reached through the dialect seam only: no class but a {@code Dialect}
     * implementation names H2's classes, so the PostgreSQL backend adds a dialect instead of editing callers.
     * (The engine-tuned SQL that needs no engine class, the product list's, sits behind
     * {@code Dialect.catalogueReader()}.)
     */
    ArchRule onlyTheDialectUsesTheEngine() {
        String dialect = root + ".persistence.Dialect";
        return noClasses()
                .that(DescribedPredicate.not(DescribedPredicate.describe(
                        "are a Dialect or inside one",
                        c -> c.isAssignableTo(dialect)
                                || c.getEnclosingClass()
                                        .map(outer -> outer.isAssignableTo(dialect))
                                        .orElse(false))))
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.h2..")
                .allowEmptyShould(true);
    }

    /**
     * The backend wires the services once; only the composition roots (app), the command line and its tools take
     * services from it. A page's view model, a service or a repository is given what it uses instead.
     */
    ArchRule onlyTheRootsReachIntoTheBackend() {
        String backend = root + ".service.Backend";
        return noClasses()
                .that()
                .resideInAnyPackage(root + ".ui..", root + ".service..", root + ".persistence..", root + ".domain..")
                .and(DescribedPredicate.not(DescribedPredicate.describe(
                        "are the backend or its opener", c -> c.getName().startsWith(backend))))
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName(backend)
                .allowEmptyShould(true);
    }

    /**
     * Services decide; the SQL they run lives in persistence (issue 27): no service class touches JDBC, Hibernate or
     * the {@code Sql} helper, except those in {@link #SERVICES_STILL_RUNNING_SQL}, a list that may only shrink
     * (ArchitectureRulesTest fails on a name that no longer needs to be there).
     */
    ArchRule servicesRunNoSql() {
        return noClasses()
                .that()
                .resideInAPackage(root + ".service..")
                .and(DescribedPredicate.not(DescribedPredicate.describe(
                        "are still being moved (SERVICES_STILL_RUNNING_SQL)",
                        c -> SERVICES_STILL_RUNNING_SQL.contains(
                                outermost(c).getName().substring(root.length() + 1)))))
                .should()
                .dependOnClassesThat(runSql())
                .allowEmptyShould(true);
    }

    /** JDBC, Hibernate, or the persistence layer's own statement helper. */
    DescribedPredicate<JavaClass> runSql() {
        return DescribedPredicate.describe(
                "run SQL (java.sql, javax.sql, org.hibernate, persistence.Sql)",
                c -> c.getPackageName().startsWith("java.sql")
                        || c.getPackageName().startsWith("javax.sql")
                        || c.getPackageName().startsWith("org.hibernate")
                        || c.getName().equals(root + ".persistence.Sql"));
    }

    static JavaClass outermost(JavaClass c) {
        JavaClass outer = c;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }

    /** Service classes whose SQL has not yet moved into persistence (relative to the root package). */
    static final java.util.Set<String> SERVICES_STILL_RUNNING_SQL = java.util.Set.of(
            "service.access.AccessCheck",
            "service.access.AdministratorRecovery",
            "service.access.SignIn",
            "service.access.TokenService",
            "service.access.UserService",
            "service.audit.AuditTrail",
            "service.audit.AuditVerifier",
            "service.audit.AuditedTable",
            "service.backup.CopyInspection",
            "service.backup.Restore",
            "service.catalogue.CatalogueQueries",
            "service.count.CountChecks",
            "service.count.CountLines",
            "service.count.CountPlanCheck",
            "service.count.CountPoster",
            "service.count.CountScopeLines",
            "service.count.CountSessionRow",
            "service.count.CountSessionService",
            "service.count.LineState",
            "service.ledger.LedgerQueries",
            "service.ledger.LedgerVerifier",
            "service.ledger.MovementJournal",
            "service.location.LocationService",
            "service.product.ProductService",
            "service.reason.ReasonCodes",
            "service.reservation.ReservationService",
            "service.settings.SiteSettings",
            "service.stock.CommandDescriptions",
            "service.stock.CommandLog",
            "service.stock.MovementWriter",
            "service.stock.ReversalService",
            "service.stock.StockService",
            "service.transfer.ImportService",
            "service.transfer.ProductExport",
            "service.transfer.StockExport");

    private static DescribedPredicate<JavaClass> areFxmlControllers() {
        return DescribedPredicate.describe(
                "are FXML controllers (views)",
                c -> c.getFields().stream().anyMatch(f -> f.isAnnotatedWith(FXML.class))
                        || c.getMethods().stream().anyMatch(m -> m.isAnnotatedWith(FXML.class)));
    }
}
