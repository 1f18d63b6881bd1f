package org.stockroom.ui.access;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.stockroom.service.access.UserService;
import org.stockroom.service.access.UserView;
import org.stockroom.ui.FailureText;
import org.stockroom.ui.TaskExecutor;

/**
 * The sign-in screen: on a database without users it asks for the first administrator; otherwise a name with a
 * password or PIN, or a badge scanned into the name field (Enter with no password tries the field as a badge).
 * Hashing is slow, so every attempt runs off the UI thread; the secret fields are cleared after each attempt.
 */
public final class SignInViewModel {

    /** What the screen asks for. */
    public enum Mode {
        FIRST_ADMINISTRATOR,
        SIGN_IN
    }

    private final UserService users;
    private final TaskExecutor executor;
    private final SignedInUser session;
    private final Runnable onDone;

    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty secret = new SimpleStringProperty("");
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper askSecret = new ReadOnlyBooleanWrapper(false);

    /** {@code onDone} runs on the UI thread once someone is signed in (or the site goes on without users). */
    public SignInViewModel(UserService users, TaskExecutor executor, SignedInUser session, Runnable onDone) {
        this.users = users;
        this.executor = executor;
        this.session = session;
        this.onDone = onDone;
        mode.set(session.usersExistProperty().get() ? Mode.SIGN_IN : Mode.FIRST_ADMINISTRATOR);
    }

    /** The window was locked (Switch user, or idle): the screen says who was signed out, and when. */
    public void signedOut(String who, java.time.LocalTime at) {
        clearSecrets();
        name.set("");
        askSecret.set(false);
        message.set(
                who == null
                        ? ""
                        : who + " was signed out at " + at.withSecond(0).withNano(0)
                                + ". Sign in (or scan your badge) to go on; the window is as it was left.");
    }

    /** Enter in the name field: with no password typed, the text is tried as a scanned badge. */
    public void nameEntered() {
        if (mode.get() == Mode.SIGN_IN && secret.get().isEmpty() && !name.get().isBlank()) {
            String code = name.get();
            attempt(() -> users.signInWithBadge(code, session.workstation()), true);
        } else {
            submit();
        }
    }

    /** The Sign in (or Create administrator) button, and Enter in a password field. */
    public void submit() {
        if (busy.get()) {
            return;
        }
        String who = name.get();
        String typed = secret.get();
        if (mode.get() == Mode.FIRST_ADMINISTRATOR) {
            if (!typed.equals(confirmation.get())) {
                message.set("The two passwords differ; type the same password twice.");
                clearSecrets();
                return;
            }
            attempt(() -> users.createFirstAdministrator(who, typed, session.workstation()), false);
        } else if (who.isBlank()) {
            message.set("Type your name, or scan your badge.");
        } else {
            attempt(() -> users.signIn(who, typed, true, session.workstation()), false);
        }
    }

    /** First start only: go on as before users existed (the Administration page can add the first one later). */
    public void continueWithoutUsers() {
        if (mode.get() == Mode.FIRST_ADMINISTRATOR) {
            onDone.run();
        }
    }

    private void attempt(java.util.concurrent.Callable<UserView> work, boolean badge) {
        busy.set(true);
        message.set(mode.get() == Mode.FIRST_ADMINISTRATOR ? "Creating the administrator..." : "Signing in...");
        executor.run(
                work,
                user -> {
                    busy.set(false);
                    clearSecrets();
                    name.set("");
                    message.set("");
                    askSecret.set(false);
                    session.signedIn(user);
                    mode.set(Mode.SIGN_IN);
                    onDone.run();
                },
                error -> {
                    busy.set(false);
                    clearSecrets();
                    if (badge) {
                        // A name typed and Enter pressed: that is not a badge; ask for the password next.
                        message.set("No badge matches that. If you typed your name, now type your password or PIN.");
                        askSecret.set(true);
                    } else {
                        message.set(FailureText.of(error));
                    }
                });
    }

    private void clearSecrets() {
        secret.set("");
        confirmation.set("");
    }

    /** Back to an empty sign-in screen (the window locked or someone chose to switch). */
    public void reset() {
        clearSecrets();
        name.set("");
        message.set("");
        askSecret.set(false);
        mode.set(session.usersExistProperty().get() ? Mode.SIGN_IN : Mode.FIRST_ADMINISTRATOR);
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty secretProperty() {
        return secret;
    }

    public StringProperty confirmationProperty() {
        return confirmation;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True after a name was taken for a badge: the view moves the focus to the password field. */
    public ReadOnlyBooleanProperty askSecretProperty() {
        return askSecret.getReadOnlyProperty();
    }
}
