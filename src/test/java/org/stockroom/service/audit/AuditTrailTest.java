package org.stockroom.service.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stockroom.FreshBackend;
import org.stockroom.TestProduct;
import org.stockroom.domain.access.Role;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;
import org.stockroom.service.NotAllowedException;
import org.stockroom.service.ledger.MovementView;
import org.stockroom.service.product.ProductConflictException;
import org.stockroom.service.product.ProductView;
import org.stockroom.service.reason.ReasonUse;

/**
 * The audit trail: every product, location, user and setting change is recorded in its own transaction with who,
 * where and each changed field; refusals and sign-ins record nothing; the Audit page needs a Supervisor; and
 * {@link AuditVerifier} catches a row changed behind the trail's back (the negative control: a raw SQL write).
 */
class AuditTrailTest {

    @RegisterExtension
    final FreshBackend fresh = freshBackend();

    /** H2 here; the PostgreSQL twin gives its own. */
    FreshBackend freshBackend() {
        return new FreshBackend();
    }

    Backend backend;
    final Actor ada = Actor.at("Ada", "office-pc");
    final Actor bob = Actor.at("Bob", "till-2");

    @BeforeEach
    void users() {
        backend = fresh.backend();
        backend.users().createFirstAdministrator("Ada", "administrator", "office-pc");
        backend.users().add(ada, "Bob", Role.SUPERVISOR, "supervisor password");
        backend.users().add(ada, "Vera", Role.VIEWER, "viewer password");
    }

    @Test
    void aProductEditRecordsWhoWhereAndEachChangedFieldWithOldAndNewValue() {
        ProductView created = backend.products()
                .create(ada, TestProduct.sku("AUD-1").name("Bolt").details());
        backend.products()
                .update(
                        bob,
                        created.id(),
                        created.version(),
                        TestProduct.sku("AUD-1")
                                .name("Hex bolt")
                                .unitCost(new BigDecimal("0.25"))
                                .details());

        List<FieldChange> edits = backend.auditTrail().productEdits(created.id());

        List<FieldChange> byBob =
                edits.stream().filter(c -> c.userName().equals("Bob")).toList();
        assertThat(byBob)
                .extracting(FieldChange::field, FieldChange::oldValue, FieldChange::newValue, FieldChange::workstation)
                .containsExactlyInAnyOrder(
                        tuple("Name", "Bolt", "Hex bolt", "till-2"), tuple("Unit cost", "1.5", "0.25", "till-2"));
        assertThat(edits.stream().filter(c -> c.userName().equals("Ada")))
                .extracting(FieldChange::field, FieldChange::oldValue, FieldChange::newValue)
                .contains(tuple("SKU", "", "AUD-1"), tuple("Name", "", "Bolt"), tuple("Unit cost", "", "1.5"));
        assertThat(byBob).allSatisfy(c -> {
            assertThat(c.entity()).isEqualTo("Product");
            assertThat(c.entityLabel()).isEqualTo("AUD-1");
            assertThat(c.occurredAt()).isBetween(Instant.now().minusSeconds(60), Instant.now());
        });
    }

    @Test
    void aRefusedOrUnchangedChangeAndASignInRecordNoRevision() throws Exception {
        ProductView created =
                backend.products().create(ada, TestProduct.sku("AUD-2").details());
        backend.settings().changeIdleLock(ada, 7);
        long before = revisions();

        assertThatThrownBy(() -> backend.products()
                        .update(
                                bob,
                                created.id(),
                                created.version() + 5,
                                TestProduct.sku("AUD-2").details()))
                .isInstanceOf(ProductConflictException.class);
        assertThatThrownBy(() -> backend.products()
                        .update(
                                Actor.named("Vera"),
                                created.id(),
                                created.version(),
                                TestProduct.sku("AUD-2").name("By a viewer").details()))
                .isInstanceOf(NotAllowedException.class);
        backend.settings().changeIdleLock(ada, 7);
        assertThatThrownBy(() -> backend.users().signIn("Bob", "wrong", false, "till-2"))
                .isInstanceOf(NotAllowedException.class);
        backend.users().signIn("Bob", "supervisor password", false, "till-2");

        assertThat(revisions()).isEqualTo(before);
    }

