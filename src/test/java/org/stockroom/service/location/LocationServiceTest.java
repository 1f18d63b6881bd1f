package org.stockroom.service.location;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stockroom.FreshBackend;
import org.stockroom.TestBackends;
import org.stockroom.service.Backend;
import org.stockroom.service.ValidationException;

class LocationServiceTest {

    @RegisterExtension
    final FreshBackend fresh = freshBackend();

    /** H2 here; the PostgreSQL twin gives its own. */
    FreshBackend freshBackend() {
        return new FreshBackend();
    }

    @Test
    void mainExistsFromTheStartAndNewLocationsAreUpperCasedAndUnique() {
        Backend backend = fresh.backend();
        assertThat(backend.locations().summaries())
                .extracting(LocationSummary::code)
                .containsExactly("MAIN");

        LocationView created = backend.locations().create(TestBackends.ACTOR, " a-01 ", "Aisle 1");

        assertThat(created.code()).isEqualTo("A-01");
        assertThatThrownBy(() -> backend.locations().create(TestBackends.ACTOR, "A-01", "Again"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("already exists");
        assertThatThrownBy(() -> backend.locations().create(TestBackends.ACTOR, "A\t01", ""))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.errors()).hasSize(2));
    }

    @Test
    void summariesCountProductsInStockAndUnits() {
        Backend backend = fresh.backend();
        long a = TestBackends.product(backend, "A").id();
        long b = TestBackends.product(backend, "B").id();
        backend.stock().receive(TestBackends.change(a, "MAIN", 4));
        backend.stock().receive(TestBackends.change(b, "MAIN", 6));
        backend.stock().issue(TestBackends.change(b, "MAIN", 6));

        LocationSummary main = backend.locations().summaries().get(0);

        assertThat(main.productsInStock()).isEqualTo(1);
        assertThat(main.unitsOnHand()).isEqualTo(4);
    }
}
