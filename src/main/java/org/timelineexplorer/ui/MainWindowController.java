package org.timelineexplorer.ui;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.controlsfx.control.StatusBar;
import org.timelineexplorer.chart.FiguresChart;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.ui.help.Shortcut;
import org.timelineexplorer.ui.help.Shortcuts;
import org.timelineexplorer.ui.presentation.Classroom;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Puts the parts together: menu, search, era navigator, timeline, figures, detail pane, event list and status bar,
 * each its own view bound to the one state. It also remembers the window's size, its dividers and the chosen
 * figures between runs.
 */
public final class MainWindowController {

    /** The share of the screen the window takes when no size was saved. */
    private static final double FIRST_RUN_SHARE = 0.9;

    private final AppState state;
    private WindowPreferences preferences;
    private DatasetOpening opening;
    private ExportActions exports;
    private Window window;
    private Classroom classroom;

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
    @FXML
    private StatusBarController statusController;

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
        installFileActions();
        installClassroom();
    }

    /** Classroom mode: View → Present, Theme and text size; Help → Keyboard shortcuts; F5 and Ctrl +/-/0. */
    private void installClassroom() {
        classroom = Classroom.install(state, root, menuController.viewMenu(), menuController.helpMenu());
    }

    /** Classroom mode, for tests that give it preferences of their own ({@link Classroom#useAppearance}). */
    public Classroom classroom() {
        return classroom;
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
        scene.getAccelerators().put(Shortcuts.FIND.accelerator(),
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
        opening.setOwner(window);
        exports.setOwner(window);
        restore();
        window.addEventHandler(WindowEvent.WINDOW_HIDING, event -> save());
        figuresController.shownSeriesIdProperty().addListener((obs, old, id) -> preferences().saveSeries(id));
    }

    private void restore() {
        WindowPreferences prefs = preferences();
        if (window instanceof Stage stage && !stage.isShowing()) {
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            OptionalDouble width = prefs.width();
            OptionalDouble height = prefs.height();
            boolean fits = width.isPresent() && height.isPresent()
                    && width.getAsDouble() <= screen.getWidth() && height.getAsDouble() <= screen.getHeight();
            // The first time, most of the screen: on a projector that is what the class sees.
            stage.setWidth(fits ? width.getAsDouble() : Math.round(screen.getWidth() * FIRST_RUN_SHARE));
            stage.setHeight(fits ? height.getAsDouble() : Math.round(screen.getHeight() * FIRST_RUN_SHARE));
            stage.centerOnScreen();
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

    // ---- File menu: open, recent files, drag and drop, export and copy (kept together to ease merging) ----

    /** Opening datasets, for File → Open, the recent files, dropped files and {@code --data}. */
    public DatasetOpening opening() {
        return opening;
    }

    /** Exporting and copying pictures of the chart and the timeline. */
    public ExportActions exports() {
        return exports;
    }

    private void installFileActions() {
        opening = new DatasetOpening(state, RecentFiles.forUser());
        FiguresChart chart = figuresController.chart();
        exports = new ExportActions(state, chart, timelineController.timeline(), List.of(ViewLoader.stylesheet()));
        StatusBar status = statusController.statusBar();
        exports.setOnMessage(status::setText);
        opening.setOnOpened((file, result) -> status.setText("Opened " + file.getFileName()
                + (result.warnings().isEmpty() ? "" : " (" + result.warnings().size() + " parts left out: "
                + ProblemsDialog.describe(result.warnings().get(0)) + (result.warnings().size() > 1 ? " …" : "")
                + ")")));
        opening.busyProperty().addListener((obs, was, busy) -> {
            status.progressProperty().unbind();
            if (busy) {
                status.progressProperty().bind(opening.progressProperty());
                status.setText("Opening…");
            } else {
                status.setProgress(0);
            }
        });
        opening.installDropTarget(root);

        MenuItem open = menuItem("_Open…", "open-item", Shortcuts.OPEN, opening::chooseAndOpen);
        Menu recent = new Menu("Open _recent");
        recent.setId("recent-menu");
        opening.recentFiles().ifPresent(files -> files.bind(recent, opening::open));
        MenuItem exportChart = menuItem("_Chart as PNG…", "export-chart-item", Shortcuts.EXPORT,
                exports::exportChart);
        MenuItem exportTimeline = menuItem("_Timeline as PNG…", "export-timeline-item", null,
                exports::exportTimeline);
        MenuItem copyChart = menuItem("C_opy chart image", "copy-chart-item", Shortcuts.COPY, exports::copyChart);
        exportChart.disableProperty().bind(chart.seriesProperty().isNull());
        copyChart.disableProperty().bind(chart.seriesProperty().isNull());
        menuController.fileMenu().getItems().addAll(0, List.of(open, recent, new SeparatorMenuItem()));
        menuController.exportMenu().getItems().addAll(exportChart, exportTimeline, new SeparatorMenuItem(), copyChart);
        // A focused text field (the search box) would otherwise swallow these keys before the menu sees them.
        List<MenuItem> shortcuts = List.of(open, exportChart, copyChart);
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> shortcuts.stream()
                .filter(item -> !item.isDisable() && item.getAccelerator().match(event))
                .findFirst()
                .ifPresent(item -> {
                    event.consume();
                    item.fire();
                }));
    }

    private static MenuItem menuItem(String text, String id, Shortcut shortcut, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (shortcut != null) {
            item.setAccelerator(shortcut.accelerator());
        }
        item.setOnAction(event -> action.run());
        return item;
    }
}
