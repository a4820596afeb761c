package org.timelineexplorer.ui;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.VBox;
import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.TimelineEvent;

/**
 * The shown events as a list, date and title: the keyboard- and screen-reader-friendly way through the timeline.
 * Its selection and the state's selected event follow each other.
 */
public final class EventListController {

    private static final Messages TEXTS = Messages.of(EventListController.class);

    private final AppState state;
    private final ViewScope scope;
    private boolean syncing;

    @FXML
    private Label heading;
    @FXML
    private ListView<TimelineEvent> list;

    public EventListController(AppState state, ViewScope scope) {
        this.state = state;
        this.scope = scope;
    }

    @FXML
    private void initialize() {
        heading.setLabelFor(list);
        heading.textProperty().bind(Bindings.createStringBinding(
                () -> TEXTS.text("events.heading", state.getShownEvents().size()), state.getShownEvents()));
        list.setItems(state.getShownEvents());
        list.setCellFactory(view -> new EventCell());
        list.setPlaceholder(new Label(TEXTS.text("events.none")));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, event) -> {
            // A filter that rebuilds the list clears its selection for a moment; only a real choice selects.
            if (!syncing && event != null && event != state.getSelectedEvent()) {
                syncing = true;
                try {
                    state.setSelectedEvent(event);
                } finally {
                    syncing = false;
                }
            }
        });
        scope.keep(state.selectedEventProperty().subscribe((old, event) -> showSelected(event)));
        scope.listen(state.getShownEvents(), (ListChangeListener<TimelineEvent>) change ->
                showSelected(state.getSelectedEvent()));
        // A selection made before the list is first shown is scrolled to once it has cells.
        list.skinProperty().addListener((obs, old, skin) -> Platform.runLater(() -> {
            int index = list.getSelectionModel().getSelectedIndex();
            if (index >= 0) {
                list.scrollTo(Math.max(0, index - 2));
            }
        }));
        showSelected(state.getSelectedEvent());
    }

    private void showSelected(TimelineEvent event) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            int index = event == null ? -1 : list.getItems().indexOf(event);
            if (index < 0) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedIndex() != index) {
                list.getSelectionModel().clearAndSelect(index);
                reveal(index);
            }
        } finally {
            syncing = false;
        }
    }

    /** Scrolls {@code index} into view unless it is already well inside it, so the list does not jump. */
    private void reveal(int index) {
        if (list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            IndexedCell<?> first = flow.getFirstVisibleCell();
            IndexedCell<?> last = flow.getLastVisibleCell();
            if (first != null && last != null && index > first.getIndex() && index < last.getIndex()) {
                return;
            }
        }
        list.scrollTo(Math.max(0, index - 2));
    }

    /** Two lines: the date, small and muted, over the title. */
    private final class EventCell extends ListCell<TimelineEvent> {
        private final Label date = new Label();
        private final Label title = new Label();
        private final VBox box = new VBox(2, date, title);

        EventCell() {
            date.getStyleClass().add("event-cell-date");
            title.getStyleClass().add("event-cell-title");
            title.setWrapText(true);
            title.setMinHeight(USE_PREF_SIZE);
            setPrefWidth(0);
            box.setMinWidth(0);
        }

        @Override
        protected void updateItem(TimelineEvent event, boolean empty) {
            super.updateItem(event, empty);
            setText(null);
            if (empty || event == null) {
                setGraphic(null);
                setAccessibleText(null);
            } else {
                date.setText(event.formatDate(Formats.locale(), state.eraStyle()));
                title.setText(event.title());
                setGraphic(box);
                setAccessibleText(TEXTS.text("events.cell.accessible", date.getText(), event.title()));
            }
        }
    }
}
