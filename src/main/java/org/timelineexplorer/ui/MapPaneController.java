package org.timelineexplorer.ui;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import org.timelineexplorer.export.Pictures;
import org.timelineexplorer.map.MapView;
import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.TimelineEvent;
import org.timelineexplorer.ui.help.Shortcuts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The map of the shown events' places, bound to the state: the search and filter decide which events it shows, the
 * time in view and the selected era which of them are muted, and its selection is the state's both ways (a click on
 * a marker selects the event everywhere, and the timeline moves to it as it does for any selection). A newly opened
 * dataset is fitted; an edit keeps the map where it is.
 */
public final class MapPaneController {

    private static final Messages TEXTS = Messages.of(MapPaneController.class);

    /** Up to how many events added or removed at once change only their markers rather than all. */
    private static final int FEW_EVENTS = 500;

    private final AppState state;
    private final ViewScope scope;
    /** True while the map's selection is set from the state's, so that it is not handed back. */
    private boolean matching;

    @FXML
    private MapView map;
    @FXML
    private Label credit;

    public MapPaneController(AppState state, ViewScope scope) {
        this.state = state;
        this.scope = scope;
    }

    @FXML
    private void initialize() {
        scope.listen(state.getShownEvents(), (ListChangeListener<TimelineEvent>) this::shownEventsChanged);
        scope.keep(state.visibleRangeProperty().subscribe(this::showMarkers));
        scope.keep(state.selectedEraProperty().subscribe(this::showMarkers));
        // Markers take their era's colour: an edited era recolours them. A newly opened dataset is also fitted.
        scope.keep(state.getEras().subscribe(this::showMarkers));
        scope.keep(state.openedProperty().subscribe(() -> {
            showMarkers();
            map.fitToMarkers();
        }));
        scope.keep(state.selectedEventProperty().subscribe((old, event) -> {
            matching = true;
            map.setSelectedItem(event);
            matching = false;
        }));
        map.selectedItemProperty().addListener((obs, old, item) -> {
            if (!matching && item instanceof TimelineEvent event) {
                state.setSelectedEvent(event);
            }
        });
        map.setKeys(Shortcuts.mapKeys());
        credit.setText(TEXTS.text("map.credit", MapView.credit()));
        showMarkers();
        map.setSelectedItem(state.getSelectedEvent());
    }

    /**
     * Changes the markers of the events added to or removed from those shown: an edit of one event among 100,000
     * hands the map its few markers, not every marker again. Events that only moved in the order change nothing.
     */
    private void shownEventsChanged(ListChangeListener.Change<? extends TimelineEvent> change) {
        Set<TimelineEvent> removed = Collections.newSetFromMap(new IdentityHashMap<>());
        List<TimelineEvent> added = new ArrayList<>();
        while (change.next()) {
            removed.addAll(change.getRemoved());
            added.addAll(change.getAddedSubList());
        }
        if (removed.size() + added.size() > FEW_EVENTS) {
            showMarkers();
            return;
        }
        // Identity, not equality: markers stand for the very events shown, and two events may be equal.
        if (!removed.isEmpty()) {
            map.getMarkers().removeIf(marker -> removed.contains(marker.item()));
        }
        map.getMarkers().addAll(Pictures.mapMarkers(added, state.getDataset(), state.getVisibleRange(),
                state.getSelectedEra()));
        describe();
    }

    private void showMarkers() {
        map.getMarkers().setAll(Pictures.mapMarkers(state.getShownEvents(), state.getDataset(),
                state.getVisibleRange(), state.getSelectedEra()));
        describe();
    }

    private void describe() {
        map.setAccessibleText(TEXTS.text("map.accessible", state.getShownEvents().size()));
    }

    /** The map control, for the actions that export it and for the presentation. */
    public MapView map() {
        return map;
    }
}
