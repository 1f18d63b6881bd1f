package org.stockroom.ui.stock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.stockroom.domain.FieldError;
import org.stockroom.service.location.LocationView;
import org.stockroom.service.stock.StockCommandRules;

/** The stock dialog's rules per operation, without a window or a database. */
class StockFormCheckTest {

    static final LocationView MAIN = new LocationView(1, "MAIN", "Main store");
    static final LocationView BACK = new LocationView(2, "BACK", "Back room");

    static StockForm form(StockOperation op, LocationView to, String quantity, String reason, String expires) {
        return new StockForm(op, MAIN, to, quantity, reason, "", expires);
    }

    @Test
    void aValidFormGivesItsParsedValues() {
        StockFormCheck reserve = StockFormCheck.of(form(StockOperation.RESERVE, null, " 4 ", "SO-7", "2h"));
        assertThat(reserve.valid()).isTrue();
        assertThat(reserve.quantity()).isEqualTo(4);
        assertThat(reserve.expiresAfter()).isEqualTo(Duration.ofHours(2));
        assertThat(StockFormCheck.of(form(StockOperation.COUNT, null, "0", "", ""))
                        .valid())
                .as("a count of zero is a count")
                .isTrue();
    }

    @Test
    void eachOperationAsksForWhatItNeeds() {
        assertThat(fields(form(StockOperation.RECEIVE, null, "0", "", ""))).containsExactly(StockCommandRules.QUANTITY);
        assertThat(fields(form(StockOperation.ADJUST, null, "-3", " ", ""))).containsExactly(StockCommandRules.REASON);
        assertThat(fields(form(StockOperation.TRANSFER, MAIN, "2", "", "")))
                .containsExactly(StockCommandRules.TO_LOCATION);
        assertThat(fields(form(StockOperation.TRANSFER, BACK, "2", "", ""))).isEmpty();
        assertThat(fields(form(StockOperation.RESERVE, null, "1", "", "soon")))
                .containsExactlyInAnyOrder(StockCommandRules.REASON, "expires");
        assertThat(fields(form(StockOperation.ISSUE, null, "two", "", ""))).containsExactly(StockCommandRules.QUANTITY);
        assertThat(fields(new StockForm(StockOperation.ISSUE, null, null, "1", "", "", "")))
                .containsExactly(StockCommandRules.LOCATION);
    }

    private static java.util.List<String> fields(StockForm form) {
        return StockFormCheck.of(form).errors().stream().map(FieldError::field).toList();
    }
}
