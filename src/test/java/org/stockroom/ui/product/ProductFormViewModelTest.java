package org.stockroom.ui.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stockroom.FreshBackend;
import org.stockroom.TestBackends;
import org.stockroom.domain.product.ProductDetails;
import org.stockroom.domain.product.ProductRules;
import org.stockroom.service.Backend;
import org.stockroom.service.product.ProductView;
import org.stockroom.ui.CurrentThreadTaskExecutor;
import org.stockroom.ui.RecordingDialogService;
import org.stockroom.ui.conflict.ConflictChoice;

class ProductFormViewModelTest {

    @RegisterExtension
    final FreshBackend fresh = new FreshBackend();

    Backend backend;
    RecordingDialogService dialogs = new RecordingDialogService();
    AtomicInteger saves = new AtomicInteger();

    @BeforeEach
    void open() {
        backend = fresh.backend();
    }

    private ProductFormViewModel form(ProductView editing) {
        return new ProductFormViewModel(
                backend.products(),
                new CurrentThreadTaskExecutor(),
                dialogs,
                editing,
                () -> TestBackends.ACTOR,
                saves::incrementAndGet);
    }

    @Test
    void emptySkuNonNumericAndNegativeValuesAreMarkedBesideTheirFields() {
        ProductFormViewModel form = form(null);
        form.nameProperty().set("Widget");
        form.reorderPointProperty().set("ten");
        form.unitCostProperty().set("-1");

        form.save();

        assertThat(form.errors()).containsKeys(ProductRules.SKU, ProductRules.REORDER_POINT, ProductRules.UNIT_COST);
        assertThat(form.errors().get(ProductRules.REORDER_POINT)).contains("whole number");
        assertThat(backend.catalogue().productCount()).as("nothing saved").isZero();
    }

    @Test
    void absurdReorderPointAndOverlongNameAreRefused() {
        ProductFormViewModel form = form(null);
        form.skuProperty().set("W-1");
        form.nameProperty().set("x".repeat(201));
        form.reorderPointProperty().set("1000000001");

        form.save();

        assertThat(form.errors().get(ProductRules.NAME)).contains("200");
        assertThat(form.errors().get(ProductRules.REORDER_POINT)).contains("1,000,000,000");
        assertThat(saves).hasValue(0);
    }

    @Test
    void duplicateSkuIgnoringCaseIsReportedOnTheSkuField() {
        TestBackends.product(backend, "dup-1");
        ProductFormViewModel form = form(null);
        form.skuProperty().set("  DUP-1 ");
        form.nameProperty().set("Another");

        form.save();

        assertThat(form.errors().get(ProductRules.SKU)).contains("already used");
        assertThat(form.closedProperty().get()).isFalse();
        assertThat(backend.catalogue().productCount()).isEqualTo(1);
    }

    @Test
    void applyMineOnTopSavesTheFieldsIChangedOverTheirs() {
        ProductView opened = TestBackends.product(backend, "M-1");
        ProductFormViewModel form = form(opened);
        ProductDetails d = opened.details();
        backend.products()
                .update(
                        TestBackends.ACTOR,
                        opened.id(),
                        opened.version(),
                        new ProductDetails(
                                d.sku(),
                                "Their name",
                                d.category(),
                                d.unit(),
                                d.barcode(),
                                42,
                                d.unitCost(),
                                d.archived()));
        form.categoryProperty().set("My category");
        dialogs.conflictAnswers.add(ConflictChoice.APPLY_MINE);

        form.save();

        ProductDetails stored =
                backend.products().find(opened.id()).orElseThrow().details();
        assertThat(stored.name()).as("their change survives").isEqualTo("Their name");
        assertThat(stored.reorderPoint()).as("their change survives").isEqualTo(42);
        assertThat(stored.category()).as("my change is applied").isEqualTo("My category");
        assertThat(dialogs.conflicts)
                .singleElement()
                .satisfies(c -> assertThat(c.rows()).anySatisfy(row -> {
                    assertThat(row.label()).isEqualTo("Name");
                    assertThat(row.mine()).isEqualTo(d.name());
                    assertThat(row.theirs()).isEqualTo("Their name");
                    assertThat(row.original()).isEqualTo(d.name());
                }));
        assertThat(form.closedProperty().get()).isTrue();
    }

    @Test
    void cancelInTheConflictDialogKeepsWhatIsTypedAndSavesNothing() {
        ProductView opened = TestBackends.product(backend, "M-2");
        ProductFormViewModel form = form(opened);
        ProductDetails d = opened.details();
        backend.products()
                .update(
                        TestBackends.ACTOR,
                        opened.id(),
                        opened.version(),
                        new ProductDetails(
                                d.sku(),
                                "Their name",
                                d.category(),
                                d.unit(),
                                d.barcode(),
                                d.reorderPoint(),
                                d.unitCost(),
                                d.archived()));
        form.nameProperty().set("My name");
        dialogs.conflictAnswers.add(ConflictChoice.CANCEL);

        form.save();

        assertThat(form.nameProperty().get()).isEqualTo("My name");
        assertThat(form.closedProperty().get()).isFalse();
        assertThat(backend.products().find(opened.id()).orElseThrow().details().name())
                .isEqualTo("Their name");
    }
}
