package org.stockroom.service.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stockroom.FreshBackend;
import org.stockroom.domain.access.Role;
import org.stockroom.domain.transfer.ImportKind;
import org.stockroom.service.Actor;
import org.stockroom.service.NotAllowedException;

/**
 * Products and locations need a Supervisor; opening stock a Clerk (who may receive); counted quantities a
 * Supervisor (who may set on hand); a stock file that creates products or locations needs that right as well.
 */
class ImportNeedsTheRightRoleTest {

    @RegisterExtension
    final FreshBackend fresh = new FreshBackend();

    final Actor ada = Actor.named("Ada");
    final Actor cleo = Actor.named("Cleo");
    Path stock;
    Path products;

    @BeforeEach
    void users() throws IOException {
        fresh.backend().users().add(ada, "Ada", Role.ADMIN, "ada password 1");
        fresh.backend().users().add(ada, "Cleo", Role.CLERK, "cleo password");
        stock = Files.writeString(fresh.folder().resolve("stock.csv"), "SKU,Location,Qty\nR-1,MAIN,4\n");
        products = Files.writeString(fresh.folder().resolve("products.csv"), "SKU,Name\nR-1,Roller\n");
    }

    ImportReport commit(Actor by, Path file, ImportOptions options) {
        return fresh.backend().imports().commit(by, file, options, ImportProgress.NONE, () -> false);
    }

    @Test
    void aClerkMayNotImportProductsNorPreviewThem() {
        assertThatThrownBy(() -> commit(cleo, products, ImportOptions.of(ImportKind.PRODUCTS)))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> fresh.backend()
                        .imports()
                        .preview(
                                cleo,
                                products,
                                ImportOptions.of(ImportKind.PRODUCTS),
                                ImportProgress.NONE,
                                () -> false))
                .isInstanceOf(NotAllowedException.class);
        assertThat(fresh.backend().catalogue().productCount()).isZero();
    }

    @Test
    void aClerkMayImportOpeningStockButNotCountsNorCreateProducts() {
        commit(ada, products, ImportOptions.of(ImportKind.PRODUCTS));

        assertThatThrownBy(() ->
                        commit(cleo, stock, ImportOptions.of(ImportKind.STOCK).withStockMode(StockMode.COUNT)))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() ->
                        commit(cleo, stock, ImportOptions.of(ImportKind.STOCK).withCreate(true, false)))
                .isInstanceOf(NotAllowedException.class);
        ImportReport opening = commit(cleo, stock, ImportOptions.of(ImportKind.STOCK));

        assertThat(opening.tallies().get("stock lines").created()).isEqualTo(1);
        assertThat(fresh.backend().verifier().verify().movements()).isEqualTo(1);
    }
}
