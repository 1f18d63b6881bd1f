package org.stockroom.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.stockroom.domain.catalogue.SearchText;
import org.stockroom.domain.product.Ean13;

class SearchTextAndBarcodeTest {

    @Test
    void foldingDropsCaseAccentsAndPunctuation() {
        assertThat(SearchText.fold("Café Crème")).isEqualTo("cafe creme");
        assertThat(SearchText.fold("  Glänzend—O-Ring, Ø 40 ")).isEqualTo("glanzend o ring o 40");
        assertThat(SearchText.words("Bolt bolt BOLT m8")).containsExactly("bolt", "m8");
        assertThat(SearchText.words(" -- ")).isEmpty();
    }

    @Test
    void ean13CheckDigitsMatchPublishedBarcodes() {
        assertThat(Ean13.withCheckDigit("400638133393")).isEqualTo("4006381333931");
        assertThat(Ean13.withCheckDigit("501234567890")).isEqualTo("5012345678900");
        assertThat(Ean13.isValid("4006381333931")).isTrue();
        assertThat(Ean13.isValid("4006381333932")).isFalse();
        assertThatThrownBy(() -> Ean13.withCheckDigit("12345")).hasMessageContaining("12 digits");
    }
}
