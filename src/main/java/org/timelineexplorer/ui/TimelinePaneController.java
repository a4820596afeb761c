package org.timelineexplorer.ui;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.TimeRange;

/** The timeline's place in the window. */
public final class TimelinePaneController {

    private final AppState state;

    @FXML
    private Label placeholder;

    public TimelinePaneController(AppState state) {
        this.state = state;
    }

    /** Shows {@code range} on the timeline. */
    public void zoomTo(TimeRange range) {
        state.setVisibleRange(range);
    }

    @FXML
    private void initialize() {
        placeholder.textProperty().bind(state.visibleRangeProperty().map(range -> "Timeline: " + Formats.range(range)));
    }
}
