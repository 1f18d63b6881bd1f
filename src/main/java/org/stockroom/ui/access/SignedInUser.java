package org.stockroom.ui.access;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.stockroom.domain.access.Permission;
import org.stockroom.service.Actor;
import org.stockroom.service.access.UserView;

/**
 * Who the window acts as now, at this workstation. On a database with users: the signed-in user, or nobody
 * while the window is locked. On one without users (a site from before users existed): the name the window was
 * started with, allowed everything, as the services allow it. What a role may do is shown from here; the
 * services decide it again at every command from the database.
 */
public final class SignedInUser {

    private final String workstation;
    private final String nameWithoutUsers;
    private final ReadOnlyBooleanWrapper usersExist;
    private final ReadOnlyObjectWrapper<UserView> user = new ReadOnlyObjectWrapper<>();

    public SignedInUser(String workstation, String nameWithoutUsers, boolean usersExist) {
        this.workstation = workstation;
        this.nameWithoutUsers = nameWithoutUsers;
        this.usersExist = new ReadOnlyBooleanWrapper(usersExist);
    }

    /** Who acts now; read when a command is sent, so a form saved after a switch of user names the new one. */
    public Actor actor() {
        UserView now = user.get();
        if (!usersExist.get()) {
            return Actor.at(nameWithoutUsers, workstation);
        }
        // Locked: a name no user has, which every service refuses (the window covers everything meanwhile).
        return Actor.at(now == null ? "(nobody signed in)" : now.name(), workstation);
    }

    public void signedIn(UserView signedIn) {
        usersExist.set(true);
        user.set(signedIn);
    }

    /** The first user was added: nobody is signed in until someone does. */
    public void usersAdded() {
        user.set(null);
        usersExist.set(true);
    }

    public void signOut() {
        user.set(null);
    }

    public ReadOnlyObjectProperty<UserView> userProperty() {
        return user.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty usersExistProperty() {
        return usersExist.getReadOnlyProperty();
    }

    public String workstation() {
        return workstation;
    }

    /** True while the signed-in role has {@code permission} (always, on a database without users). */
    public BooleanBinding allows(Permission permission) {
        return Bindings.createBooleanBinding(
                () -> !usersExist.get()
                        || (user.get() != null && user.get().role().allows(permission)),
                usersExist,
                user);
    }

    /** Why {@code permission} is not there, for a disabled control's tooltip; empty while it is. */
    public StringBinding whyNot(Permission permission) {
        return Bindings.createStringBinding(
                () -> {
                    UserView now = user.get();
                    if (!usersExist.get() || (now != null && now.role().allows(permission))) {
                        return "";
                    }
                    String needs = "To " + permission.description() + " needs the "
                            + permission.least().title() + " role or higher";
                    return now == null
                            ? needs + "."
                            : needs + "; " + now.name() + " is a " + now.role().title() + ".";
                },
                usersExist,
                user);
    }

    /** "Ada (Supervisor) at till-2" for the status bar. */
    public StringBinding description() {
        return Bindings.createStringBinding(
                () -> {
                    UserView now = user.get();
                    if (!usersExist.get()) {
                        return nameWithoutUsers + " (no sign-in) at " + workstation;
                    }
                    return now == null
                            ? "Locked"
                            : now.name() + " (" + now.role().title() + ") at " + workstation;
                },
                usersExist,
                user);
    }
}
