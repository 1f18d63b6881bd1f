package org.stockroom.ui.transfer;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.stockroom.domain.transfer.ImportKind;
import org.stockroom.domain.transfer.NumberStyle;
import org.stockroom.service.transfer.StockMode;

/**
 * One entry of a choice box on the Import page: what the user reads, and the value it stands for (null: "find it
 * out from the file").
 */
public record Choice<T>(String label, T value) {

    static final List<Choice<ImportKind>> KINDS = List.of(
            new Choice<>("Products (catalogue)", ImportKind.PRODUCTS),
            new Choice<>("Locations", ImportKind.LOCATIONS),
            new Choice<>("Stock quantities", ImportKind.STOCK));

    static final List<Choice<StockMode>> STOCK_MODES = List.of(
            new Choice<>("Opening stock (received)", StockMode.OPENING),
            new Choice<>("Counted quantities (set on hand)", StockMode.COUNT));

    static final List<Choice<Charset>> ENCODINGS = List.of(
            new Choice<>("Found from the file", null),
            new Choice<>("UTF-8", StandardCharsets.UTF_8),
            new Choice<>("UTF-16 (Excel Unicode text)", StandardCharsets.UTF_16),
            new Choice<>("Windows-1252 (Western)", Charset.forName("windows-1252")),
            new Choice<>("ISO-8859-1 (Latin-1)", StandardCharsets.ISO_8859_1));

    static final List<Choice<Character>> SEPARATORS = List.of(
            new Choice<>("Found from the file", null),
            new Choice<>("Comma ,", ','),
            new Choice<>("Semicolon ;", ';'),
            new Choice<>("Tab", '\t'),
            new Choice<>("Bar |", '|'));

    static final List<Choice<NumberStyle>> NUMBER_STYLES = List.of(
            new Choice<>("Found from the file", null),
            new Choice<>("1,234.5 (decimal point)", NumberStyle.DECIMAL_POINT),
            new Choice<>("1.234,5 (decimal comma)", NumberStyle.DECIMAL_COMMA));

    @Override
    public String toString() {
        return label;
    }
}
