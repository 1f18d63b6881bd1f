package org.stockroom.domain.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the scanner adds around a code is taken off, and what it sends instead of GS is turned back. */
class ScanDecoderTest {

    @Test
    void stripsPrefixSuffixAndTheAimIdentifierAndKnowsGs1FromIt() {
        ScanDecoder decoder = new ScanDecoder(new ScannerSettings(40, 4, "#", "$", "", 0));

        ScannedCode ean = decoder.decode("#]E04006381333931$");
        assertThat(ean.text()).isEqualTo("4006381333931");
        assertThat(ean.gs1()).isFalse();

        ScannedCode gs1 = decoder.decode("#]C10104006381333931" + "10A1$");
        assertThat(gs1.gs1()).isTrue();
        assertThat(gs1.lot()).isEqualTo("A1");
    }

    @Test
    void aConfiguredGsSubstituteSeparatesVariableFieldsLikeGs() {
        ScanDecoder decoder = new ScanDecoder(new ScannerSettings(40, 4, "", "", "~", 0));

        ScannedCode code = decoder.decode("]C10104006381333931" + "10LOT1~21SER9");

        assertThat(code.lot()).isEqualTo("LOT1");
        assertThat(code.serial()).isEqualTo("SER9");
        assertThat(code.text()).contains(String.valueOf(Gs1.GS)).doesNotContain("~");
    }

    @Test
    void digitsThatArriveAsAzertySymbolsAreSpottedAndReadBack() {
        assertThat(KeyboardLayoutCheck.azertyDigits("'àà-\"_&\"\"\"ç\"&")).hasValue("4006381333931");
        assertThat(KeyboardLayoutCheck.azertyDigits("4006381333931")).isEmpty();
        assertThat(KeyboardLayoutCheck.azertyDigits("NUT-M8"))
                .as("a SKU with a dash is no mismatch")
                .isEmpty();
    }
}
