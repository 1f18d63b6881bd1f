package org.stockroom.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The product's classes keep every rule of {@link ArchitectureRules}; and every rule catches its deliberate
 * violation, a small package tree under {@code architecture/fixture} that breaks that rule.
 */
class ArchitectureRulesTest {

    static final String PRODUCT = "org.stockroom";
    static final String FIXTURES = "org.stockroom.architecture.fixture";
    static JavaClasses product;

    @BeforeAll
    static void importProduct() {
        product = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(PRODUCT);
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                rule("layers", ArchitectureRules::layers),
                rule("cycles", ArchitectureRules::topLevelPackagesAreFreeOfCycles),
                rule("uicycles", ArchitectureRules::uiFeaturesAreFreeOfCycles),
                rule("servicecycles", ArchitectureRules::serviceFeaturesAreFreeOfCycles),
                rule("clicycles", ArchitectureRules::cliFeaturesAreFreeOfCycles),
                rule("views", ArchitectureRules::viewsUseNeitherServicesNorPersistence),
                rule("uipersistence", ArchitectureRules::uiDoesNotUsePersistence),
                rule("sharedui", ArchitectureRules::sharedUiKnowsNoFeature),
                rule("javafx", ArchitectureRules::nothingBelowTheUiUsesJavaFx),
                rule("engine", ArchitectureRules::onlyTheDialectUsesTheEngine),
                rule("backend", ArchitectureRules::onlyTheRootsReachIntoTheBackend),
                rule("servicesql", ArchitectureRules::servicesRunNoSql));
    }

    private static Arguments rule(String fixture, Function<ArchitectureRules, ArchRule> rule) {
        return Arguments.of(fixture, rule);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void theProductKeepsTheRule(String fixture, Function<ArchitectureRules, ArchRule> rule) {
        rule.apply(new ArchitectureRules(PRODUCT)).check(product);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void theRuleCatchesItsDeliberateViolation(String fixture, Function<ArchitectureRules, ArchRule> rule) {
        String root = FIXTURES + "." + fixture;
        JavaClasses violation = new ClassFileImporter().importPackages(root);
        assertThat(violation).as("fixture classes under %s", root).isNotEmpty();
        EvaluationResult result = rule.apply(new ArchitectureRules(root)).evaluate(violation);
        assertThat(result.hasViolation())
                .as("the rule must catch the fixture under %s", root)
                .isTrue();
    }

    /** The ratchet: each class still allowed to run SQL in service does; a moved one must leave the list. */
    @org.junit.jupiter.api.Test
    void everyServiceStillAllowedToRunSqlStillDoes() {
        ArchitectureRules rules = new ArchitectureRules(PRODUCT);
        java.util.Set<String> stillRunning = new java.util.TreeSet<>();
        for (com.tngtech.archunit.core.domain.JavaClass c : product) {
            String name = ArchitectureRules.outermost(c).getName();
            if (name.startsWith(PRODUCT + ".service.")
                    && c.getDirectDependenciesFromSelf().stream()
                            .anyMatch(d -> rules.runSql().test(d.getTargetClass()))) {
                stillRunning.add(name.substring(PRODUCT.length() + 1));
            }
        }
        assertThat(stillRunning).isEqualTo(new java.util.TreeSet<>(ArchitectureRules.SERVICES_STILL_RUNNING_SQL));
    }
}
