package org.timelineexplorer.ui;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Dataset;

import java.util.Map;

/**
 * Puts the parts together: menu, search, era navigator, timeline, figures, detail pane, event list and status bar,
 * each its own view bound to the one state. It also remembers the window's size, its dividers and the chosen
 * figures between runs.
 */
public final class MainWindowController {

    private final AppState state;
    private WindowPreferences preferences;
    private Window window;

    @FXML
    private BorderPane root;
    @FXML
    private Label datasetTitle;
    @FXML
    private SplitPane contentSplit;
    @FXML
    private SplitPane leftSplit;
    @FXML
    private SplitPane rightSplit;
    @FXML
    private Node figures;
    @FXML
    private AppMenuController menuController;
    @FXML
    private SearchBarController searchController;
    @FXML
    private FiguresPaneController figuresController;
    @FXML
    private EraNavigatorController erasController;
    @FXML
    private TimelinePaneController timelineController;

    public MainWindowController(AppState state) {
        this.state = state;
    }

    @FXML
    private void initialize() {
        datasetTitle.textProperty().bind(state.datasetProperty().map(Dataset::title).orElse(""));
        // Jumps go through the timeline so that it can animate them; the state follows through its binding.
        erasController.zoomWith(timelineController::zoomTo);
        menuController.zoomWith(timelineController::zoomTo);
        menuController.bindSeries(figuresController.shownSeriesIdProperty(), figuresController::availableSeries);
        menuController.showFiguresProperty().addListener((obs, old, shown) -> showFigures(shown));
        root.sceneProperty().addListener((obs, old, scene) -> attach(scene));
    }

    /** The timeline pane and its control, for features that work on the timeline (export, presentation). */
    public TimelinePaneController timelinePane() {
        return timelineController;
    }

    /** The menus, for features that add items (File → Export…, View → Present…). */
    public AppMenuController menu() {
        return menuController;
    }

    /**
     * Uses {@code prefs} instead of the user's preferences (tests use their own node). Call it before the window is
     * shown; the values are read when the view joins a window.
     */
    public void usePreferences(WindowPreferences prefs) {
        preferences = prefs;
        if (window != null) {
            restore();
        }
    }

    private WindowPreferences preferences() {
        if (preferences == null) {
            preferences = WindowPreferences.forUser();
        }
        return preferences;
    }

    private void attach(Scene scene) {
        if (scene == null) {
            return;
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                () -> searchController.searchField().requestFocus());
        if (scene.getWindow() != null) {
            attach(scene.getWindow());
        } else {
            scene.windowProperty().addListener((obs, old, newWindow) -> attach(newWindow));
        }
    }

    private void attach(Window newWindow) {
        if (newWindow == null || window != null) {
            return;
        }
        window = newWindow;
        restore();
        window.addEventHandler(WindowEvent.WINDOW_HIDING, event -> save());
        figuresController.shownSeriesIdProperty().addListener((obs, old, id) -> preferences().saveSeries(id));
    }

    private void restore() {
        WindowPreferences prefs = preferences();
        if (window instanceof Stage stage && !stage.isShowing()) {
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            prefs.width().ifPresent(width -> prefs.height().ifPresent(height -> {
                if (width <= screen.getWidth() && height <= screen.getHeight()) {
                    stage.setWidth(width);
                    stage.setHeight(height);
                }
            }));
            stage.setMaximized(prefs.maximized());
        }
        if (window.isShowing()) {
            restoreDividers();
        } else {
            // A split pane laid out first at another size shifts its dividers; set them at the final size.
            window.addEventHandler(WindowEvent.WINDOW_SHOWN, event -> Platform.runLater(this::restoreDividers));
        }
        prefs.series().ifPresent(figuresController.shownSeriesIdProperty()::set);
    }

    private void restoreDividers() {
        for (Map.Entry<String, SplitPane> split : splits().entrySet()) {
            preferences().divider(split.getKey()).ifPresent(position -> split.getValue().setDividerPositions(position));
        }
    }

    private void save() {
        WindowPreferences prefs = preferences();
        boolean maximized = window instanceof Stage stage && stage.isMaximized();
        prefs.saveWindow(window.getWidth(), window.getHeight(), maximized);
        for (Map.Entry<String, SplitPane> split : splits().entrySet()) {
            if (!split.getValue().getDividers().isEmpty()) {
                prefs.saveDivider(split.getKey(), split.getValue().getDividerPositions()[0]);
            }
        }
        prefs.saveSeries(figuresController.shownSeriesIdProperty().get());
        Thread flush = new Thread(prefs::flush, "save-preferences");
        flush.start();
    }

    private Map<String, SplitPane> splits() {
        return Map.of("content", contentSplit, "left", leftSplit, "right", rightSplit);
    }

    private void showFigures(boolean shown) {
        if (shown && !leftSplit.getItems().contains(figures)) {
            leftSplit.getItems().add(figures);
            preferences().divider("left").ifPresent(position -> leftSplit.setDividerPositions(position));
        } else if (!shown) {
            if (leftSplit.getDividers().size() > 0) {
                preferences().saveDivider("left", leftSplit.getDividerPositions()[0]);
            }
            leftSplit.getItems().remove(figures);
        }
    }
}
