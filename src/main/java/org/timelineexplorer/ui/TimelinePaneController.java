package org.timelineexplorer.ui;

import javafx.fxml.FXML;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.TimeRange;
import org.timelineexplorer.timeline.TimelineView;
import org.timelineexplorer.ui.help.Shortcuts;

import java.util.function.Consumer;

/**
 * The timeline, bound both ways to the state: it shows the shown events and the eras, and its visible range,
 * selected event and selected era are the state's. Its keys are the shortcut table's. In edit mode (the state's
 * {@link AppState#timelineEditingProperty()}) a dragged event is moved and a dragged era edge changes its era, each
 * one undoable step.
 */
public final class TimelinePaneController {

    private final AppState state;
    private final ViewScope scope;

    @FXML
    private TimelineView timeline;

    public TimelinePaneController(AppState state, ViewScope scope) {
        this.state = state;
        this.scope = scope;
    }

    @FXML
    private void initialize() {
        timeline.setEvents(state.getShownEvents());
        timeline.setEras(state.getEras());
        // The control listens to the lists it is given: views made anew in another language let go of them.
        scope.keep(() -> {
            timeline.setEvents(null);
            timeline.setEras(null);
        });
        timeline.setLocale(Formats.locale());
        timeline.timeRightToLeftProperty().bind(state.timeRightToLeftProperty());
        timeline.eraStyleProperty().bind(state.datasetProperty().map(Dataset::eraStyle));
        timeline.setKeys(Shortcuts.timelineKeys());
        timeline.visibleRangeProperty().bindBidirectional(state.visibleRangeProperty());
        timeline.selectedEventProperty().bindBidirectional(state.selectedEventProperty());
        timeline.selectedEraProperty().bindBidirectional(state.selectedEraProperty());
        timeline.editableProperty().bind(state.timelineEditingProperty());
        timeline.setOnEventDragged(state::moveEvent);
        timeline.setOnEraEdgeDragged(state::replaceEra);
    }

    /** What a double click on an empty spot in edit mode does: {@code add} runs with the date there. */
    public void addWith(Consumer<HistoricalDate> add) {
        timeline.setOnAddRequested(add);
    }

    /** What opening the selected event ({@code Enter}, a double click) does: {@code open} runs. */
    public void openWith(Runnable open) {
        timeline.setOnEventOpened(event -> open.run());
    }

    /** Moves the timeline to {@code range}, animated; the state's visible range follows through the binding. */
    public void zoomTo(TimeRange range) {
        timeline.zoomTo(range);
    }

    /** The timeline control, for features that work on it (export, presentation). */
    public TimelineView timeline() {
        return timeline;
    }
}
