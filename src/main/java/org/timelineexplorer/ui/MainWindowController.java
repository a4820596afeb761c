package org.timelineexplorer.ui;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.TimelineEvent;

import java.util.Locale;

/** The main window: the dataset's title and its events. */
public final class MainWindowController {

    private final AppState state;

    @FXML
    private Label datasetTitle;
    @FXML
    private ListView<TimelineEvent> eventList;

    public MainWindowController(AppState state) {
        this.state = state;
    }

    @FXML
    private void initialize() {
        datasetTitle.textProperty().bind(state.datasetProperty().map(Dataset::title).orElse(""));
        eventList.setItems(state.getShownEvents());
        eventList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(TimelineEvent event, boolean empty) {
                super.updateItem(event, empty);
                setText(empty || event == null ? null : event.formatDate(Locale.getDefault()) + "  " + event.title());
            }
        });
    }
}
