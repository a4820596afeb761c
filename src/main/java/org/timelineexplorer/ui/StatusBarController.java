package org.timelineexplorer.ui;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.controlsfx.control.StatusBar;
import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.model.AppState;

/**
 * "N of M events shown", "Editing on the timeline" in edit mode, the dates the timeline shows, and a file's opening: its progress and a Cancel button while
 * a file takes more than a second to open.
 */
public final class StatusBarController {

    private static final Messages TEXTS = Messages.of(StatusBarController.class);

    private final AppState state;

    @FXML
    private StatusBar statusBar;
    @FXML
    private Button cancelOpening;

    /** The bar's text and progress, for the file actions' messages. */
    public StatusBar statusBar() {
        return statusBar;
    }

    public StatusBarController(AppState state) {
        this.state = state;
    }

    @FXML
    private void initialize() {
        Label count = new Label();
        count.setId("status-count");
        count.getStyleClass().add("status-count");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> Formats.shownCount(state.getShownEvents().size(), state.getEvents().size()),
                state.getShownEvents(), state.getEvents()));
        Label range = new Label();
        range.setId("status-range");
        range.getStyleClass().add("status-range");
        // What is in view of the data: a view padded around 13.8 billion years reaches far into the future.
        range.textProperty().bind(Bindings.createStringBinding(() -> TEXTS.text("status.showing", Formats.range(
                state.getDataset() == null ? state.getVisibleRange()
                        : state.getVisibleRange().clippedTo(state.getDataset().span()), state.eraStyle())),
                state.visibleRangeProperty(), state.datasetProperty()));
        Label editing = new Label(TEXTS.text("status.editing"));
        editing.setId("status-editing");
        editing.getStyleClass().add("status-editing");
        editing.visibleProperty().bind(state.timelineEditingProperty());
        editing.managedProperty().bind(editing.visibleProperty());
        statusBar.setText("");
        statusBar.getLeftItems().addAll(count, editing);
        statusBar.getRightItems().add(range);
    }

    /**
     * Shows the opening of files: "Opening…" at once, and once a file is {@linkplain DatasetOpening#slowProperty()
     * slow} its progress and a Cancel button that stops it, leaving the timeline that was open as it was.
     */
    public void showOpening(DatasetOpening opening) {
        cancelOpening.visibleProperty().bind(opening.slowProperty());
        cancelOpening.managedProperty().bind(opening.slowProperty());
        cancelOpening.setOnAction(event -> {
            opening.cancel();
            statusBar.setText(TEXTS.text("status.cancelled"));
        });
        statusBar.getRightItems().add(0, cancelOpening);
        String openingText = TEXTS.text("status.opening");
        opening.busyProperty().addListener((obs, was, busy) -> {
            if (busy) {
                statusBar.setText(openingText);
            } else if (openingText.equals(statusBar.getText())) {
                // A file that did not open says why in its own dialog; the bar stops saying it is opening.
                statusBar.setText("");
            }
        });
        statusBar.progressProperty().bind(Bindings.when(opening.slowProperty())
                .then(opening.progressProperty()).otherwise(0.0));
    }
}
