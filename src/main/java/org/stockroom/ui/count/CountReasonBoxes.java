package org.stockroom.ui.count;

import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import org.stockroom.service.reason.ReasonCode;
import org.stockroom.ui.control.Shown;

/** The review's two reason boxes, one for the gains and one for the losses, each offering the codes that fit. */
final class CountReasonBoxes {

    private CountReasonBoxes() {}

    /** Each box offers the codes that fit its sign, and shows only when the review has lines of that sign. */
    static void bind(
            ChoiceBox<ReasonCode> gainBox,
            Label gainLabel,
            ChoiceBox<ReasonCode> lossBox,
            Label lossLabel,
            CountPostingModel posting) {
        reasonBox(gainBox, gainLabel, posting.gainChoices(), posting.gainReasonProperty());
        reasonBox(lossBox, lossLabel, posting.lossChoices(), posting.lossReasonProperty());
        shownWhen(posting.hasGains(), gainBox, gainLabel);
        shownWhen(posting.hasLosses(), lossBox, lossLabel);
    }

    private static void reasonBox(
            ChoiceBox<ReasonCode> box,
            Label label,
            ObservableList<ReasonCode> choices,
            ObjectProperty<ReasonCode> chosen) {
        box.setItems(choices);
        box.valueProperty().bindBidirectional(chosen);
        box.setConverter(Shown.as(ReasonCode::label, ""));
        label.setLabelFor(box);
    }

    /** Offered only where the review has lines of that sign: a posting of gains only asks no loss reason. */
    private static void shownWhen(ObservableBooleanValue shown, Node... nodes) {
        for (Node node : nodes) {
            node.visibleProperty().bind(shown);
            node.managedProperty().bind(shown);
        }
    }
}
