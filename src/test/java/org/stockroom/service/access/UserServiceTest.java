package org.stockroom.service.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stockroom.FreshBackend;
import org.stockroom.MutableClock;
import org.stockroom.domain.access.Permission;
import org.stockroom.domain.access.Role;
import org.stockroom.service.Actor;
import org.stockroom.service.NotAllowedException;
import org.stockroom.service.ValidationException;

/** Users: the first administrator, who may manage users, the last administrator's guard, throttled sign-in. */
class UserServiceTest {

    final MutableClock clock = new MutableClock();

    @RegisterExtension
    final FreshBackend fresh = freshBackend(clock);

    /** H2 here; the PostgreSQL twin gives its own. */
    FreshBackend freshBackend(java.time.Clock clock) {
        return new FreshBackend(clock);
    }

    UserService users;
    final Actor admin = Actor.named("Ada");

    @BeforeEach
    void open() {
        users = fresh.backend().users();
    }

    @Test
    void theFirstUserIsAnAdministratorAndOnlyTheFirstNeedsNoOne() {
        assertThat(users.hasUsers()).isFalse();

        UserView first = users.createFirstAdministrator(" Ada ", "correct horse", "till-1");

        assertThat(first.name()).isEqualTo("Ada");
        assertThat(first.role()).isEqualTo(Role.ADMIN);
        assertThat(users.hasUsers()).isTrue();
        assertThatThrownBy(() -> users.createFirstAdministrator("Mallory", "another password", "till-1"))
                .isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("has users already");
        assertThat(users.list()).extracting(UserView::name).containsExactly("Ada");
    }

    @Test
    void secretsAreStoredOnlyAsSaltedSlowHashes() throws Exception {
        users.createFirstAdministrator("Ada", "correct horse", "till-1");
        users.add(admin, "Bob", Role.CLERK, "correct horse");
        users.setPin(admin, "Bob", "4711");

        List<String> stored = new ArrayList<>();
        try (Connection c = fresh.backend().database().dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT password_hash, pin_hash FROM app_user ORDER BY name_key")) {
            while (rows.next()) {
                stored.add(rows.getString(1));
                if (rows.getString(2) != null) {
                    stored.add(rows.getString(2));
                }
            }
        }
        assertThat(stored).hasSize(3).allSatisfy(hash -> assertThat(hash).startsWith("$2a$10$"));
        assertThat(stored).noneMatch(hash -> hash.contains("correct horse") || hash.contains("4711"));
        assertThat(stored.get(0)).as("same password, different salt").isNotEqualTo(stored.get(1));
    }

    @Test
    void onlyAnAdministratorManagesUsersAndARefusalWritesNothing() {
        users.createFirstAdministrator("Ada", "correct horse", "till-1");
        users.add(admin, "Sam", Role.SUPERVISOR, "password 1");

        assertThatThrownBy(() -> users.add(Actor.named("Sam"), "Eve", Role.ADMIN, "password 2"))
                .isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("Admin role")
                .hasMessageContaining("Sam is a Supervisor");
        assertThatThrownBy(() -> users.add(Actor.named("nobody"), "Eve", Role.ADMIN, "password 2"))
                .isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("not an active user");
        assertThat(users.list()).extracting(UserView::name).containsExactly("Ada", "Sam");
    }

