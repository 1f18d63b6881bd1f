package org.stockroom.ui.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stockroom.FreshBackend;
import org.stockroom.TestBackends;
import org.stockroom.domain.access.Role;
import org.stockroom.domain.ledger.MovementType;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;
import org.stockroom.service.access.UserView;
import org.stockroom.service.catalogue.ProductRow;
import org.stockroom.service.ledger.MovementView;
import org.stockroom.service.stock.StockCommandRules;
import org.stockroom.ui.CurrentThreadTaskExecutor;
import org.stockroom.ui.HeldTaskExecutor;
import org.stockroom.ui.RecordingDialogService;
import org.stockroom.ui.TaskExecutor;
import org.stockroom.ui.access.SignedInUser;
import org.stockroom.ui.conflict.ConflictChoice;

class StockMovementViewModelTest {

    @RegisterExtension
    final FreshBackend fresh = new FreshBackend();

    Backend backend;
    RecordingDialogService dialogs = new RecordingDialogService();
    java.util.List<String> saved = new java.util.ArrayList<>();
    SignedInUser user = new SignedInUser("ws-1", "tester", false);
    long productId;

    @BeforeEach
    void open() {
        backend = fresh.backend();
        productId = TestBackends.product(backend, "ADJ-1").id();
        backend.stock().receive(TestBackends.change(productId, "MAIN", 10));
    }

    private StockMovementViewModel dialog() {
        return dialog(new CurrentThreadTaskExecutor());
    }

    private StockMovementViewModel dialog(TaskExecutor executor) {
        ProductRow row = backend.catalogue().productRow(productId).orElseThrow();
        return new StockMovementViewModel(
                new StockCommandSender(backend.stock(), backend.reservations(), () -> Actor.named("tester")),
                executor,
                dialogs,
                new StockDialogSubject(
                        row,
                        backend.catalogue().stockLevels(productId),
                        backend.catalogue().locations(),
                        backend.reasonCodes().active(org.stockroom.service.reason.ReasonUse.ADJUST)),
                user::whyNot,
                saved::add);
    }

    private long onHand() {
        return backend.catalogue().productRow(productId).orElseThrow().onHand();
    }

    @Test
    void issuingMoreThanAvailableKeepsTheDialogOpenAndSaysHowManyAreAvailable() {
        StockMovementViewModel dialog = dialog();
        dialog.operationProperty().set(StockOperation.ISSUE);
        dialog.quantityProperty().set("12");

        dialog.save();

        assertThat(dialog.errors().get(StockCommandRules.QUANTITY)).isEqualTo("Only 10 available");
        assertThat(dialog.messageProperty().get()).contains("ADJ-1").contains("12 asked");
        assertThat(dialog.closedProperty().get()).isFalse();
        assertThat(onHand()).isEqualTo(10);
    }

    @Test
    void aRoleThatMayNotKeepsTheDialogOpenWithWhatWasTypedAndSaysWhichRoleItNeeds() {
        backend.users().createFirstAdministrator("Ada", "administrator", "till-1");
        backend.users().add(Actor.named("Ada"), "tester", org.stockroom.domain.access.Role.VIEWER, "password v");
        StockMovementViewModel dialog = dialog();
        dialog.quantityProperty().set("3");

        dialog.save();

        assertThat(dialog.messageProperty().get()).contains("Clerk role").contains("tester is a Viewer");
        assertThat(dialog.closedProperty().get()).isFalse();
        assertThat(dialog.quantityProperty().get()).isEqualTo("3");
        assertThat(dialogs.errors).as("inline, not an error alert").isEmpty();
        assertThat(onHand()).isEqualTo(10);
    }

    @Test
    void nonNumericNegativeAndAbsurdQuantitiesAreRefusedInTheForm() {
        StockMovementViewModel dialog = dialog();
        for (String bad : new String[] {"ten", "-3", "1000000001", "2.5", ""}) {
            dialog.quantityProperty().set(bad);
            dialog.save();
            assertThat(dialog.errors()).as("quantity '%s'", bad).containsKey(StockCommandRules.QUANTITY);
        }
        assertThat(onHand()).isEqualTo(10);
        assertThat(saved).isEmpty();
    }

    @Test
    void pressingSaveAgainWhileTheFirstSaveIsRunningStartsNoSecondSave() {
        HeldTaskExecutor executor = new HeldTaskExecutor();
        StockMovementViewModel dialog = dialog(executor);
        dialog.quantityProperty().set("5");

        dialog.save();
        assertThat(dialog.busyProperty().get())
                .as("busy while the first save runs")
                .isTrue();
        dialog.save();
        assertThat(executor.pending())
                .as("the second press is ignored by the busy guard")
                .isEqualTo(1);
        executor.completeAll();

        assertThat(dialog.busyProperty().get()).isFalse();
        assertThat(onHand()).isEqualTo(15);
        assertThat(backend.ledger().history(productId, 10)).hasSize(2);
        assertThat(saved)
                .as("one save, and the window says what it was")
                .singleElement()
                .asString()
                .startsWith("Saved: Received 5 each of ADJ-1 into MAIN");
    }

