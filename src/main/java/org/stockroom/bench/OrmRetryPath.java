package org.stockroom.bench;

import jakarta.persistence.OptimisticLockException;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import javax.sql.DataSource;
import org.hibernate.Session;
import org.hibernate.StaleStateException;
import org.stockroom.domain.ledger.Movement;
import org.stockroom.domain.ledger.MovementEntry;
import org.stockroom.domain.ledger.MovementType;
import org.stockroom.domain.reservation.Reservation;
import org.stockroom.domain.stock.StockCommandRecord;
import org.stockroom.domain.stock.StockLevel;
import org.stockroom.persistence.DatabaseBusyException;
import org.stockroom.persistence.Transactions;

/**
 * What a plain ORM does: read the balance into Java, check it, write it back guarded by {@code @Version}, and
 * retry the whole transaction when someone else got there first. The write-back is the versioned UPDATE that
 * Hibernate would flush for a changed entity, spelled out here so that {@link StockLevel} needs no setters that
 * only this benchmark would call.
 */
final class OrmRetryPath extends DatabasePath {

    private static final int MAX_ATTEMPTS = 1_000;

    private final Transactions transactions;
    private final long locationId;

    OrmRetryPath(Transactions transactions, DataSource dataSource, long locationId) {
        super(dataSource);
        this.transactions = transactions;
        this.locationId = locationId;
    }

    @Override
    public String name() {
        return "orm-retry";
    }

    @Override
    public boolean issue(long productId, long quantity) {
        return retrying(session -> change(session, productId, -quantity, MovementType.ISSUE));
    }

    @Override
    public void refill(long productId, long quantity) {
        retrying(session -> change(session, productId, quantity, MovementType.RECEIVE));
    }

    private boolean change(Session session, long productId, long delta, MovementType type) {
        StockLevel level = level(session, productId);
        if (level.getAvailable() + delta < 0) {
            return false;
        }
        String key = command(session, type.name(), null);
        long onHandAfter = level.getOnHand() + delta;
        writeBack(session, level, "onHand = :value", onHandAfter);
        session.persist(new Movement(
                new MovementEntry(
                        key,
                        "bench",
                        null,
                        productId,
                        locationId,
                        type,
                        delta,
                        onHandAfter,
                        level.getVersion() + 1,
                        null,
                        null),
                Instant.now()));
        return true;
    }

    @Override
    public long reserve(long productId, long quantity) {
        return retrying(session -> {
            StockLevel level = level(session, productId);
            if (level.getAvailable() < quantity) {
                return -1L;
            }
            String key = command(session, "RESERVE", null);
            writeBack(session, level, "reserved = :value", level.getReserved() + quantity);
            Reservation reservation =
                    new Reservation(key, "bench", productId, locationId, quantity, "BENCH", Instant.now(), null);
            session.persist(reservation);
            session.flush();
            return reservation.getId();
        });
    }

    @Override
    public void release(long productId, long handle, long quantity) {
        retrying(session -> {
            StockLevel level = level(session, productId);
            command(session, "RELEASED", handle);
            writeBack(session, level, "reserved = :value", level.getReserved() - quantity);
            int closed = session.createMutationQuery(
                            "update Reservation set status = RELEASED where id = :id and status = OPEN")
                    .setParameter("id", handle)
                    .executeUpdate();
            if (closed != 1) {
                throw new IllegalStateException("reservation " + handle + " was not open");
            }
            return true;
        });
    }

    private StockLevel level(Session session, long productId) {
        return session.createSelectionQuery(
                        "from StockLevel where productId = :p and locationId = :l", StockLevel.class)
                .setParameter("p", productId)
                .setParameter("l", locationId)
                .getSingleResult();
    }

    /** The flush of a {@code @Version}ed entity: refused when anyone changed the level since it was read. */
    private static void writeBack(Session session, StockLevel level, String assignment, long value) {
        int written = session.createMutationQuery(
                        "update versioned StockLevel set " + assignment + " where id = :id and version = :seen")
                .setParameter("value", value)
                .setParameter("id", level.getId())
                .setParameter("seen", level.getVersion())
                .executeUpdate();
        if (written != 1) {
            throw new OptimisticLockException("stock level " + level.getId() + " changed since it was read");
        }
    }

    private static String command(Session session, String type, Long reservationId) {
        String key = UUID.randomUUID().toString();
        session.persist(new StockCommandRecord(key, type, "bench", Instant.now(), reservationId));
        return key;
    }

    private <T> T retrying(Function<Session, T> work) {
        for (int attempt = 1; ; attempt++) {
            attempts.attempt();
            try {
                T result = transactions.inTransaction(work);
                attempts.success();
                return result;
            } catch (OptimisticLockException | StaleStateException e) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
                backOff(attempt);
            } catch (DatabaseBusyException e) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(Math.min(attempt, 5) + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
