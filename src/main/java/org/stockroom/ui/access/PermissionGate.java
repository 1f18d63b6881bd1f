package org.stockroom.ui.access;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.stockroom.domain.access.Permission;

/**
 * Disables a control the signed-in role may not use and says why in a tooltip. A disabled node gets no mouse
 * events, so its tooltip would never show: the tooltip goes on {@code holder}, a pane around the control.
 */
public final class PermissionGate {

    private final SignedInUser user;

    public PermissionGate(SignedInUser user) {
        this.user = user;
    }

    /** {@code control} is disabled while the role lacks {@code permission} or {@code alsoDisabled} holds. */
    public void guard(Node control, Node holder, Permission permission, ObservableBooleanValue alsoDisabled) {
        ObservableBooleanValue allowed = user.allows(permission);
        control.disableProperty()
                .bind(Bindings.createBooleanBinding(() -> alsoDisabled.get() || !allowed.get(), alsoDisabled, allowed));
        Tooltip why = new Tooltip();
        why.setShowDelay(Duration.millis(200));
        why.setWrapText(true);
        why.setMaxWidth(360);
        why.textProperty().bind(user.whyNot(permission));
        Runnable place = () -> {
            if (why.getText().isEmpty()) {
                Tooltip.uninstall(holder, why);
            } else {
                Tooltip.install(holder, why);
            }
        };
        why.textProperty().addListener((o, was, now) -> place.run());
        place.run();
        control.getProperties().put(PermissionGate.class, why); // tests read the reason from here
    }

    public void guard(Node control, Node holder, Permission permission) {
        guard(control, holder, permission, Bindings.createBooleanBinding(() -> false));
    }

    /** The reason a guarded control shows, or empty. */
    public static String reasonOf(Node control) {
        Object tip = control.getProperties().get(PermissionGate.class);
        return tip instanceof Tooltip t ? t.getText() : "";
    }
}
