package org.stockroom.service.access;

import jakarta.persistence.LockModeType;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.stockroom.domain.access.AccessToken;
import org.stockroom.domain.access.Permission;
import org.stockroom.domain.access.UserAccount;
import org.stockroom.persistence.Transactions;
import org.stockroom.service.Actor;
import org.stockroom.service.NotAllowedException;
import org.stockroom.service.NotFoundException;

/**
 * Tokens for scripts ({@code $STOCKROOM_TOKEN}): a token acts as the user it was made for, with that user's role
 * at each command, and stops working when revoked or when the user is disabled. Shown once when made; the
 * database keeps only its SHA-256. Making and revoking tokens needs {@link Permission#MANAGE_USERS}.
 */
public final class TokenService {

    /** Tokens start with this, so a leaked one is recognisable in a log or a repository scan. */
    static final String PREFIX = "srt_";

    private final Transactions transactions;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public TokenService(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A token made by {@link #create}: its id (for revoking) and the secret, which is not kept anywhere. */
    public record IssuedToken(long id, String userName, String token) {}

    /** A token as lists show it: never the secret. */
    public record TokenView(
            long id, String userName, String label, Instant createdAt, String createdBy, Instant revokedAt) {}

    public IssuedToken create(Actor by, String forUser, String label) {
        byte[] bits = new byte[32];
        random.nextBytes(bits);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
        return transactions.inTransaction(session -> {
            AccessCheck.requireOrRefuse(session, by, Permission.MANAGE_USERS);
            UserAccount user = AccessCheck.find(session, forUser, LockModeType.NONE)
                    .orElseThrow(() -> Transactions.refuse(new NotFoundException("No user named " + forUser)));
            AccessToken made =
                    new AccessToken(user.getId(), LookupKey.of(token), blankToNull(label), clock.instant(), by.name());
            session.persist(made);
            session.flush();
            return new IssuedToken(made.getId(), user.getName(), token);
        });
    }

    public TokenView revoke(Actor by, long id) {
        return transactions.inTransaction(session -> {
            AccessCheck.requireOrRefuse(session, by, Permission.MANAGE_USERS);
            AccessToken token = session.find(AccessToken.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (token == null) {
                throw Transactions.refuse(new NotFoundException("No token with id " + id));
            }
            if (!token.isRevoked()) {
                token.revoke(clock.instant());
            }
            session.flush();
            return view(session, token);
        });
    }

    public List<TokenView> list() {
        return transactions.read(session ->
                session.createSelectionQuery("from AccessToken order by id", AccessToken.class).getResultList().stream()
                        .map(t -> view(session, t))
                        .toList());
    }

    /** The active user the token acts as; refused alike for an unknown, revoked or disabled one. */
    public UserView signIn(String token) {
        String key = LookupKey.of(token == null ? "" : token.strip());
        return transactions.read(session -> {
            AccessToken found = session.createSelectionQuery(
                            "from AccessToken where tokenKey = :key", AccessToken.class)
                    .setParameter("key", key)
                    .uniqueResultOptional()
                    .orElse(null);
            UserAccount user =
                    found == null || found.isRevoked() ? null : session.find(UserAccount.class, found.getUserId());
            if (user == null || !user.isActive()) {
                throw new NotAllowedException("The token in STOCKROOM_TOKEN is unknown, revoked or its user disabled.");
            }
            return UserService.view(user);
        });
    }

    private static TokenView view(org.hibernate.Session session, AccessToken t) {
        UserAccount user = session.find(UserAccount.class, t.getUserId());
        return new TokenView(
                t.getId(), user.getName(), t.getLabel(), t.getCreatedAt(), t.getCreatedBy(), t.getRevokedAt());
    }

    private static String blankToNull(String label) {
        return label == null || label.isBlank() ? null : label.strip();
    }
}
