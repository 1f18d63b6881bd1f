package org.stockroom.service.reservation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.SharedSessionContract;
import org.hibernate.StatelessSession;
import org.stockroom.domain.FieldError;
import org.stockroom.domain.access.Permission;
import org.stockroom.domain.ledger.MovementType;
import org.stockroom.domain.product.Product;
import org.stockroom.domain.reservation.Reservation;
import org.stockroom.domain.reservation.ReservationStatus;
import org.stockroom.domain.stock.QuantityRules;
import org.stockroom.persistence.Sql;
import org.stockroom.persistence.Transactions;
import org.stockroom.persistence.ledger.MovementRepository;
import org.stockroom.persistence.ledger.MovementRepository.NewMovement;
import org.stockroom.persistence.location.LocationRepository;
import org.stockroom.persistence.stock.LevelState;
import org.stockroom.persistence.stock.StockLevelRepository;
import org.stockroom.service.Actor;
import org.stockroom.service.NotFoundException;
import org.stockroom.service.RetryPolicy;
import org.stockroom.service.ValidationException;
import org.stockroom.service.access.Access;
import org.stockroom.service.stock.CommandIdentity;
import org.stockroom.service.stock.CommandLog;
import org.stockroom.service.stock.InsufficientStockException;
import org.stockroom.service.stock.StockChange;
import org.stockroom.service.stock.StockCommandRules;

/**
 * Reserve, release, fulfil and expire. Each is one transaction: a conditional update of the reservation's
 * status (so it closes exactly once) and a conditional update of the stock level's reserved quantity.
 */
public final class ReservationService {

    /** The name expiry writes on the records it closes. */
    public static final String EXPIRY_USER = "expiry";

    public static final int REFERENCE_MAX = 100;

    private final Transactions transactions;
    private final StockLevelRepository levels;
    private final MovementRepository movements = new MovementRepository();
    private final LocationRepository locations;
    private final StockCommandRules rules;
    private final CommandLog commands;
    private final RetryPolicy retry;
    private final Clock clock;
    private final Access access;

    public ReservationService(
            Transactions transactions,
            StockLevelRepository levels,
            LocationRepository locations,
            RetryPolicy retry,
            Clock clock) {
        this.transactions = transactions;
        this.levels = levels;
        this.locations = locations;
        this.rules = new StockCommandRules(locations);
        this.commands = new CommandLog(transactions);
        this.retry = retry;
        this.clock = clock;
        this.access = new Access(transactions);
    }

    public ReservationView reserve(ReserveCommand c) {
        access.require(c.actor(), Permission.RESERVE);
        long locationId = rules.checkChange(
                new StockChange(
                        c.idempotencyKey(), c.actor(), c.productId(), c.locationCode(), c.quantity(), null, null),
                false);
        List<FieldError> errors = new ArrayList<>();
        if (c.reference() == null || c.reference().isBlank()) {
            errors.add(new FieldError("reference", "A reservation needs a reference, such as an order number"));
        }
        QuantityRules.checkText("reference", "Reference", c.reference(), REFERENCE_MAX)
                .ifPresent(errors::add);
        if (c.expiresAfter() != null
                && (c.expiresAfter().isNegative() || c.expiresAfter().isZero())) {
            errors.add(new FieldError("expires", "Expiry must be in the future"));
        }
        ValidationException.throwIfAny(errors);
        Instant now = now();
        Instant expires = c.expiresAfter() == null ? null : now.plus(c.expiresAfter());
        return retry.commuting(() -> commands.record(
                c.idempotencyKey(),
                CommandIdentity.reserve(c.productId(), locationId, c.quantity()),
                c.actor().name(),
                now,
                null,
                session -> {
                    if (!levels.reserve(session, c.productId(), locationId, c.quantity())) {
                        long available = levels.read(session, c.productId(), locationId)
                                .map(LevelState::available)
                                .orElse(0L);
                        throw new InsufficientStockException(
                                sku(session, c.productId()), c.locationCode(), available, c.quantity());
                    }
                    String reference = c.reference().strip();
                    long id = Sql.insertReturningId(
                            session,
                            """
                    INSERT INTO reservation (product_id, location_id, quantity, reference, status, user_name,
                                             created_at, expires_at, command_key)
                    VALUES (?, ?, ?, ?, 'OPEN', ?, ?, ?, ?)""",
                            c.productId(),
                            locationId,
                            c.quantity(),
                            reference,
                            c.actor().name(),
                            now,
                            expires,
                            c.idempotencyKey());
                    return new ReservationView(
                            id,
                            c.productId(),
                            locations.codeOf(locationId),
                            c.quantity(),
                            reference,
                            ReservationStatus.OPEN,
                            c.actor().name(),
                            now,
                            expires);
                },
                session -> session.createSelectionQuery("from Reservation where commandKey = :key", Reservation.class)
                        .setParameter("key", c.idempotencyKey())
                        .uniqueResultOptional()
                        .map(r -> view(r, r.getStatus()))
                        .orElse(null)));
    }

    public ReservationView release(CloseReservationCommand c) {
        access.require(c.actor(), Permission.RESERVE);
        return close(c, ReservationStatus.RELEASED);
    }

