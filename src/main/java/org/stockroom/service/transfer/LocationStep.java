package org.stockroom.service.transfer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stockroom.domain.FieldError;
import org.stockroom.domain.location.LocationRules;
import org.stockroom.domain.transfer.ImportField;
import org.stockroom.persistence.transfer.ImportLookups.StoredLocation;

/**
 * Locations: in a locations file each row adds one or renames it; in a stock file each row's location is found,
 * or created when allowed (its name from a name column, else the last part of a path such as "Factory/Room 101").
 */
final class LocationStep {

    private final ImportContext ctx;
    private final boolean mayCreate;
    private final Map<String, StoredLocation> stored;
    private final Map<String, Long> firstRow = new HashMap<>();
    private final Map<String, Long> ids = new HashMap<>();
    private long placeholder;

    LocationStep(ImportContext ctx, boolean mayCreate) {
        this.ctx = ctx;
        this.mayCreate = mayCreate;
        this.stored = ctx.lookups().locations();
        stored.forEach((code, l) -> ids.put(code, l.id()));
    }

    /** A locations file's rows. */
    void chunk(List<SourceRow> rows) {
        for (SourceRow row : rows) {
            String raw = ctx.cells().text(row, ImportField.LOCATION);
            if (raw == null) {
                ctx.cells().reject(row, ImportField.LOCATION, null, "has no location code");
                continue;
            }
            String code = LocationRules.normalizeCode(raw);
            Long first = firstRow.putIfAbsent(code, row.number());
            if (first != null) {
                ctx.cells().reject(row, ImportField.LOCATION, raw, "is also the code of row " + first);
                continue;
            }
            String name = nameFor(row, raw);
            if (!valid(row, code, name)) {
                continue;
            }
            StoredLocation was = stored.get(code);
            if (was == null) {
                create(code, name);
            } else if (ctx.cells().text(row, ImportField.LOCATION_NAME) != null
                    && !was.name().equals(name)) {
                ctx.report().tally("locations").changed++;
                ctx.report().change(new FieldChange(row.number(), "location " + code, "Name", was.name(), name));
                if (ctx.writing()) {
                    ctx.writer().renameLocation(was.id(), code, name);
                }
            } else {
                ctx.report().tally("locations").unchanged++;
            }
        }
    }

    /** The id of the row's location (negative: to be created, in a dry run), or null with the row rejected. */
    Long resolve(SourceRow row, String defaultCode) {
        String raw = ctx.cells().text(row, ImportField.LOCATION);
        if (raw == null) {
            if (defaultCode == null) {
                ctx.verdicts()
                        .reject(new Reject(
                                row.number(),
                                ctx.cells().header(ImportField.LOCATION),
                                null,
                                "has a quantity but no location; choose a default location (--location CODE)"));
                return null;
            }
            return ids.get(defaultCode);
        }
        String code = LocationRules.normalizeCode(raw);
        Long id = ids.get(code);
        if (id != null) {
            return id;
        }
        if (!mayCreate) {
            ctx.report().locationUnknown(code);
            ctx.cells()
                    .reject(
                            row,
                            ImportField.LOCATION,
                            raw,
                            "is no location's code; allow creating locations (Create locations, --create-locations) to add it");
            return null;
        }
        String name = nameFor(row, raw);
        if (!valid(row, code, name)) {
            return null;
        }
        return create(code, name);
    }

    /** The location named {@code code}, which must exist: a default location. */
    boolean exists(String code) {
        return ids.containsKey(code);
    }

    private long create(String code, String name) {
        ctx.report().tally("locations").created++;
        ctx.report().locationCreated(code);
        long id = ctx.writing() ? ctx.writer().insertLocation(code, name) : --placeholder;
        ids.put(code, id);
        return id;
    }

    private String nameFor(SourceRow row, String raw) {
        String name = ctx.cells().text(row, ImportField.LOCATION_NAME);
        if (name != null) {
            return name;
        }
        String[] parts = raw.split("/");
        return parts[parts.length - 1].strip().isEmpty() ? raw : parts[parts.length - 1].strip();
    }

    private boolean valid(SourceRow row, String code, String name) {
        for (FieldError e : LocationRules.check(code, name)) {
            ImportField f = e.field().equals(LocationRules.CODE) ? ImportField.LOCATION : ImportField.LOCATION_NAME;
            ctx.cells().reject(row, f, f == ImportField.LOCATION ? code : name, e.message());
        }
        return !ctx.verdicts().rejected(row.number());
    }
}
