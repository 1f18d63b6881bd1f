package org.stockroom.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stockroom.domain.FieldError;
import org.stockroom.persistence.DatabaseBusyException;
import org.stockroom.persistence.DatabaseUnavailableException;

/** The service layer's expected failures: one sealed base, one kind per permitted class, found under wrappers. */
class ExpectedFailureTest {

    @Test
    void eachKindHasExactlyOnePermittedClass() {
        List<Class<?>> permitted = Arrays.asList(ExpectedFailure.class.getPermittedSubclasses());
        assertThat(permitted).hasSize(ExpectedFailure.Kind.values().length);
        assertThat(permitted)
                .contains(
                        ValidationException.class,
                        NotFoundException.class,
                        StockRefusal.class,
                        Conflict.class,
                        BusyException.class,
                        UnavailableException.class,
                        NotAllowedException.class);
    }

    @Test
    void theDatabaseBeingBusyOrUnavailableIsFoundUnderWhateverWrapsIt() {
        RuntimeException wrappedBusy = new IllegalStateException("outer", new DatabaseBusyException(null));
        assertThat(ExpectedFailure.of(wrappedBusy))
                .get()
                .extracting(ExpectedFailure::kind)
                .isEqualTo(ExpectedFailure.Kind.BUSY);
        assertThat(ExpectedFailure.of(new DatabaseUnavailableException("No Stockroom database in /x", null)))
                .get()
                .satisfies(f -> {
                    assertThat(f.kind()).isEqualTo(ExpectedFailure.Kind.UNAVAILABLE);
                    assertThat(f.getMessage()).isEqualTo("No Stockroom database in /x");
                });
        ValidationException invalid = new ValidationException(new FieldError("sku", "SKU is required"));
        assertThat(ExpectedFailure.of(invalid)).containsSame(invalid);
    }

    @Test
    void aFaultIsNotAnExpectedFailure() {
        assertThat(ExpectedFailure.of(new NullPointerException())).isEmpty();
        assertThat(ExpectedFailure.of(new IllegalStateException("x", new java.io.IOException("disk"))))
                .isEmpty();
    }
}
