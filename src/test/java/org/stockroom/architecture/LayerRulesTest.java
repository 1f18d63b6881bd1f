package org.stockroom.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Data flows one way: UI -> service -> persistence -> database. Nothing below the UI knows JavaFX. */
class LayerRulesTest {

    static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.stockroom");
    }

    @Test
    void domainPersistenceServiceAndCliDoNotDependOnJavaFx() {
        noClasses().that().resideInAnyPackage("org.stockroom.domain..", "org.stockroom.persistence..",
                        "org.stockroom.service..", "org.stockroom.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                        "org.kordamp.ikonli..")
                .check(classes);
    }

    @Test
    void nothingBelowTheUiDependsOnTheUi() {
        noClasses().that().resideInAnyPackage("org.stockroom.domain..", "org.stockroom.persistence..",
                        "org.stockroom.service..", "org.stockroom.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.stockroom.ui..")
                .check(classes);
    }

    @Test
    void persistenceDoesNotDependOnServices() {
        noClasses().that().resideInAnyPackage("org.stockroom.domain..", "org.stockroom.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("org.stockroom.service..", "org.stockroom.cli..")
                .check(classes);
    }

    @Test
    void viewsDoNotCallServicesDirectly() {
        noClasses().that().haveSimpleNameEndingWith("View")
                .and().resideInAPackage("org.stockroom.ui..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Service")
                .andShould().dependOnClassesThat().resideInAPackage("org.stockroom.persistence..")
                .check(classes);
    }
}
