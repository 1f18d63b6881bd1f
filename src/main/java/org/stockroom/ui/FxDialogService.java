package org.stockroom.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Dialogs as real modal windows, each owned by the window that opened it. */
public final class FxDialogService implements DialogService {

    private final ViewLoader loader;
    private final Deque<Window> owners = new ArrayDeque<>();
    private final Map<Class<?>, Function<Object, DialogView<?>>> views = new HashMap<>();

    private final java.nio.file.Path logFile;

    public FxDialogService(Window mainWindow, ViewLoader loader) {
        this(mainWindow, loader, null);
    }

    /** {@code logFile}: named in the dialog for unexpected failures. */
    public FxDialogService(Window mainWindow, ViewLoader loader, java.nio.file.Path logFile) {
        this.loader = loader;
        this.logFile = logFile;
        owners.push(mainWindow);
    }

    @Override
    public void showError(String title, String message) {
        showMessage(Alert.AlertType.ERROR, title, message);
    }

    @Override
    public void showInformation(String title, String message) {
        showMessage(Alert.AlertType.INFORMATION, title, message);
    }

    private void showMessage(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message, ButtonType.OK);
        alert.initOwner(owners.peek());
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.showAndWait();
    }

    @Override
    public void showUnexpected(String doing, Throwable error) {
        FailureReport report = FailureReport.of(
                doing, error, logFile, org.stockroom.service.VersionInfo.version(), java.time.Instant.now());
        ButtonType copy = new ButtonType("Copy details", ButtonBar.ButtonData.LEFT);
        Alert alert = new Alert(Alert.AlertType.ERROR, report.summary(), copy, ButtonType.OK);
        alert.initOwner(owners.peek());
        alert.setTitle("Something went wrong");
        alert.setHeaderText("Something went wrong");
        javafx.scene.control.TextArea details = new javafx.scene.control.TextArea(report.details());
        details.setEditable(false);
        details.setPrefRowCount(12);
        alert.getDialogPane().setExpandableContent(details);
        // Copying keeps the dialog open: the button's own action would close it.
        javafx.scene.Node copyButton = alert.getDialogPane().lookupButton(copy);
        copyButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString(report.details());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            ((javafx.scene.control.Button) copyButton).setText("Copied");
            e.consume();
        });
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        ButtonType confirm = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType decline = new ButtonType("Not now", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, confirm, decline);
        alert.initOwner(owners.peek());
        alert.setTitle(title);
        alert.setHeaderText(title);
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }

    /** Which view shows a kind of dialog model: called by the window root, once per kind, before use. */
    public <M extends DialogModel<R>, R> void register(Class<M> modelType, Function<M, ? extends DialogView<R>> view) {
        views.put(modelType, model -> view.apply(modelType.cast(model)));
    }

    @Override
    @SuppressWarnings("unchecked") // register() pairs each model type with a view of the same answer type
    public <R> Optional<R> show(DialogModel<R> model) {
        Function<Object, DialogView<?>> factory = views.get(model.getClass());
        if (factory == null) {
            throw new IllegalStateException(
                    "No view registered for " + model.getClass().getName());
        }
        DialogView<R> view = (DialogView<R>) factory.apply(model);
        showModal(loader.load(view), view.title());
        return view.result();
    }

    @Override
    public void showProgress(String title, TaskHandle task) {
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(task.progressProperty());
        bar.setPrefWidth(360);
        Label line = new Label();
        line.textProperty().bind(task.messageProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("progressCancelButton");
        cancel.setOnAction(e -> {
            task.cancel();
            cancel.setDisable(true);
            cancel.setText("Stopping after this batch...");
        });
        VBox box = new VBox(10, line, bar, cancel);
        box.setPadding(new Insets(16));
        Stage stage = modalStage(box, title);
        // Closing the window is a request to stop, not a way to leave the work running unseen.
        stage.setOnCloseRequest(e -> task.cancel());
        task.doneProperty().addListener((o, was, now) -> {
            if (now) {
                stage.close();
            }
        });
        if (!task.doneProperty().get()) {
            stage.show();
        }
    }

    @Override
    public Optional<Path> chooseFile(String title, boolean save, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        // "csv,xlsx" offers both together, then each, then every file (a file may be named any way)
        java.util.List<String> patterns = java.util.Arrays.stream(extension.split(","))
                .map(e -> "*." + e.strip())
                .toList();
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(
                        String.join(", ", patterns).replace("*.", "").toUpperCase(java.util.Locale.ROOT) + " files",
                        patterns));
        if (patterns.size() > 1) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*.*"));
        }
        File file = save ? chooser.showSaveDialog(owners.peek()) : chooser.showOpenDialog(owners.peek());
        return Optional.ofNullable(file).map(File::toPath);
    }

    private void showModal(Parent root, String title) {
        Stage stage = modalStage(root, title);
        owners.push(stage);
        try {
            stage.showAndWait();
        } finally {
            owners.pop();
        }
    }

    /** A window over the topmost open one, blocking it, with Stockroom's theme and icon. */
    private Stage modalStage(Parent root, String title) {
        Stage stage = new Stage();
        stage.initOwner(owners.peek());
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(title);
        Theme.applyIcon(stage, owners.peek());
        Scene scene = new Scene(root);
        Theme.applyTo(scene);
        stage.setScene(scene);
        return stage;
    }
}
