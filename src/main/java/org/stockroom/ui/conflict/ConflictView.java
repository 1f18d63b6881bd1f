package org.stockroom.ui.conflict;

import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.stockroom.service.ledger.MovementView;
import org.stockroom.ui.DialogView;
import org.stockroom.ui.control.Columns;
import org.stockroom.ui.control.Formats;

/** Draws a {@link ConflictViewModel} and records which button was pressed. */
public final class ConflictView implements DialogView<ConflictChoice> {

    private final ConflictViewModel model;
    private ConflictChoice choice = ConflictChoice.CANCEL;

    @FXML
    private Label messageLabel;

    @FXML
    private GridPane grid;

    @FXML
    private VBox movementsBox;

    @FXML
    private TableView<MovementView> movementsTable;

    @FXML
    private TableColumn<MovementView, String> movementTimeColumn;

    @FXML
    private TableColumn<MovementView, String> movementTypeColumn;

    @FXML
    private TableColumn<MovementView, Long> movementQuantityColumn;

    @FXML
    private TableColumn<MovementView, String> movementUserColumn;

    @FXML
    private Button applyMineButton;

    public ConflictView(ConflictViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        messageLabel.setText(model.message());
        applyMineButton.setText(model.applyLabel());
        int row = 1;
        for (ConflictViewModel.FieldRow field : model.rows()) {
            grid.addRow(
                    row++,
                    cell(field.label(), false),
                    cell(field.mine(), field.differs()),
                    cell(field.theirs(), field.differs()),
                    cell(field.original(), false));
        }
        boolean hasMovements = !model.movementsSince().isEmpty();
        movementsBox.setVisible(hasMovements);
        movementsBox.setManaged(hasMovements);
        Columns.show(movementTimeColumn, m -> Formats.time(m.occurredAt()));
        Columns.show(movementTypeColumn, m -> m.type().label());
        Columns.show(movementQuantityColumn, MovementView::quantity);
        Columns.show(movementUserColumn, MovementView::userName);
        movementsTable.getItems().setAll(model.movementsSince());
    }

    private static Label cell(String text, boolean highlight) {
        Label label = new Label(text);
        label.getStyleClass().add(highlight ? "differs" : "cell-text");
        label.setWrapText(true);
        label.setMaxWidth(260);
        return label;
    }

    @Override
    public String title() {
        return model.title();
    }

    @Override
    public Optional<ConflictChoice> result() {
        return Optional.of(choice());
    }

    public ConflictChoice choice() {
        return choice;
    }

    @FXML
    private void applyMine() {
        close(ConflictChoice.APPLY_MINE);
    }

    @FXML
    private void keepTheirs() {
        close(ConflictChoice.KEEP_THEIRS);
    }

    @FXML
    private void cancel() {
        close(ConflictChoice.CANCEL);
    }

    private void close(ConflictChoice chosen) {
        this.choice = chosen;
        ((Stage) grid.getScene().getWindow()).close();
    }
}
