package org.stockroom.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stockroom.FreshBackend;
import org.stockroom.domain.access.Role;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;
import org.stockroom.service.reason.ReasonCode;
import org.stockroom.service.reason.ReasonUse;
import org.stockroom.ui.CurrentThreadTaskExecutor;

/** The reason-code section of the Administration page over a real database. */
class ReasonCodesViewModelTest {

    @RegisterExtension
    final FreshBackend fresh = new FreshBackend();

    Backend backend;
    Actor who = Actor.named("Ada");
    ReasonCodesViewModel section;

    @BeforeEach
    void open() {
        backend = fresh.backend();
        backend.users().createFirstAdministrator("Ada", "administrator", "office-pc");
        backend.users().add(Actor.named("Ada"), "Bob", Role.CLERK, "clerk password");
        section = new ReasonCodesViewModel(backend.reasonCodes(), new CurrentThreadTaskExecutor(), () -> who);
        section.refresh();
    }

    @Test
    void listsEachKindsCodesAddsRelabelsAndStopsOfferingOne() {
        assertThat(section.rows()).extracting(ReasonCode::code).contains("DAMAGED", "DATA_ENTRY");
        section.useProperty().set(ReasonUse.REVERSE);
        assertThat(section.rows()).extracting(ReasonCode::use).containsOnly(ReasonUse.REVERSE);

        section.useProperty().set(ReasonUse.ADJUST);
        section.codeProperty().set("water_damage");
        section.labelProperty().set("Water damage");
        section.save();
        assertThat(section.messageProperty().get())
                .isEqualTo("WATER_DAMAGE (Water damage) is offered for adjustments.");
        assertThat(backend.reasonCodes().active(ReasonUse.ADJUST))
                .extracting(ReasonCode::code)
                .contains("WATER_DAMAGE");

        ReasonCode added = section.rows().stream()
                .filter(r -> r.code().equals("WATER_DAMAGE"))
                .findFirst()
                .orElseThrow();
        section.selectedProperty().set(added);
        assertThat(section.labelProperty().get())
                .as("choosing a row fills the fields")
                .isEqualTo("Water damage");
        section.labelProperty().set("Water or flood damage");
        section.save();
        assertThat(section.rows()).contains(new ReasonCode("WATER_DAMAGE", ReasonUse.ADJUST, "Water or flood damage"));

        section.selectedProperty()
                .set(section.rows().stream()
                        .filter(r -> r.code().equals("WATER_DAMAGE"))
                        .findFirst()
                        .orElseThrow());
        section.disable();
        assertThat(section.messageProperty().get()).startsWith("WATER_DAMAGE is no longer offered for adjustments");
        assertThat(section.rows()).extracting(ReasonCode::code).doesNotContain("WATER_DAMAGE");
        assertThat(backend.reasonCodes().active(ReasonUse.ADJUST))
                .extracting(ReasonCode::code)
                .doesNotContain("WATER_DAMAGE");
    }

    @Test
    void aBadCodeOrAClerkIsRefusedByNameAndWhatWasTypedStays() {
        section.codeProperty().set("no spaces!");
        section.labelProperty().set("Bad");
        section.save();
        assertThat(section.messageProperty().get()).contains("A reason code is 2 to 40 letters, digits or '_'");
        assertThat(section.codeProperty().get()).isEqualTo("no spaces!");

        who = Actor.named("Bob");
        section.codeProperty().set("SPILLED");
        section.save();
        assertThat(section.messageProperty().get()).contains("needs the Admin role");
        assertThat(section.codeProperty().get()).isEqualTo("SPILLED");
        assertThat(backend.reasonCodes().active(ReasonUse.ADJUST))
                .extracting(ReasonCode::code)
                .doesNotContain("SPILLED", "NO SPACES!");
    }
}
