package org.stockroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.stockroom.domain.FieldError;
import org.stockroom.persistence.DatabaseBusyException;
import org.stockroom.persistence.DatabaseTarget;
import org.stockroom.persistence.DatabaseUnavailableException;
import org.stockroom.persistence.H2Dialect;
import org.stockroom.persistence.SqlErrors;
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

    @Test
    void aPasswordAServerRefusedSaysWhereTheCommandLineTakesItFrom() {
        SqlErrors errors = new SqlErrors(new H2Dialect());
        DatabaseTarget.Remote server = new DatabaseTarget.Remote("stock-pc", 9092, "x");
        DatabaseUnavailableException refused =
                errors.unavailable(server, new SQLException("bad password", "28000", 28000));
        assertThat(FailureHandler.lineFor(refused))
                .isEqualTo("Wrong password for the Stockroom server at stock-pc:9092"
                        + " (set STOCKROOM_SERVER_PASSWORD or --password-file)");
        DatabaseUnavailableException inUse = errors.unavailable(
                new DatabaseTarget.Local(Path.of("/data/stock")), new SQLException("locked", "90020", 90020));
        assertThat(FailureHandler.lineFor(inUse)).doesNotContain("--password-file");
    }
}
