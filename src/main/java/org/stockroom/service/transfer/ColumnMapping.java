package org.stockroom.service.transfer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.stockroom.domain.transfer.CellValues;
import org.stockroom.domain.transfer.HeaderNames;
import org.stockroom.domain.transfer.ImportField;
import org.stockroom.domain.transfer.ImportKind;
import org.stockroom.domain.transfer.NumberStyle;

/**
 * Which column fills which field. Found from the header row by the fields' synonyms, checked against the first
 * rows' values (a yes/no column is not a quantity); changed by the user in the window or given as a saved
 * mapping ({@code --mapping FILE}: lines {@code FIELD=Header as in the file}).
 */
public final class ColumnMapping {

    private final ImportKind kind;
    private final List<String> headers;
    private final Map<ImportField, Integer> columns;

    private ColumnMapping(ImportKind kind, List<String> headers, Map<ImportField, Integer> columns) {
        this.kind = kind;
        this.headers = List.copyOf(headers);
        this.columns = Collections.unmodifiableMap(new EnumMap<>(columns));
    }

    /** How many of {@code row}'s cells name a field of {@code kind}: the header row is the row with most. */
    static int fieldNamesIn(ImportKind kind, SourceRow row) {
        int n = 0;
        for (String cell : row.cells()) {
            String name = HeaderNames.normalised(cell);
            if (!name.isEmpty()
                    && kind.fields().stream().anyMatch(f -> f.synonyms(kind).contains(name))) {
                n++;
            }
        }
        return n;
    }

    /** The mapping the headers and the sample rows under them suggest. */
    public static ColumnMapping detect(ImportKind kind, List<String> headers, List<SourceRow> sample) {
        List<String> names = headers.stream().map(HeaderNames::normalised).toList();
        Map<ImportField, Integer> chosen = new EnumMap<>(ImportField.class);
        for (ImportField field : kind.fields()) {
            Integer column = choose(field, kind, names, chosen, sample, true);
            if (column == null && field.type() != ImportField.CellType.BOOLEAN) {
                // No column of the field's names holds its kind of value: take the best named one anyway, so that its
                // bad cells are rejected row by row instead of the column going unused. (Not for a yes/no flag: an
                // "In Stock" column of quantities is not one.)
                column = choose(field, kind, names, chosen, sample, false);
            }
            if (column != null) {
                chosen.put(field, column);
            }
        }
        return new ColumnMapping(kind, headers, chosen);
    }

    private static Integer choose(
            ImportField field,
            ImportKind kind,
            List<String> names,
            Map<ImportField, Integer> chosen,
            List<SourceRow> sample,
            boolean checkValues) {
        for (String synonym : field.synonyms(kind)) {
            for (int c = 0; c < names.size(); c++) {
                if (names.get(c).equals(synonym)
                        && !chosen.containsValue(c)
                        && (!checkValues || fits(field, c, sample))) {
                    return c;
                }
            }
        }
        return null;
    }

    /** A saved mapping applied to this file's headers; a header it names that the file lacks is an error. */
    public static ColumnMapping saved(ImportKind kind, List<String> headers, Properties saved) {
        Map<ImportField, Integer> chosen = new EnumMap<>(ImportField.class);
        List<String> problems = new ArrayList<>();
        for (String key : saved.stringPropertyNames()) {
            ImportField field;
            try {
                field = ImportField.valueOf(key.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add("the mapping names no field \"" + key + "\" (fields: " + kind.fields() + ")");
                continue;
            }
            String header = saved.getProperty(key).strip();
            if (header.isEmpty()) {
                continue;
            }
            int at = headers.indexOf(header);
            for (int c = 0; at < 0 && c < headers.size(); c++) {
                if (HeaderNames.normalised(headers.get(c)).equals(HeaderNames.normalised(header))) {
                    at = c;
                }
            }
            if (at < 0) {
                problems.add("the mapping's column \"" + header + "\" for " + field.header() + " is not in the file");
            } else {
                chosen.put(field, at);
            }
        }
        if (!problems.isEmpty()) {
            throw FileProblem.of(String.join("; ", problems));
        }
        return new ColumnMapping(kind, headers, chosen);
    }

    /** The same mapping with {@code field} taken from {@code column}, or from none (null). */
    public ColumnMapping with(ImportField field, Integer column) {
        Map<ImportField, Integer> changed = new EnumMap<>(ImportField.class);
        changed.putAll(columns);
        changed.values().removeIf(c -> c.equals(column));
        if (column == null) {
            changed.remove(field);
        } else {
            changed.put(field, column);
        }
        return new ColumnMapping(kind, headers, changed);
    }

    /** For {@code --mapping FILE} and the window's "Save mapping". */
    public Properties toSaved() {
        Properties p = new Properties();
        columns.forEach((field, column) -> p.setProperty(field.name(), headers.get(column)));
        return p;
    }

    private static boolean fits(ImportField field, int column, List<SourceRow> sample) {
        List<String> values = sample.stream()
                .map(r -> r.cell(column).strip())
                .filter(v -> !v.isEmpty())
                .toList();
        if (values.isEmpty()) {
            return true;
        }
        return switch (field.type()) {
            case TEXT -> true;
            case BOOLEAN -> values.stream().allMatch(CellValues::looksYesNo);
            case WHOLE, DECIMAL ->
                values.stream().filter(ColumnMapping::numeric).count() * 10 >= values.size() * 8L;
        };
    }

    private static boolean numeric(String value) {
        return NumberStyle.DECIMAL_POINT.parse(value).isPresent()
                || NumberStyle.DECIMAL_COMMA.parse(value).isPresent();
    }

    public ImportKind kind() {
        return kind;
    }

    public List<String> headers() {
        return headers;
    }

    public Optional<Integer> column(ImportField field) {
        return Optional.ofNullable(columns.get(field));
    }

    public boolean has(ImportField field) {
        return columns.containsKey(field);
    }

    public Map<ImportField, Integer> columns() {
        return columns;
    }

    /** The header of {@code column} as the file writes it, or "column N" when it has none. */
    public String headerOf(int column) {
        String h = column < headers.size() ? headers.get(column).strip() : "";
        return h.isEmpty() ? "column " + (column + 1) : h;
    }

    /** Columns that fill no field, by header: shown, never silently dropped. */
    public List<String> unused() {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < headers.size(); c++) {
            if (!columns.containsValue(c) && !headers.get(c).isBlank()) {
                out.add(headers.get(c).strip());
            }
        }
        return out;
    }

    /** Fields the kind needs that no column fills. */
    public List<ImportField> missing() {
        return kind.required().stream().filter(f -> !columns.containsKey(f)).toList();
    }
}
