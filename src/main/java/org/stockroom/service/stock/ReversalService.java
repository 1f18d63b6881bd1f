package org.stockroom.service.stock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hibernate.StatelessSession;
import org.stockroom.domain.FieldError;
import org.stockroom.domain.access.Permission;
import org.stockroom.domain.ledger.MovementType;
import org.stockroom.domain.product.Product;
import org.stockroom.persistence.Sql;
import org.stockroom.persistence.Transactions;
import org.stockroom.persistence.ledger.MovementRepository;
import org.stockroom.persistence.ledger.MovementRepository.NewMovement;
import org.stockroom.persistence.location.LocationRepository;
import org.stockroom.persistence.stock.LevelState;
import org.stockroom.persistence.stock.StockLevelRepository;
import org.stockroom.service.NotFoundException;
import org.stockroom.service.ValidationException;
import org.stockroom.service.access.Access;
import org.stockroom.service.ledger.LedgerQueries;
import org.stockroom.service.ledger.MovementView;
import org.stockroom.service.reason.ReasonCodes;
import org.stockroom.service.reason.ReasonUse;
import org.stockroom.service.settings.SiteSettings;

/**
 * Takes back any recorded stock command (receive, issue, adjust, transfer, count, a fulfilment, a count session's
 * posting): one transaction of compensating REVERSE movements, the opposite of each movement the command wrote,
 * linked to it by its key. Only the command's own difference is taken back: what moved after it stays (a reversed
 * count restores the difference it posted, not the old on hand). Refused when it would leave less than zero or
 * than is reserved, and refused for a command reversed before. One's own last command may be reversed within the
 * site's window with {@link Permission#REVERSE_OWN}; anything else needs {@link Permission#REVERSE}.
 */
public final class ReversalService {

    static final String REASON = "reason";

    private final Transactions transactions;
    private final StockLevelRepository levels;
    private final LocationRepository locations;
    private final LedgerQueries ledger;
    private final SiteSettings settings;
    private final MovementRepository movements = new MovementRepository();
    private final CommandLog commands;
    private final Access access;
    private final Clock clock;

    public ReversalService(
            Transactions transactions,
            StockLevelRepository levels,
            LocationRepository locations,
            LedgerQueries ledger,
            SiteSettings settings,
            Clock clock) {
        this.transactions = transactions;
        this.levels = levels;
        this.locations = locations;
        this.ledger = ledger;
        this.settings = settings;
        this.clock = clock;
        this.commands = new CommandLog(transactions);
        this.access = new Access(transactions);
    }

    public StockResult reverse(ReverseCommand command) {
        Original original = transactions
                .read(session -> Original.find(session, command.originalKey()))
                .orElseThrow(() -> new NotFoundException("No command with key " + command.originalKey()));
        access.require(
                command.actor(), isOwnRecentLast(command, original) ? Permission.REVERSE_OWN : Permission.REVERSE);
        String reason =
                transactions.read(session -> ReasonCodes.check(session, ReasonUse.REVERSE, command.reason(), REASON));
        String note = "Reverses " + original.type() + " by " + original.user() + " at " + original.recordedAt()
                + (command.note() == null || command.note().isBlank()
                        ? ""
                        : "; " + command.note().strip());
        if (note.length() > 1000) {
            throw new ValidationException(new FieldError("note", "A note is at most 1000 characters"));
        }
        return commands.record(
                command.idempotencyKey(),
                CommandIdentity.reverse(command.originalKey()),
                command.actor().name(),
                now(),
                null,
                session -> new StockResult(compensate(session, command, reason, note), false),
                session -> {
                    List<MovementView> earlier = ledger.ofCommand(session, command.idempotencyKey());
                    return earlier.isEmpty() ? null : new StockResult(earlier, true);
                });
    }

