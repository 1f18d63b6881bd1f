package org.stockroom.domain.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** GS1 element strings and plain barcodes, read as a scanner sends them and as they are printed. */
class Gs1Test {

    static final String GS = String.valueOf(Gs1.GS);

    @Test
    void readsGtinLotExpirySerialAndCountAcrossGsSeparators() {
        ScannedCode code =
                Gs1.read("0104006381333931" + "17270300" + "10LOT-7A" + GS + "21SN0042" + GS + "3012", false);

        assertThat(code.gs1()).isTrue();
        assertThat(code.gtin()).isEqualTo("04006381333931");
        assertThat(code.expiry()).as("day 00 is the month's last day").isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(code.lot()).isEqualTo("LOT-7A");
        assertThat(code.serial()).isEqualTo("SN0042");
        assertThat(code.count()).isEqualTo(12);
        assertThat(code.quantity()).isEqualTo(12);
        assertThat(code.problems()).isEmpty();
        assertThat(code.productKeys()).startsWith("04006381333931", "4006381333931");
        assertThat(code.note()).isEqualTo("lot LOT-7A; expiry 2027-03-31; serial SN0042");
    }

    @Test
    void readsThePrintedFormWithParentheses() {
        ScannedCode code = Gs1.read("(01)09506000134352(10)ABC123(37)40", false);

        assertThat(code.gtin()).isEqualTo("09506000134352");
        assertThat(code.lot()).isEqualTo("ABC123");
        assertThat(code.count()).isEqualTo(40);
    }

    @Test
    void readsAnSsccAndSkipsAKnownFieldItHasNoPlaceFor() {
        ScannedCode code = Gs1.read(GS + "00340123450000000005" + "3103000750" + "37" + "5", true);

        assertThat(code.sscc()).isEqualTo("340123450000000005");
        assertThat(code.count()).as("the net weight (3103) is read past").isEqualTo(5);
        assertThat(code.problems()).isEmpty();
    }

    @Test
    void anUnknownIdentifierKeepsTheRestInTheNoteSoNothingIsDropped() {
        ScannedCode code = Gs1.read("0104006381333931" + "99INTERNAL", true);

        assertThat(code.gtin()).isEqualTo("04006381333931");
        assertThat(code.unread()).isEqualTo("99INTERNAL");
        assertThat(code.note()).contains("99INTERNAL");
        assertThat(code.problems()).singleElement().asString().contains("Unknown application identifier");
    }

    @Test
    void aLotLongerThanGs1AllowsSaysTheGsSeparatorMayBeDropped() {
        // 10 then 21 with the GS between them lost: the lot swallows the serial
        ScannedCode code = Gs1.read("0104006381333931" + "10LOT-7A-2027-BATCH-21SN0042", true);

        assertThat(code.problems()).singleElement().asString().contains("dropping the GS separator");
    }

    @Test
    void aBadCheckDigitOrDateIsNamed() {
        assertThat(Gs1.read("0104006381333932", true).problems())
                .singleElement()
                .asString()
                .contains("not a valid GTIN");
        assertThat(Gs1.read("0104006381333931" + "17271340", true).problems())
                .singleElement()
                .asString()
                .contains("not a date");
    }

    @Test
    void retailBarcodesAndSkusArePlainCodes() {
        assertThat(Gs1.read("4006381333931", false).gs1()).isFalse();
        assertThat(Gs1.read("4006381333931", false).gtin()).as("EAN-13").isEqualTo("4006381333931");
        assertThat(Gs1.read("036000291452", false).gtin()).as("UPC-A").isEqualTo("036000291452");
        assertThat(Gs1.read("96385074", false).gtin()).as("EAN-8").isEqualTo("96385074");
        ScannedCode sku = Gs1.read("NUT-M8", false);
        assertThat(sku.gtin()).isNull();
        assertThat(sku.productKeys()).containsExactly("NUT-M8");
        assertThat(Gs1.read("4006381333932", false).gtin())
                .as("a bad check digit is no GTIN")
                .isNull();
    }

    @Test
    void aGtinIsFoundInEachFormAProductMayHaveBeenEnteredWith() {
        assertThat(Gtin.forms("00036000291452")).containsExactly("00036000291452", "0036000291452", "036000291452");
        assertThat(Gtin.forms("00000096385074"))
                .containsExactly("00000096385074", "0000096385074", "000096385074", "96385074");
        assertThat(Gtin.isValid("4006381333931")).isTrue();
        assertThat(Gtin.isValid("4006381333930")).isFalse();
    }
}
