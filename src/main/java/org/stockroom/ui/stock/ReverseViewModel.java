package org.stockroom.ui.stock;

import java.util.List;
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
import org.stockroom.service.Actor;
import org.stockroom.service.reason.ReasonCode;
import org.stockroom.service.stock.CommandKeys;
import org.stockroom.service.stock.ReversalService;
import org.stockroom.service.stock.ReverseCommand;
import org.stockroom.ui.DialogModel;
import org.stockroom.ui.FailureText;
import org.stockroom.ui.TaskExecutor;

/**
 * "Reverse..." on a movement of the history: takes back the whole command it belongs to, with a reason code and a
 * note. A refusal (already reversed, would oversell, not allowed) stays in the open dialog. The reversal's key is
 * minted when the dialog opens, so Reverse pressed twice records it once.
 */
public final class ReverseViewModel implements DialogModel<Void> {

    private final ReversalService reversals;
    private final TaskExecutor executor;
    private final Supplier<Actor> actor;
    private final String originalKey;
    private final String describes;
    private final Runnable onReversed;
    private final String key = CommandKeys.newKey();

    private final ObservableList<ReasonCode> reasons = FXCollections.observableArrayList();
    private final ObjectProperty<ReasonCode> reason = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper closed = new ReadOnlyBooleanWrapper(false);

    /** {@code describes}: the movement as the history showed it, "Receive +12 at MAIN by Ada, 08:39". */
    public ReverseViewModel(
            ReversalService reversals,
            List<ReasonCode> reasonCodes,
            TaskExecutor executor,
            Supplier<Actor> actor,
            String originalKey,
            String describes,
            Runnable onReversed) {
        this.reversals = reversals;
        this.executor = executor;
        this.actor = actor;
        this.originalKey = originalKey;
        this.describes = describes;
        this.onReversed = onReversed;
        reasons.setAll(reasonCodes);
    }

    public String title() {
        return "Reverse a command";
    }

    public String question() {
        return "Take back " + describes + "? Every movement of that command is reversed; what moved after it stays.";
    }

    public void reverse() {
        if (busy.get()) {
            return;
        }
        if (reason.get() == null) {
            message.set("Choose a reason.");
            return;
        }
        ReverseCommand command =
                new ReverseCommand(key, actor.get(), originalKey, reason.get().code(), note.get());
        busy.set(true);
        message.set("Reversing...");
        executor.run(
                () -> reversals.reverse(command),
                done -> {
                    busy.set(false);
                    message.set("");
                    closed.set(true);
                    onReversed.run();
                },
                error -> {
                    busy.set(false);
                    message.set(FailureText.of(error));
                });
    }

    public void cancel() {
        closed.set(true);
    }

    public ObservableList<ReasonCode> reasons() {
        return reasons;
    }

    public ObjectProperty<ReasonCode> reasonProperty() {
        return reason;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty closedProperty() {
        return closed.getReadOnlyProperty();
    }
}