    @Test
    void theLastActiveAdministratorCanBeNeitherDisabledNorDemoted() {
        users.createFirstAdministrator("Ada", "correct horse", "till-1");

        assertThatThrownBy(() -> users.disable(admin, "Ada"))
                .isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("last active administrator");
        assertThatThrownBy(() -> users.changeRole(admin, "ada", Role.CLERK))
                .isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("last active administrator");

        users.add(admin, "Grace", Role.ADMIN, "password 3");
        users.changeRole(admin, "Ada", Role.SUPERVISOR);
        assertThatThrownBy(() -> users.disable(Actor.named("Grace"), "Grace"))
                .as("Grace is now the last one")
                .isInstanceOf(NotAllowedException.class);
        assertThat(users.list())
                .extracting(UserView::name, UserView::role, UserView::active)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Ada", Role.SUPERVISOR, true),
                        org.assertj.core.groups.Tuple.tuple("Grace", Role.ADMIN, true));
    }

    @Test
    void wrongSecretsLockTheAccountForAGrowingDelayThatAnAdministratorCanLift() {
        users.createFirstAdministrator("Ada", "correct horse", "till-1");
        users.add(admin, "Bob", Role.CLERK, "bobs password");

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> users.signIn("Bob", "guess", false, "till-1"))
                    .isInstanceOf(NotAllowedException.class)
                    .hasMessage("Unknown user or wrong password.");
        }
        Instant start = clock.instant();
        assertThatThrownBy(() -> users.signIn("Bob", "guess", false, "till-1"))
                .as("the lock is not told to the caller (it would say the name exists)")
                .hasMessage("Unknown user or wrong password.");
        assertThat(lockedUntil("Bob")).isEqualTo(start.plusSeconds(30));
        assertThatThrownBy(() -> users.signIn("Bob", "bobs password", false, "till-1"))
                .as("locked: even the right password waits, in the same words")
                .hasMessage("Unknown user or wrong password.");

        clock.advance(Duration.ofSeconds(31));
        assertThatThrownBy(() -> users.signIn("Bob", "guess", false, "till-1"))
                .hasMessage("Unknown user or wrong password.");
        assertThat(lockedUntil("Bob")).isEqualTo(clock.instant().plusSeconds(60));

        users.unlock(admin, "Bob");
        assertThat(users.signIn("bob", "bobs password", false, "till-1").role()).isEqualTo(Role.CLERK);
        assertThatThrownBy(() -> users.signIn("Bob", "guess", false, "till-1"))
                .as("a successful sign-in starts the count again")
                .hasMessage("Unknown user or wrong password.");
    }

    private Instant lockedUntil(String name) {
        return users.list().stream()
                .filter(u -> u.name().equals(name))
                .findFirst()
                .orElseThrow()
                .lockedUntil();
    }

    @Test
    void aPinSignsInOnlyAsAPinAndADisabledUserNotAtAll() {
        users.createFirstAdministrator("Ada", "correct horse", "till-1");
        users.add(admin, "Bob", Role.CLERK, "bobs password");
        users.setPin(admin, "Bob", "4711");

        assertThat(users.signIn("Bob", "4711", true, "till-1").name()).isEqualTo("Bob");
        assertThatThrownBy(() -> users.signIn("Bob", "4711", false, "till-1")).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> users.signIn("Ada", "4711", true, "till-1"))
                .as("Ada has no PIN")
                .isInstanceOf(NotAllowedException.class);

        users.disable(admin, "Bob");
        assertThatThrownBy(() -> users.signIn("Bob", "bobs password", false, "till-1"))
                .isInstanceOf(NotAllowedException.class)
                .hasMessage("Unknown user or wrong password.");
    }

    @Test
    void badInputNamesItsField() {
        assertThatThrownBy(() -> users.createFirstAdministrator(" ", "short", "till-1"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors())
                                .extracting(org.stockroom.domain.FieldError::field)
                                .containsExactly("name", "password"));
        users.createFirstAdministrator("Ada", "correct horse", "till-1");
        assertThatThrownBy(() -> users.setPin(admin, "Ada", "12a4"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("pin"));
        assertThatThrownBy(() -> users.add(admin, "ADA", Role.CLERK, "password 4"))
                .as("names are one per person whatever the case")
                .hasMessageContaining("exists already");
    }

    @Test
    void theCheckReadsTheRoleFromTheDatabaseAndAllowsEverythingBeforeTheFirstUser() {
        var transactions = fresh.backend().database().transactions();
        transactions.read(session -> {
            AccessCheck.require(session, Actor.named("anyone"), Permission.MANAGE_USERS);
            return null;
        });
        users.createFirstAdministrator("Ada", "correct horse", "till-1");
        users.add(admin, "Bob", Role.CLERK, "bobs password");

        transactions.read(session -> {
            AccessCheck.require(session, Actor.named("bob"), Permission.RECEIVE);
            return null;
        });
        assertThatThrownBy(() -> transactions.read(session -> {
                    AccessCheck.require(session, Actor.named("Bob"), Permission.ADJUST);
                    return null;
                }))
                .isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("Supervisor role");

        users.changeRole(admin, "Bob", Role.SUPERVISOR);
        transactions.read(session -> {
            AccessCheck.require(session, Actor.named("Bob"), Permission.ADJUST);
            return null;
        });
        assertThatThrownBy(() -> transactions.read(session -> {
                    AccessCheck.require(session, Actor.named("anyone"), Permission.RECEIVE);
                    return null;
                }))
                .isInstanceOf(NotAllowedException.class);
    }
}