    /** Turns the reservation into an issue: on hand and reserved drop together, with an ISSUE movement. */
    public ReservationView fulfil(CloseReservationCommand c) {
        access.require(c.actor(), Permission.RESERVE);
        return close(c, ReservationStatus.FULFILLED);
    }

    /** Releases every open reservation whose expiry has passed; returns how many it closed. */
    public int expireDue() {
        Instant now = now();
        List<Long> due = transactions.read(session -> session.createSelectionQuery(
                        "select id from Reservation where status = OPEN and expiresAt <= :now order by id", Long.class)
                .setParameter("now", now)
                .setMaxResults(1000)
                .getResultList());
        int closed = 0;
        for (long id : due) {
            try {
                // One key per reservation: two processes expiring it at once record it once.
                close(
                        new CloseReservationCommand("expire-" + id, Actor.named(EXPIRY_USER), id),
                        ReservationStatus.EXPIRED);
                closed++;
            } catch (ReservationClosedException alreadyClosed) {
                // released or fulfilled by someone in the meantime: nothing to expire
            }
        }
        return closed;
    }

    public List<ReservationView> open(long productId) {
        return transactions.read(session -> session
                .createSelectionQuery(
                        "from Reservation where productId = :product and status = OPEN order by createdAt, id",
                        Reservation.class)
                .setParameter("product", productId)
                .getResultList()
                .stream()
                .map(r -> view(r, r.getStatus()))
                .toList());
    }

    private ReservationView close(CloseReservationCommand c, ReservationStatus target) {
        rules.checkCommon(c.idempotencyKey(), c.actor().name());
        Instant now = now();
        return retry.commuting(() -> commands.record(
                c.idempotencyKey(),
                CommandIdentity.closeReservation(
                        target == ReservationStatus.FULFILLED ? "FULFIL" : target.name(), c.reservationId()),
                c.actor().name(),
                now,
                c.reservationId(),
                session -> {
                    Reservation reservation = session.get(Reservation.class, c.reservationId());
                    if (reservation == null) {
                        throw new NotFoundException("No reservation with id " + c.reservationId());
                    }
                    int changed = Sql.update(
                            session,
                            "UPDATE reservation SET status = ?, closed_at = ?, "
                                    + "closed_by = ? WHERE id = ? AND status = 'OPEN'",
                            target.name(),
                            now,
                            c.actor().name(),
                            c.reservationId());
                    if (changed == 0) {
                        session.refresh(reservation);
                        throw new ReservationClosedException(c.reservationId(), reservation.getStatus());
                    }
                    applyToStock(session, reservation, target, c, now);
                    return view(reservation, target);
                },
                session -> replayClose(session, c.idempotencyKey())));
    }

    private void applyToStock(
            StatelessSession session, Reservation r, ReservationStatus target, CloseReservationCommand c, Instant now) {
        if (target == ReservationStatus.FULFILLED) {
            if (!levels.issueReserved(session, r.getProductId(), r.getLocationId(), r.getQuantity())) {
                throw new IllegalStateException("Stock level does not hold reservation " + r.getId());
            }
            movements.appendFromLevel(
                    session,
                    new NewMovement(
                            c.idempotencyKey(),
                            c.actor().name(),
                            c.actor().workstation(),
                            r.getProductId(),
                            r.getLocationId(),
                            MovementType.ISSUE,
                            -r.getQuantity(),
                            "Fulfil " + r.getReference(),
                            null,
                            now));
        } else if (!levels.unreserve(session, r.getProductId(), r.getLocationId(), r.getQuantity())) {
            throw new IllegalStateException("Stock level does not hold reservation " + r.getId());
        }
    }

    private ReservationView replayClose(SharedSessionContract session, String key) {
        Long id = session.createSelectionQuery(
                        "select reservationId from StockCommandRecord where idempotencyKey = :key", Long.class)
                .setParameter("key", key)
                .uniqueResult();
        if (id == null) {
            return null;
        }
        Reservation r = session.createSelectionQuery("from Reservation where id = :id", Reservation.class)
                .setParameter("id", id)
                .getSingleResult();
        return view(r, r.getStatus());
    }

    private ReservationView view(Reservation r, ReservationStatus status) {
        return new ReservationView(
                r.getId(),
                r.getProductId(),
                locations.codeOf(r.getLocationId()),
                r.getQuantity(),
                r.getReference(),
                status,
                r.getUserName(),
                r.getCreatedAt(),
                r.getExpiresAt());
    }

    private static String sku(StatelessSession session, long productId) {
        Product product = session.get(Product.class, productId);
        if (product == null) {
            throw new NotFoundException("No product with id " + productId);
        }
        return product.getSku();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** For callers that parse "2h", "30m", "3d". */
    public static Duration parseDuration(String text) {
        String t = text.strip().toLowerCase();
        if (!t.matches("\\d{1,6}[smhd]")) {
            throw new ValidationException(
                    new FieldError("expires", "Expiry must look like 30m, 2h or 3d, not '" + text + "'"));
        }
        long n = Long.parseLong(t.substring(0, t.length() - 1));
        return switch (t.charAt(t.length() - 1)) {
            case 's' -> Duration.ofSeconds(n);
            case 'm' -> Duration.ofMinutes(n);
            case 'h' -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }
}
