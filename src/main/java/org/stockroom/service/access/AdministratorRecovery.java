package org.stockroom.service.access;

import jakarta.persistence.LockModeType;
import java.time.Clock;
import org.stockroom.domain.access.Role;
import org.stockroom.domain.access.UserAccount;
import org.stockroom.persistence.Transactions;
import org.stockroom.persistence.audit.RevisionStamp;
import org.stockroom.service.NotFoundException;
import org.stockroom.service.ValidationException;

/**
 * The way back for a site whose only administrator is locked out or has forgotten the password: sets a new password,
 * lifts the lock and makes the user an active administrator. No sign-in is asked, because whoever can run this can
 * open the data folder itself (it holds the database's key: docs/ROLES.md); so only the command line offers it, and
 * only on a local data folder, never through {@code serve}. The audit trail records it as a recovery.
 */
public final class AdministratorRecovery {

    /** Who the audit trail says acted. */
    public static final String ACTOR = "(recovery with access to the data folder)";

    private final Transactions transactions;
    private final SecretHasher hasher;
    private final Clock clock;

    public AdministratorRecovery(Transactions transactions, SecretHasher hasher, Clock clock) {
        this.transactions = transactions;
        this.hasher = hasher;
        this.clock = clock;
    }

    public UserView recover(String name, String newPassword, String workstation) {
        ValidationException.throwIfAny(UserRules.checkPassword(newPassword));
        String hash = hasher.hash(newPassword); // slow: outside the transaction
        return transactions.inTransaction(session -> {
            UserAccount user = AccessCheck.find(session, name, LockModeType.PESSIMISTIC_WRITE)
                    .orElseThrow(() -> Transactions.refuse(new NotFoundException("No user named " + name)));
            user.changePassword(hash, clock.instant());
            user.unlock();
            user.enable();
            user.changeRole(Role.ADMIN);
            RevisionStamp.stamp(session, ACTOR, workstation);
            session.flush();
            return UserService.view(user);
        });
    }
}
