package org.stockroom.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.stockroom.FreshBackend;
import org.stockroom.TestBackends;
import org.stockroom.TestProduct;
import org.stockroom.cli.CommandLineRun;
import org.stockroom.cli.ExitCodes;
import org.stockroom.domain.access.Role;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;
import org.stockroom.service.ValidationException;
import org.stockroom.service.stock.CommandKeys;
import org.stockroom.service.stock.StockChange;

/**
 * Issue 24, finding 6: stored text holds no control characters or direction overrides (refused with the character
 * and its place named, nothing saved), and a quantity of Long.MIN_VALUE is bad input, not "not enough stock".
 */
class HostileTextAndNumbersTest {

    @RegisterExtension
    final FreshBackend fresh = new FreshBackend();

    @TempDir
    Path folder;

    @Test
    void aProductNameWithAnEscapeSequenceIsRefusedNamingTheCharacter() {
        Backend backend = fresh.backend();
        assertThatThrownBy(() -> TestProduct.sku("ESC-1").name("Bolt\u001b[2J").createIn(backend))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Name contains a control character (U+001B) at character 5");
        assertThat(backend.products().findBySku("ESC-1")).isEmpty();
    }

    @Test
    void directionOverridesAndLineBreaksAreRefusedInNotesLocationsAndUserNames() {
        Backend backend = fresh.backend();
        long id = TestBackends.product(backend, "RTL-1").id();
        StockChange flipped =
                new StockChange(CommandKeys.newKey(), TestBackends.ACTOR, id, "MAIN", 1, null, "invoice \u202Efdp.exe");

        assertThatThrownBy(() -> backend.stock().receive(flipped))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("an invisible text-direction mark (U+202E)");
        assertThat(TestBackends.onHand(backend, id, "MAIN")).isZero();
        assertThatThrownBy(() -> backend.locations().create(TestBackends.ACTOR, "SHELF", "Shelf\r\nA"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("control character (U+000D)");
        assertThatThrownBy(() -> backend.users().createFirstAdministrator("ad\u0007a", "a good password", "t"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("U+0007");
        backend.users().createFirstAdministrator("ada", "a good password", "t");
        assertThatThrownBy(() -> backend.users().add(Actor.named("ada"), "b\u2066ob", Role.CLERK, "bobs password"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("U+2066");
    }

    @Test
    void theSmallestLongAsAnAdjustmentIsBadInputNotLackOfStock() {
        String dir = folder.resolve("data").toString();
        CommandLineRun cli = new CommandLineRun();
        assertThat(cli.run("product", "add", "HW-1", "--name", "Bolt", "--data-dir", dir))
                .isZero();

        int status = cli.run("adjust", "HW-1", "-9223372036854775808", "--reason", "DAMAGED", "--data-dir", dir);

        assertThat(status).as(cli.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err()).contains("over 1,000,000,000");
    }
}
