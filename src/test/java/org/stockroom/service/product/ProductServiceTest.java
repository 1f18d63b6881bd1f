package org.stockroom.service.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stockroom.FreshBackend;
import org.stockroom.TestBackends;
import org.stockroom.domain.FieldError;
import org.stockroom.domain.product.ProductDetails;
import org.stockroom.domain.product.ProductRules;
import org.stockroom.service.Backend;
import org.stockroom.service.ValidationException;

class ProductServiceTest {

    @RegisterExtension
    final FreshBackend fresh = freshBackend();

    /** H2 here; the PostgreSQL twin gives its own. */
    FreshBackend freshBackend() {
        return new FreshBackend();
    }

    Backend backend;
    ProductService products;

    @BeforeEach
    void open() {
        backend = fresh.backend();
        products = backend.products();
    }

    private static ProductDetails with(String sku, String barcode) {
        return new ProductDetails(sku, "Name", "Cat", "each", barcode, 0, BigDecimal.ZERO, false);
    }

    @Test
    void skuIsTrimmedAndUniqueIgnoringCase() {
        ProductView created = products.create(TestBackends.ACTOR, with("  Ab-1/x.y_z ", null));
        assertThat(created.details().sku()).isEqualTo("Ab-1/x.y_z");

        assertThatThrownBy(() -> products.create(TestBackends.ACTOR, with("AB-1/X.Y_Z", null)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors())
                                .extracting(FieldError::field)
                                .containsExactly(ProductRules.SKU));
    }

    @Test
    void skuWithControlCharactersOrDirectionMarksOrOver64CharactersIsRefused() {
        // Spaces and punctuation are allowed since issue 25 ("Blue Chair", "R_10R_0402_1%" in real catalogues).
        for (String bad : new String[] {"A\tB", "A\u202E1", "A\u0007", "x".repeat(65), ""}) {
            assertThatThrownBy(() -> products.create(TestBackends.ACTOR, with(bad, null)))
                    .as("'%s'", bad)
                    .isInstanceOf(ValidationException.class);
        }
        assertThat(backend.catalogue().productCount()).isZero();
    }

    @Test
    void barcodeIsOptionalButUnique() {
        products.create(TestBackends.ACTOR, with("A-1", null));
        products.create(TestBackends.ACTOR, with("A-2", "  "));
        products.create(TestBackends.ACTOR, with("A-3", "4006381333931"));

        assertThatThrownBy(() -> products.create(TestBackends.ACTOR, with("A-4", "4006381333931")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Barcode");
    }

    @Test
    void negativeOrTooPreciseUnitCostIsRefused() {
        ProductDetails negative = new ProductDetails("C-1", "N", "C", "each", null, 0, new BigDecimal("-0.01"), false);
        ProductDetails precise = new ProductDetails("C-2", "N", "C", "each", null, 0, new BigDecimal("0.00001"), false);

        assertThatThrownBy(() -> products.create(TestBackends.ACTOR, negative)).hasMessageContaining("negative");
        assertThatThrownBy(() -> products.create(TestBackends.ACTOR, precise)).hasMessageContaining("decimal places");
    }

    @Test
    void editChangingTheSkuToOneInUseIsRefusedAndNothingChanges() {
        products.create(TestBackends.ACTOR, with("T-1", null));
        ProductView other = products.create(TestBackends.ACTOR, with("T-2", null));

        assertThatThrownBy(() -> products.update(TestBackends.ACTOR, other.id(), other.version(), with("t-1", null)))
                .isInstanceOf(ValidationException.class);
        assertThat(products.find(other.id()).orElseThrow().details().sku()).isEqualTo("T-2");
    }

    @Test
    void databaseRefusesNegativeStockEvenIfTheServiceWereBypassed() {
        long id = TestBackends.product(backend, "DB-1").id();
        backend.stock().receive(TestBackends.change(id, "MAIN", 1));

        assertThatThrownBy(() -> backend.database()
                        .transactions()
                        .inTransaction(s -> s.createNativeMutationQuery("UPDATE stock_level SET on_hand = -1")
                                .executeUpdate()))
                .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("ck_stock_on_hand"));
        assertThatThrownBy(() -> backend.database()
                        .transactions()
                        .inTransaction(s -> s.createNativeMutationQuery("UPDATE stock_level SET reserved = 2")
                                .executeUpdate()))
                .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("ck_stock_reserved_within_on_hand"));
    }
}
