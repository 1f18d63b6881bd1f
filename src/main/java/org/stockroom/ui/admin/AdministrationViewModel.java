package org.stockroom.ui.admin;

import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.stockroom.domain.access.Role;
import org.stockroom.service.Actor;
import org.stockroom.service.access.UserService;
import org.stockroom.service.access.UserView;
import org.stockroom.service.settings.CountRules;
import org.stockroom.service.settings.SiteSettings;
import org.stockroom.ui.DialogService;
import org.stockroom.ui.FailureText;
import org.stockroom.ui.TaskExecutor;

/**
 * The Administration page (Admin only; the services refuse anyone else too): add users, change a user's role,
 * password, PIN or badge, disable and enable (never delete: the history keeps the name), lift a lockout, and the
 * idle-lock time. What was typed stays in its field when a change is refused; secrets are cleared once saved.
 */
public final class AdministrationViewModel {

    private final UserService users;
    private final SiteSettings settings;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Supplier<Actor> actor;
    private final Runnable onUsersChanged;

    private final ObservableList<UserView> rows = FXCollections.observableArrayList();
    private final ObjectProperty<UserView> selected = new SimpleObjectProperty<>();
    private final StringProperty newName = new SimpleStringProperty("");
    private final ObjectProperty<Role> newRole = new SimpleObjectProperty<>(Role.CLERK);
    private final StringProperty newPassword = new SimpleStringProperty("");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>();
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty pin = new SimpleStringProperty("");
    private final StringProperty badge = new SimpleStringProperty("");
    private final SiteSettingsForm siteSettings;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    /** {@code onUsersChanged}: the first user added from here turns the window's sign-in on. */
    public AdministrationViewModel(
            UserService users,
            SiteSettings settings,
            TaskExecutor executor,
            DialogService dialogs,
            Supplier<Actor> actor,
            Runnable onUsersChanged) {
        this.users = users;
        this.settings = settings;
        this.executor = executor;
        this.dialogs = dialogs;
        this.actor = actor;
        this.onUsersChanged = onUsersChanged;
        selected.addListener((o, was, now) -> role.set(now == null ? null : now.role()));
        this.siteSettings = new SiteSettingsForm(settings, actor, message::set, this::run);
    }

    public void refresh() {
        executor.run(
                () -> new Loaded(
                        users.list(),
                        settings.idleLock().toMinutes(),
                        settings.countRules(),
                        settings.ownReversalWindow().toMinutes()),
                loaded -> {
                    Long keep = selected.get() == null ? null : selected.get().id();
                    rows.setAll(loaded.users());
                    selected.set(rows.stream()
                            .filter(u -> keep != null && u.id() == keep)
                            .findFirst()
                            .orElse(null));
                    siteSettings.show(loaded.idleMinutes(), loaded.countRules(), loaded.ownReversalMinutes());
                },
                error -> message.set("Could not load the users: " + FailureText.of(error)));
    }

    private record Loaded(
            java.util.List<UserView> users, long idleMinutes, CountRules countRules, long ownReversalMinutes) {}

    public void addUser() {
        String name = newName.get();
        Role chosen = newRole.get();
        String secret = newPassword.get();
        run(
                () -> users.hasUsers()
                        ? users.add(actor.get(), name, chosen, secret)
                        : users.createFirstAdministrator(
                                name, secret, actor.get().workstation()),
                added -> {
                    newName.set("");
                    newPassword.set("");
                    onUsersChanged.run();
                    return "Added " + added.name() + " (" + added.role().title() + ").";
                });
    }

    public void changeRole() {
        UserView user = selected.get();
        Role chosen = role.get();
        if (user == null || chosen == null) {
            return;
        }
        run(
                () -> users.changeRole(actor.get(), user.name(), chosen),
                changed -> changed.name() + " is now a " + changed.role().title() + ".");
    }

    public void resetPassword() {
        UserView user = selected.get();
        String secret = password.get();
        if (user != null) {
            run(() -> users.resetPassword(actor.get(), user.name(), secret), changed -> {
                password.set("");
                return "New password set for " + changed.name() + ".";
            });
        }
    }

    public void setPin() {
        UserView user = selected.get();
        String secret = pin.get();
        if (user != null) {
            run(() -> users.setPin(actor.get(), user.name(), secret), changed -> {
                pin.set("");
                return "New PIN set for " + changed.name() + ".";
            });
        }
    }

    public void setBadge() {
        UserView user = selected.get();
        String code = badge.get();
        if (user != null) {
            run(() -> users.setBadge(actor.get(), user.name(), code), changed -> {
                badge.set("");
                return changed.hasBadge() ? "Badge set for " + changed.name() + "." : "Badge removed.";
            });
        }
    }

    public void disableOrEnable() {
        UserView user = selected.get();
        if (user == null) {
            return;
        }
        if (user.active()
                && !dialogs.confirm(
                        "Disable " + user.name() + "?",
                        user.name() + " will not be able to sign in. Their name stays on the history; an"
                                + " administrator can enable them again.",
                        "Disable")) {
            return;
        }
        run(
                () -> user.active() ? users.disable(actor.get(), user.name()) : users.enable(actor.get(), user.name()),
                changed -> changed.name() + (changed.active() ? " can sign in again." : " is disabled."));
    }

    public void unlock() {
        UserView user = selected.get();
        if (user != null) {
            run(() -> users.unlock(actor.get(), user.name()), changed -> changed.name() + " may sign in again now.");
        }
    }

    /** The site-wide settings under the users: idle lock, count rules, taking back one's own command. */
    SiteSettingsForm siteSettings() {
        return siteSettings;
    }

    private <T> void run(Callable<T> work, java.util.function.Function<T, String> done) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        message.set("");
        executor.run(
                work,
                result -> {
                    busy.set(false);
                    message.set(done.apply(result));
                    refresh();
                },
                error -> {
                    busy.set(false);
                    message.set(FailureText.of(error)); // what was typed stays in its field
                });
    }

    public ObservableList<UserView> rows() {
        return rows;
    }

    public ObjectProperty<UserView> selectedProperty() {
        return selected;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public ObjectProperty<Role> newRoleProperty() {
        return newRole;
    }

    public StringProperty newPasswordProperty() {
        return newPassword;
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty pinProperty() {
        return pin;
    }

    public StringProperty badgeProperty() {
        return badge;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
