package org.stockroom.ui.access;

import javafx.stage.Stage;
import org.stockroom.service.access.UserService;
import org.stockroom.service.settings.SiteSettings;
import org.stockroom.ui.TaskExecutor;
import org.stockroom.ui.ViewLoader;

/**
 * The window's door: the sign-in screen at start, "Switch user", and the idle lock with the site's time (read
 * again at each sign-in, so a change on the Administration page reaches every workstation at its next sign-in).
 */
public final class AccessControl {

    private final SignedInUser user;
    private final SiteSettings settings;
    private final TaskExecutor executor;
    private final LockScreen screen;
    private final IdleLock idle;
    private Runnable afterFirstSignIn;
    private final SignInViewModel model;

    public AccessControl(
            Stage owner,
            UserService users,
            SiteSettings settings,
            TaskExecutor executor,
            ViewLoader loader,
            SignedInUser user,
            Runnable quit) {
        this.user = user;
        this.settings = settings;
        this.executor = executor;
        this.model = new SignInViewModel(users, executor, user, this::signedIn);
        this.screen = new LockScreen(owner, model, user.workstation(), quit, loader);
        this.idle = new IdleLock(this::lock);
    }

    /** The first sign-in (or the first administrator); {@code then} runs once it is done. */
    public void start(Runnable then) {
        afterFirstSignIn = then;
        screen.show();
    }

    /** Switch user, or the idle time ran out: back to the sign-in screen, everything else as it is. */
    public void lock() {
        if (!user.usersExistProperty().get() || screen.isShowing()) {
            return;
        }
        idle.stop();
        String who = user.userProperty().get() == null
                ? null
                : user.userProperty().get().name();
        user.signOut();
        screen.show(); // clears the sign-in form first
        model.signedOut(who, java.time.LocalTime.now());
    }

    public boolean isLocked() {
        return screen.isShowing();
    }

    private void signedIn() {
        screen.hide();
        if (user.usersExistProperty().get()) {
            executor.run(
                    settings::idleLock,
                    idle::start,
                    error -> idle.start(java.time.Duration.ofMinutes(SiteSettings.DEFAULT_IDLE_LOCK_MINUTES)));
        }
        Runnable then = afterFirstSignIn;
        afterFirstSignIn = null;
        if (then != null) {
            then.run();
        }
    }
}
