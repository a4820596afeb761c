package org.timelineexplorer.ui;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import org.controlsfx.control.StatusBar;
import org.timelineexplorer.model.AppState;

/** "N of M events shown" and the dates the timeline shows. */
public final class StatusBarController {

    private final AppState state;

    @FXML
    private StatusBar statusBar;

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
        range.textProperty().bind(state.visibleRangeProperty().map(r -> "Showing " + Formats.range(r)));
        statusBar.setText("");
        statusBar.getLeftItems().add(count);
        statusBar.getRightItems().add(range);
    }
}