    @Test
    void aCountThatConflictsShowsWhatMovedAndCanApplyTheCount() {
        StockMovementViewModel dialog = dialog();
        dialog.operationProperty().set(StockOperation.COUNT);
        dialog.quantityProperty().set("9");
        backend.stock().issue(TestBackends.change(productId, "MAIN", 3)); // someone picks while we count
        dialogs.conflictAnswers.add(ConflictChoice.APPLY_MINE);

        dialog.save();

        assertThat(dialogs.conflicts).singleElement().satisfies(conflict -> {
            assertThat(conflict.movementsSince()).extracting(MovementView::type).containsExactly(MovementType.ISSUE);
            assertThat(conflict.rows()).singleElement().satisfies(row -> {
                assertThat(row.mine()).isEqualTo("9");
                assertThat(row.theirs()).isEqualTo("7");
                assertThat(row.original()).isEqualTo("10");
            });
        });
        assertThat(onHand()).isEqualTo(9);
        assertThat(backend.verifier().verify().consistent()).isTrue();
    }

    @Test
    void anAdjustmentOffersTheReasonCodesThatFitItsSignAndRecordsTheOneChosen() {
        StockMovementViewModel dialog = dialog();
        dialog.operationProperty().set(StockOperation.ADJUST);
        dialog.quantityProperty().set("-2");
        assertThat(dialog.adjustReasons())
                .extracting(r -> r.code())
                .contains("DAMAGED", "MISSING", "DATA_ENTRY")
                .doesNotContain("FOUND");
        dialog.adjustReasons().stream()
                .filter(r -> r.code().equals("DAMAGED"))
                .findFirst()
                .ifPresent(dialog.adjustReasonProperty()::set);

        dialog.quantityProperty().set("+3");

        assertThat(dialog.adjustReasonProperty().get())
                .as("Damaged does not explain a gain")
                .isNull();
        assertThat(dialog.adjustReasons())
                .extracting(r -> r.code())
                .contains("FOUND", "DATA_ENTRY")
                .doesNotContain("DAMAGED");
        dialog.adjustReasons().stream()
                .filter(r -> r.code().equals("FOUND"))
                .findFirst()
                .ifPresent(dialog.adjustReasonProperty()::set);
        dialog.noteProperty().set("behind the shelf, PO-4711");
        dialog.save();

        assertThat(dialog.closedProperty().get()).isTrue();
        assertThat(onHand()).isEqualTo(13);
        var movement = backend.ledger().history(productId, 1).get(0);
        assertThat(movement.reason()).isEqualTo("FOUND");
        assertThat(movement.note()).isEqualTo("behind the shelf, PO-4711");
        assertThatThrownBy(() -> backend.stock()
                        .adjust(new org.stockroom.service.stock.StockChange(
                                org.stockroom.service.stock.CommandKeys.newKey(),
                                Actor.named("tester"),
                                productId,
                                "MAIN",
                                4,
                                "DAMAGED",
                                null)))
                .as("the service holds the same rule")
                .hasMessageContaining("Damaged explains a loss");
    }

    @Test
    void anAdjustmentWithoutAReasonIsRefused() {
        StockMovementViewModel dialog = dialog();
        dialog.operationProperty().set(StockOperation.ADJUST);
        dialog.quantityProperty().set("-2");

        dialog.save();

        assertThat(dialog.errors()).containsKey(StockCommandRules.REASON);
        assertThat(dialog.messageProperty().get()).contains("reason");
        assertThat(onHand()).isEqualTo(10);
    }

    @Test
    void reserveNeedsAReferenceAndAReadableExpiry() {
        StockMovementViewModel dialog = dialog();
        dialog.operationProperty().set(StockOperation.RESERVE);
        dialog.quantityProperty().set("4");
        dialog.expiresProperty().set("soon");

        dialog.save();

        assertThat(dialog.errors()).containsKeys(StockCommandRules.REASON, "expires");
        dialog.reasonProperty().set("SO-55");
        dialog.expiresProperty().set("2h");
        dialog.save();

        assertThat(dialog.closedProperty().get()).isTrue();
        assertThat(backend.catalogue().productRow(productId).orElseThrow().reserved())
                .isEqualTo(4);
        assertThat(backend.reservations().open(productId))
                .singleElement()
                .satisfies(r -> assertThat(r.expiresAt()).isNotNull());
    }

    @Test
    void aClerkIsToldWhichOperationsNeedASupervisorAndTheListFollowsASwitchOfUser() {
        StockMovementViewModel dialog = dialog();
        user.signedIn(new UserView(2, "Cleo", Role.CLERK, true, false, false, null));

        assertThat(dialog.refusalOf(StockOperation.RECEIVE).get()).isEmpty();
        assertThat(dialog.refusalOf(StockOperation.ISSUE).get()).isEmpty();
        assertThat(dialog.refusalOf(StockOperation.ADJUST).get())
                .contains("Supervisor")
                .contains("Cleo");
        var count = dialog.refusalOf(StockOperation.COUNT);
        assertThat(count.get()).contains("Supervisor");

        user.signedIn(new UserView(3, "Sam", Role.SUPERVISOR, true, false, false, null));

        assertThat(count.get()).isEmpty();
    }
}
