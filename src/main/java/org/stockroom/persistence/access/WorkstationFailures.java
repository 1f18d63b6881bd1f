package org.stockroom.persistence.access;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.hibernate.SharedSessionContract;
import org.stockroom.persistence.Sql;

/** The {@code workstation_throttle} rows: wrong sign-ins per workstation since its last good one (V12). */
public final class WorkstationFailures {

    /** A workstation's count and how long it waits; the row is locked when read for a change. */
    public record Row(int failures, Instant lockedUntil) {}

    public Optional<Instant> lockedUntil(SharedSessionContract session, String workstation) {
        List<OffsetDateTime> until = Sql.query(
                session,
                "SELECT locked_until FROM workstation_throttle WHERE workstation = ?",
                r -> r.getObject(1, OffsetDateTime.class),
                workstation);
        return until.isEmpty() || until.get(0) == null
                ? Optional.empty()
                : Optional.of(until.get(0).toInstant());
    }

    /** The row, locked until the transaction ends; empty if the workstation has no failures. */
    public Optional<Row> lockForChange(SharedSessionContract session, String workstation) {
        return Sql.query(
                        session,
                        "SELECT failures, locked_until FROM workstation_throttle WHERE workstation = ? FOR UPDATE",
                        r -> new Row(
                                r.getInt(1),
                                Optional.ofNullable(r.getObject(2, OffsetDateTime.class))
                                        .map(OffsetDateTime::toInstant)
                                        .orElse(null)),
                        workstation)
                .stream()
                .findFirst();
    }

    /** Writes the new count: inserted if {@code existed} is false (inside the write gate, so nobody races it). */
    public void save(SharedSessionContract session, String workstation, Row row, boolean existed) {
        if (existed) {
            Sql.update(
                    session,
                    "UPDATE workstation_throttle SET failures = ?, locked_until = ? WHERE workstation = ?",
                    row.failures(),
                    row.lockedUntil(),
                    workstation);
        } else {
            Sql.update(
                    session,
                    "INSERT INTO workstation_throttle (workstation, failures, locked_until) VALUES (?, ?, ?)",
                    workstation,
                    row.failures(),
                    row.lockedUntil());
        }
    }

    public void clear(SharedSessionContract session, String workstation) {
        Sql.update(session, "DELETE FROM workstation_throttle WHERE workstation = ?", workstation);
    }
}
