package org.stockroom.ui.admin;

import java.math.BigDecimal;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.stockroom.service.Actor;
import org.stockroom.service.settings.CountRules;
import org.stockroom.service.settings.SiteSettings;

/**
 * The Administration page's site-wide settings: how long a workstation may sit idle before it locks, the count
 * sessions' variance thresholds, and how long one may take back one's own command. A field that is not a number is
 * named and nothing is saved; what was typed stays.
 */
final class SiteSettingsForm {

    /** Runs a save in the background, says {@code done}'s text on success, and reloads the page. */
    interface Saving {
        <T> void run(Callable<T> work, Function<T, String> done);
    }

    private final SiteSettings settings;
    private final Supplier<Actor> actor;
    private final Consumer<String> say;
    private final Saving saving;

    private final StringProperty idleMinutes = new SimpleStringProperty("");
    private final StringProperty maxUnits = new SimpleStringProperty("");
    private final StringProperty maxPercent = new SimpleStringProperty("");
    private final StringProperty maxValue = new SimpleStringProperty("");
    private final BooleanProperty recountByAnother = new SimpleBooleanProperty(false);
    private final StringProperty ownReversalMinutes = new SimpleStringProperty("");

    SiteSettingsForm(SiteSettings settings, Supplier<Actor> actor, Consumer<String> say, Saving saving) {
        this.settings = settings;
        this.actor = actor;
        this.say = say;
        this.saving = saving;
    }

    /** What is stored now, into the fields. */
    void show(long idleLockMinutes, CountRules rules, long ownReversalWindowMinutes) {
        idleMinutes.set(Long.toString(idleLockMinutes));
        maxUnits.set(rules.maxUnits() == null ? "" : rules.maxUnits().toString());
        maxPercent.set(rules.maxPercent() == null ? "" : rules.maxPercent().toPlainString());
        maxValue.set(rules.maxValue() == null ? "" : rules.maxValue().toPlainString());
        recountByAnother.set(rules.recountByAnother());
        ownReversalMinutes.set(Long.toString(ownReversalWindowMinutes));
    }

    void saveIdleLock() {
        String typed = idleMinutes.get() == null ? "" : idleMinutes.get().strip();
        int minutes;
        try {
            minutes = Integer.parseInt(typed);
        } catch (NumberFormatException e) {
            say.accept("Idle lock: '" + typed + "' is not a whole number of minutes (0 switches it off).");
            return;
        }
        saving.run(
                () -> settings.changeIdleLock(actor.get(), minutes),
                saved -> saved.isZero()
                        ? "The window no longer locks by itself."
                        : "Each workstation locks after " + saved.toMinutes() + " minutes without input (from its"
                                + " next sign-in).");
    }

    /**
     * The count sessions' variance thresholds (an empty field is off) and how long one may take back one's own
     * command. A field that is not a number is named and nothing is saved.
     */
    void saveCountRules() {
        CountRules rules;
        int minutes;
        try {
            rules = new CountRules(
                    blank(maxUnits) ? null : Long.valueOf(maxUnits.get().strip()),
                    decimal(maxPercent, "Recount above percent"),
                    decimal(maxValue, "Recount above value"),
                    recountByAnother.get());
        } catch (NumberFormatException e) {
            say.accept(
                    e.getMessage() == null || e.getMessage().startsWith("For input")
                            ? "Recount above units: '" + maxUnits.get().strip()
                                    + "' is not a whole number (empty: off)."
                            : e.getMessage());
            return;
        }
        try {
            minutes = Integer.parseInt(ownReversalMinutes.get().strip());
        } catch (NumberFormatException e) {
            say.accept("Take back one's own command: '"
                    + ownReversalMinutes.get().strip() + "' is not a whole number of minutes.");
            return;
        }
        saving.run(
                () -> {
                    settings.changeCountRules(actor.get(), rules);
                    return settings.changeOwnReversalWindow(actor.get(), minutes);
                },
                saved -> "Saved: "
                        + (rules.anyThreshold()
                                ? "counts over a threshold are counted again"
                                : "no variance" + " thresholds")
                        + "; one's own last command may be taken back for " + saved.toMinutes()
                        + " minutes.");
    }

    private static boolean blank(StringProperty field) {
        return field.get() == null || field.get().isBlank();
    }

    private static BigDecimal decimal(StringProperty field, String what) {
        if (blank(field)) {
            return null;
        }
        try {
            return new BigDecimal(field.get().strip());
        } catch (NumberFormatException e) {
            throw new NumberFormatException(what + ": '" + field.get().strip() + "' is not a number (empty: off).");
        }
    }

    StringProperty maxUnitsProperty() {
        return maxUnits;
    }

    StringProperty maxPercentProperty() {
        return maxPercent;
    }

    StringProperty maxValueProperty() {
        return maxValue;
    }

    BooleanProperty recountByAnotherProperty() {
        return recountByAnother;
    }

    StringProperty ownReversalMinutesProperty() {
        return ownReversalMinutes;
    }

    StringProperty idleMinutesProperty() {
        return idleMinutes;
    }
}