    /** One's own, the last one made, and recent enough: a clerk may take back their own slip. */
    private boolean isOwnRecentLast(ReverseCommand command, Original original) {
        Duration window = settings.ownReversalWindow();
        return original.user().equalsIgnoreCase(command.actor().name())
                && !original.recordedAt().isBefore(clock.instant().minus(window))
                && transactions
                        .read(session ->
                                Original.lastOf(session, command.actor().name()))
                        .map(command.originalKey()::equals)
                        .orElse(false);
    }

    private List<MovementView> compensate(
            StatelessSession session, ReverseCommand command, String reason, String note) {
        String key = command.originalKey();
        Sql.query(session, "SELECT 1 FROM stock_command WHERE idempotency_key = ? FOR UPDATE", r -> 1, key);
        Optional<String[]> reversal = Sql.query(
                        session,
                        "SELECT idempotency_key, user_name FROM stock_command WHERE reverses_key = ?",
                        r -> new String[] {r.getString(1), r.getString(2)},
                        key)
                .stream()
                .findFirst();
        if (reversal.isPresent()) {
            throw new AlreadyReversedException(key, reversal.get()[0], reversal.get()[1]);
        }
        List<MovementView> written = ledger.ofCommand(session, key);
        if (written.isEmpty()) {
            throw new ValidationException(new FieldError(
                    "key", "Command " + key + " moved no stock (a reservation or release): nothing to reverse"));
        }
        if (written.stream().anyMatch(m -> m.type() == MovementType.REVERSE)) {
            throw new ValidationException(new FieldError(
                    "key", "Command " + key + " is a reversal; record the stock again instead of reversing it"));
        }
        List<MovementView> byLevel = new ArrayList<>(written);
        byLevel.sort(
                Comparator.comparingLong((MovementView m) -> locationId(m)).thenComparingLong(MovementView::productId));
        for (MovementView m : byLevel) {
            LevelState level =
                    levels.lock(session, m.productId(), locationId(m)).orElseThrow();
            long after = level.onHand() - m.quantity();
            if (after < level.reserved()) {
                Product product = session.get(Product.class, m.productId());
                throw new ReversalRefusedException(product.getSku(), m.locationCode(), after, level.reserved());
            }
        }
        Sql.update(
                session,
                "UPDATE stock_command SET reverses_key = ? WHERE idempotency_key = ?",
                key,
                command.idempotencyKey());
        List<MovementView> reversed = new ArrayList<>();
        Instant at = now();
        for (MovementView m : written) {
            long location = locationId(m);
            if (!levels.applyDelta(session, m.productId(), location, -m.quantity())) {
                throw new IllegalStateException("checked under the row lock");
            }
            NewMovement back = new NewMovement(
                    command.idempotencyKey(),
                    command.actor().name(),
                    command.actor().workstation(),
                    m.productId(),
                    location,
                    MovementType.REVERSE,
                    -m.quantity(),
                    reason,
                    note,
                    at);
            reversed.add(MovementView.written(back, movements.appendFromLevel(session, back), m.locationCode()));
        }
        return reversed;
    }

    private long locationId(MovementView m) {
        return locations.idOf(m.locationCode()).orElseThrow();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** The command to take back, as stock_command recorded it. */
    record Original(String type, String user, Instant recordedAt) {

        static Optional<Original> find(org.hibernate.Session session, String key) {
            return Sql.query(
                            session,
                            "SELECT command_type, user_name, recorded_at FROM stock_command WHERE idempotency_key = ?",
                            r -> new Original(
                                    r.getString(1),
                                    r.getString(2),
                                    r.getObject(3, OffsetDateTime.class).toInstant()),
                            key)
                    .stream()
                    .findFirst();
        }

        /**
         * The key of the last command of {@code user} that moved stock, reversals not counted: by movement id,
         * which only grows (two commands in the same microsecond still have an order).
         */
        static Optional<String> lastOf(org.hibernate.Session session, String user) {
            return Sql.queryAtMost(session, """
                            SELECT command_key FROM movement
                             WHERE UPPER(user_name) = ? AND movement_type <> 'REVERSE'
                             ORDER BY id DESC""", 1, r -> r.getString(1), user.toUpperCase()).stream()
                    .findFirst();
        }
    }
}