    @Test
    void usersRolesAndSettingsAreAuditedWithoutTheirSecrets() {
        backend.users().changeRole(ada, "Vera", Role.CLERK);
        backend.users().resetPassword(ada, "Vera", "a new password");
        backend.settings().changeIdleLock(ada, 12);

        List<FieldChange> changes = backend.auditTrail().changes(ada, AuditFilter.everything());

        assertThat(changes)
                .filteredOn(c -> c.entity().equals("User") && c.entityLabel().equals("Vera"))
                .extracting(FieldChange::field, FieldChange::oldValue, FieldChange::newValue)
                .contains(tuple("Role", "VIEWER", "CLERK"));
        assertThat(changes)
                .filteredOn(c -> c.entity().equals("User") && c.field().equals("Password/PIN/badge set"))
                .isNotEmpty();
        assertThat(changes)
                .filteredOn(c -> c.entity().equals("Setting"))
                .extracting(FieldChange::entityLabel, FieldChange::newValue, FieldChange::userName)
                .containsExactly(tuple("idle_lock_minutes", "12", "Ada"));
        assertThat(changes)
                .extracting(FieldChange::newValue)
                .noneMatch(v -> v.contains("$argon2") || v.contains("$2a$") || v.contains("a new password"));
    }

    @Test
    void addingRelabellingAndDisablingAReasonCodeIsAuditedAndAnUnchangedAddRecordsNothing() throws Exception {
        backend.reasonCodes().add(ada, ReasonUse.ADJUST, "water_damage", "Water damage");
        long revisions = revisions();
        backend.reasonCodes().add(ada, ReasonUse.ADJUST, "WATER_DAMAGE", "Water damage");
        assertThat(revisions())
                .as("the same code and label again changes nothing")
                .isEqualTo(revisions);
        backend.users().add(ada, "Cleo", Role.ADMIN, "admin password");
        backend.reasonCodes().add(Actor.named("Cleo"), ReasonUse.ADJUST, "WATER_DAMAGE", "Water or flood damage");
        backend.reasonCodes().disable(ada, ReasonUse.ADJUST, "WATER_DAMAGE");

        List<FieldChange> changes =
                backend.auditTrail().changes(ada, withEntity(AuditFilter.everything(), "Reason code"));

        assertThat(changes)
                .extracting(
                        FieldChange::entityLabel,
                        FieldChange::field,
                        FieldChange::oldValue,
                        FieldChange::newValue,
                        FieldChange::userName)
                .containsExactly(
                        tuple("WATER_DAMAGE", "Offered", "yes", "no", "Ada"),
                        tuple("WATER_DAMAGE", "Label", "Water damage", "Water or flood damage", "Cleo"),
                        tuple("WATER_DAMAGE", "Code", "", "WATER_DAMAGE", "Ada"),
                        tuple("WATER_DAMAGE", "For", "", "ADJUST", "Ada"),
                        tuple("WATER_DAMAGE", "Label", "", "Water damage", "Ada"),
                        tuple("WATER_DAMAGE", "Offered", "", "yes", "Ada"));
        AuditVerifier.Report report = new AuditVerifier(backend.database().dataSource()).verify();
        assertThat(report.consistent()).as(report.mismatches().toString()).isTrue();
    }

