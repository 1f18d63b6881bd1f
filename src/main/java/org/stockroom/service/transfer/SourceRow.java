package org.stockroom.service.transfer;

import java.util.List;

/** One row of a file as text cells, with its row number as a spreadsheet shows it (the first row is 1). */
public record SourceRow(long number, List<String> cells) {

    /** The cell at {@code column}, or "" past the row's end. */
    public String cell(int column) {
        return column < cells.size() && cells.get(column) != null ? cells.get(column) : "";
    }

    public boolean blank() {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }
}
