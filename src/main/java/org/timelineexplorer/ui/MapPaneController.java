package org.timelineexplorer.ui;

import javafx.beans.InvalidationListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import org.timelineexplorer.export.Pictures;
import org.timelineexplorer.map.MapView;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.TimelineEvent;
import org.timelineexplorer.ui.help.Shortcuts;

/**
 * The map of the shown events' places, bound to the state: the search and filter decide which events it shows, the
 * time in view and the selected era which of them are muted, and its selection is the state's both ways (a click on
 * a marker selects the event everywhere, and the timeline moves to it as it does for any selection). A newly opened
 * dataset is fitted; an edit keeps the map where it is.
 */
public final class MapPaneController {

    private final AppState state;
    /** True while the map's selection is set from the state's, so that it is not handed back. */
    private boolean matching;

    @FXML
    private MapView map;
    @FXML
    private Label credit;

    public MapPaneController(AppState state) {
        this.state = state;
    }

    @FXML
    private void initialize() {
        InvalidationListener rebuild = o -> showMarkers();
        state.getShownEvents().addListener(rebuild);
        state.visibleRangeProperty().addListener(rebuild);
        state.selectedEraProperty().addListener(rebuild);
        // Markers take their era's colour: an edited era recolours them. A newly opened dataset is also fitted.
        state.getEras().addListener(rebuild);
        state.openedProperty().addListener(o -> {
            showMarkers();
            map.fitToMarkers();
        });
        state.selectedEventProperty().addListener((obs, old, event) -> {
            matching = true;
            map.setSelectedItem(event);
            matching = false;
        });
        map.selectedItemProperty().addListener((obs, old, item) -> {
            if (!matching && item instanceof TimelineEvent event) {
                state.setSelectedEvent(event);
            }
        });
        map.setKeys(Shortcuts.mapKeys());
        credit.setText(Pictures.MAP_DATA + " (public domain)");
        showMarkers();
        map.setSelectedItem(state.getSelectedEvent());
    }

    private void showMarkers() {
        map.getMarkers().setAll(Pictures.mapMarkers(state.getShownEvents(), state.getDataset(),
                state.getVisibleRange(), state.getSelectedEra()));
        map.setAccessibleText("Map of the places of " + state.getShownEvents().size() + " events shown");
    }

    /** The map control, for the actions that export it and for the presentation. */
    public MapView map() {
        return map;
    }
}