    @Test
    void theAuditPageNeedsASupervisorAndFiltersByUserEntityFieldAndTime() {
        backend.locations().create(bob, "BACK", "Back room");
        backend.products().create(ada, TestProduct.sku("AUD-3").name("Washer").details());

        assertThatThrownBy(() -> backend.auditTrail().changes(Actor.named("Vera"), AuditFilter.everything()))
                .isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("Supervisor");
        AuditFilter all = AuditFilter.everything();
        assertThat(backend.auditTrail().changes(bob, withEntity(all, "Location")))
                .extracting(FieldChange::entityLabel, FieldChange::field, FieldChange::newValue)
                .containsExactlyInAnyOrder(tuple("BACK", "Code", "BACK"), tuple("BACK", "Name", "Back room"));
        assertThat(backend.auditTrail().changes(bob, new AuditFilter(all.from(), all.to(), "bob", "", "", 100)))
                .extracting(FieldChange::entity)
                .containsOnly("Location");
        assertThat(backend.auditTrail().changes(bob, new AuditFilter(all.from(), all.to(), "", "", "Name", 100)))
                .extracting(FieldChange::entity)
                .contains("Location", "Product", "User")
                .hasSizeGreaterThanOrEqualTo(5);
        Instant later = Instant.now().plus(Duration.ofMinutes(1));
        assertThat(backend.auditTrail().changes(bob, new AuditFilter(later, all.to(), "", "", "", 100)))
                .isEmpty();
        assertThat(backend.auditTrail().changes(bob, new AuditFilter(all.from(), all.to(), "", "", "", 2)))
                .hasSize(2);
    }

    @Test
    void everyMovementRecordsTheWorkstationItCameFrom() {
        long id = backend.products()
                .create(ada, TestProduct.sku("AUD-4").details())
                .id();
        backend.stock()
                .receive(new org.stockroom.service.stock.StockChange(
                        org.stockroom.service.stock.CommandKeys.newKey(), bob, id, "MAIN", 3, null, null));

        MovementView movement = backend.ledger().history(id, 10).get(0);

        assertThat(movement.userName()).isEqualTo("Bob");
        assertThat(movement.workstation()).isEqualTo("till-2");
    }

    @Test
    void theVerifierAgreesWithTheServicesAndCatchesARowChangedOrRemovedBehindTheTrailsBack() throws Exception {
        ProductView product = backend.products()
                .create(ada, TestProduct.sku("AUD-5").name("Nut").details());
        backend.products()
                .update(
                        bob,
                        product.id(),
                        product.version(),
                        TestProduct.sku("AUD-5").name("Lock nut").details());
        backend.locations().create(bob, "SPARE", "Spare room");
        AuditVerifier verifier = new AuditVerifier(backend.database().dataSource());

        AuditVerifier.Report clean = verifier.verify();
        assertThat(clean.consistent()).as(clean.mismatches().toString()).isTrue();
        assertThat(clean.audited()).isEqualTo(5); // 3 users, AUD-5, SPARE
        assertThat(clean.unaudited())
                .as("MAIN and the seeded reason codes, made by migrations")
                .isEqualTo(1 + count("SELECT COUNT(*) FROM reason_code"));

        sql("UPDATE product SET name = 'Edited by hand' WHERE sku = 'AUD-5'");
        sql("UPDATE app_user SET role = 'ADMIN' WHERE name = 'Vera'");
        sql("DELETE FROM location WHERE code = 'SPARE'");

        assertThat(verifier.verify().mismatches())
                .containsExactlyInAnyOrder(
                        "Product AUD-5: the stored row differs from its last audited state",
                        "User Vera: the stored row differs from its last audited state",
                        "Location id " + idOf("SPARE") + ": audited but no longer stored, and no removal was recorded");
    }

    private String idOf(String code) throws Exception {
        try (Connection c = backend.database().dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT DISTINCT id FROM location_aud WHERE code = '" + code + "'")) {
            r.next();
            return r.getString(1);
        }
    }

    private static AuditFilter withEntity(AuditFilter f, String entity) {
        return new AuditFilter(f.from(), f.to(), f.user(), entity, f.field(), f.limit());
    }

    private long count(String query) throws Exception {
        try (Connection c = backend.database().dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getLong(1);
        }
    }

    private long revisions() throws Exception {
        try (Connection c = backend.database().dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM audit_revision")) {
            r.next();
            return r.getLong(1);
        }
    }

    private void sql(String statement) {
        backend.database()
                .transactions()
                .inTransaction(s -> s.createNativeMutationQuery(statement).executeUpdate());
    }
}
