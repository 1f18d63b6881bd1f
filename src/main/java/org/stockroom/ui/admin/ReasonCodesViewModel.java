package org.stockroom.ui.admin;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.stockroom.service.Actor;
import org.stockroom.service.reason.ReasonCode;
import org.stockroom.service.reason.ReasonCodes;
import org.stockroom.service.reason.ReasonUse;
import org.stockroom.ui.FailureText;
import org.stockroom.ui.TaskExecutor;

/**
 * The reason codes on the Administration page: the list offered for one kind of movement, adding a code, changing
 * its label, and no longer offering it (movements that recorded it keep it). Every change is audited by the
 * service; a refused one keeps what was typed.
 */
public final class ReasonCodesViewModel {

    private final ReasonCodes reasons;
    private final TaskExecutor executor;
    private final Supplier<Actor> actor;

    private final ObjectProperty<ReasonUse> use = new SimpleObjectProperty<>(ReasonUse.ADJUST);
    private final ObservableList<ReasonCode> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ReasonCode> selected = new SimpleObjectProperty<>();
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty label = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public ReasonCodesViewModel(ReasonCodes reasons, TaskExecutor executor, Supplier<Actor> actor) {
        this.reasons = reasons;
        this.executor = executor;
        this.actor = actor;
        use.addListener((o, was, now) -> refresh());
        selected.addListener((o, was, now) -> {
            if (now != null) {
                code.set(now.code());
                label.set(now.label());
            }
        });
    }

    /** Reloads the codes offered for the chosen kind of movement. */
    public void refresh() {
        ReasonUse now = use.get();
        executor.run(() -> reasons.active(now), rows::setAll, this::failed);
    }

    /** Adds the typed code, or gives an existing one the typed label (offering it again if it was not). */
    public void save() {
        ReasonUse now = use.get();
        String typedCode = code.get();
        String typedLabel = label.get();
        executor.run(
                () -> {
                    ReasonCode saved = reasons.add(actor.get(), now, typedCode, typedLabel);
                    return new Saved(saved, reasons.active(now));
                },
                done -> {
                    rows.setAll(done.rows());
                    code.set("");
                    label.set("");
                    message.set(
                            done.code().code() + " (" + done.code().label() + ") is offered for " + words(now) + ".");
                },
                this::failed);
    }

    private record Saved(ReasonCode code, List<ReasonCode> rows) {}

    /** Stops offering the selected code for new movements. */
    public void disable() {
        ReasonCode chosen = selected.get();
        if (chosen == null) {
            message.set("Choose a reason code in the list first.");
            return;
        }
        executor.run(
                () -> {
                    reasons.disable(actor.get(), chosen.use(), chosen.code());
                    return reasons.active(chosen.use());
                },
                left -> {
                    rows.setAll(left);
                    code.set("");
                    label.set("");
                    message.set(chosen.code() + " is no longer offered for " + words(chosen.use())
                            + "; movements that recorded it keep it.");
                },
                this::failed);
    }

    static String words(ReasonUse use) {
        return switch (use) {
            case ADJUST -> "adjustments";
            case COUNT -> "count variances";
            case REVERSE -> "reversals";
        };
    }

    private void failed(Throwable error) {
        message.set(FailureText.of(error));
    }

    public ObjectProperty<ReasonUse> useProperty() {
        return use;
    }

    public ObservableList<ReasonCode> rows() {
        return rows;
    }

    public ObjectProperty<ReasonCode> selectedProperty() {
        return selected;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty labelProperty() {
        return label;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
