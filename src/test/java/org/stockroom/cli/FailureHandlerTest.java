package org.stockroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.stockroom.domain.FieldError;
import org.stockroom.persistence.DatabaseBusyException;
import org.stockroom.persistence.DatabaseUnavailableException;
import org.stockroom.persistence.backup.BackupException;
import org.stockroom.service.NotFoundException;
import org.stockroom.service.ValidationException;
import org.stockroom.service.stock.InsufficientStockException;

/** Every kind of failure has its exit status, decided in one place. */
class FailureHandlerTest {

    @Test
    void eachKindOfFailureMapsToItsExitStatus() {
        assertThat(FailureHandler.statusOf(new ValidationException(new FieldError("sku", "required"))))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(FailureHandler.statusOf(new NotFoundException("No product"))).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(FailureHandler.statusOf(new InsufficientStockException("A-1", "MAIN", 1, 2)))
                .isEqualTo(ExitCodes.INSUFFICIENT_STOCK);
        assertThat(FailureHandler.statusOf(new DatabaseBusyException(null))).isEqualTo(ExitCodes.CONFLICT);
        assertThat(FailureHandler.statusOf(new DatabaseUnavailableException("gone", null)))
                .isEqualTo(ExitCodes.DATABASE_UNAVAILABLE);
        assertThat(FailureHandler.statusOf(new BackupException("bad zip", null)))
                .isEqualTo(ExitCodes.BACKUP_FAILED);
        assertThat(FailureHandler.statusOf(new IllegalArgumentException("--rounds")))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(FailureHandler.statusOf(new NullPointerException())).isEqualTo(ExitCodes.INTERNAL_ERROR);
    }
}
