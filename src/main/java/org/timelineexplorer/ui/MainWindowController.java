package org.timelineexplorer.ui;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.controlsfx.control.StatusBar;
import org.timelineexplorer.chart.FiguresChart;
import org.timelineexplorer.export.pdf.HandoutKind;
import org.timelineexplorer.export.pdf.Paper;
import org.timelineexplorer.io.BundledDataset;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.TimelineEvent;
import org.timelineexplorer.ui.help.Shortcut;
import org.timelineexplorer.ui.help.Shortcuts;
import org.timelineexplorer.ui.presentation.Classroom;
import org.timelineexplorer.ui.presentation.Presentation;
import org.timelineexplorer.ui.quiz.QuizWindow;
import org.timelineexplorer.ui.settings.Setting;
import org.timelineexplorer.ui.settings.UserSettings;
import org.timelineexplorer.ui.theme.Appearance;
import org.timelineexplorer.ui.theme.Theme;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Puts the parts together: menu, search, era navigator, timeline, figures, detail pane, event list and status bar,
 * each its own view bound to the one state. It also remembers the view between runs: the window's layout, the
 * figures shown, the look and the presentation's settings.
 */
public final class MainWindowController {

    private final AppState state;
    private final UserSettings settings;
    private final Appearance appearance = new Appearance();
    private WindowLayout layout;
    private DatasetOpening opening;
    private SaveActions saves;
    private ExportActions exports;
    private PdfActions pdfs;
    private SpreadsheetExport spreadsheetExport;
    private PictureArchiveExport pictureArchiveExport;
    private Window window;
    private Classroom classroom;
    private QuizWindow quiz;

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
    private SplitPane lowerSplit;
    @FXML
    private Node figures;
    @FXML
    private Node map;
    @FXML
    private MapPaneController mapController;
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
    private DetailPaneController detailController;
    @FXML
    private StatusBarController statusController;

    /** The window of {@code state}, remembering its layout, look and choices in {@code settings}. */
    public MainWindowController(AppState state, UserSettings settings) {
        this.state = state;
        this.settings = settings;
    }

    @FXML
    private void initialize() {
        datasetTitle.textProperty().bind(state.datasetProperty().map(Dataset::title).orElse(""));
        // Jumps go through the timeline so that it can animate them; the state follows through its binding.
        erasController.zoomWith(timelineController::zoomTo);
        menuController.zoomWith(timelineController::zoomTo);
        layout = new WindowLayout(settings, Map.of("content", contentSplit, "left", leftSplit, "right", rightSplit,
                "lower", lowerSplit));
        state.figuresShownProperty().addListener(o -> showLowerPanes());
        state.mapShownProperty().addListener(o -> showLowerPanes());
        timelineController.openWith(detailController::focusDetails);
        root.sceneProperty().addListener((obs, old, scene) -> attach(scene));
        installFileActions();
        installEditActions();
        installClassroom();
        quiz = QuizWindow.install(state, appearance, root, menuController.viewMenu());
        rememberViewState();
    }

    /** Classroom mode: View → Present, Theme and text size; Help → Keyboard shortcuts; F5 and Ctrl +/-/0. */
    private void installClassroom() {
        classroom = Classroom.install(state, appearance, root, menuController.viewMenu(), menuController.helpMenu());
    }

    /**
     * What the window remembers between runs besides its layout, one line each; a new remembered setting is one
     * more line here.
     */
    private void rememberViewState() {
        Presentation lesson = classroom.presentationMode().presentation();
        settings.remember(Setting.text("chart.series"), state.chosenSeriesIdProperty());
        settings.remember(Setting.flag("chart.shown"), state.figuresShownProperty());
        settings.remember(Setting.flag("map.shown"), state.mapShownProperty());
        settings.remember(Setting.flag("pictures.fromWeb"), state.webPicturesProperty());
        settings.remember(Setting.flag("timeline.editing"), state.timelineEditingProperty());
        settings.remember(Setting.choice("look.theme", Theme.class), appearance.themeProperty());
        settings.remember(Setting.whole("look.fontSize", 1, 1_000), appearance.fontSizeProperty(),
                appearance::setFontSize);
        settings.remember(Setting.flag("presentation.includeCharts"), lesson.includeChartsProperty());
        settings.remember(Setting.flag("presentation.includeMap"), lesson.includeMapProperty());
        settings.remember(Setting.oneOf("presentation.paceSeconds", Presentation.PACES), lesson.paceSecondsProperty());
        settings.remember(Setting.choice("pdf.kind", HandoutKind.class), pdfs.kindProperty());
        settings.remember(Setting.choice("pdf.paper", Paper.class), pdfs.paperProperty());
        settings.remember(Setting.flag("pdf.landscape"), pdfs.landscapeProperty());
    }

    /** Classroom mode: the look and the presentation. */
    public Classroom classroom() {
        return classroom;
    }

    /** View → Quiz and its window. */
    public QuizWindow quiz() {
        return quiz;
    }

    /** The timeline pane and its control, for features that work on the timeline (export, presentation). */
    public TimelinePaneController timelinePane() {
        return timelineController;
    }

    /** The menus, for features that add items (File → Export…, View → Present…). */
    public AppMenuController menu() {
        return menuController;
    }

    private void attach(Scene scene) {
        if (scene == null) {
            return;
        }
        scene.getAccelerators().put(Shortcuts.FIND.accelerator(),
                () -> searchController.searchField().requestFocus());
        // The menu answers to the first key of each; Ctrl+Y and the keypad's arrows are the second ones.
        Shortcuts.UNDO.installIn(scene, state.history()::undo);
        Shortcuts.REDO.installIn(scene, state.history()::redo);
        Shortcuts.MOVE_EARLIER.installIn(scene, () -> moveSelected(-1));
        Shortcuts.MOVE_LATER.installIn(scene, () -> moveSelected(1));
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
        saves.setOwner(window);
        exports.setOwner(window);
        spreadsheetExport.setOwner(window);
        pictureArchiveExport.setOwner(window);
        layout.restore(window);
        if (window instanceof Stage stage) {
            stage.titleProperty().bind(Bindings.createStringBinding(() -> windowTitle(
                    opening.document().nameProperty().get(), state.history().isDirty()),
                    opening.document().nameProperty(), state.history().dirtyProperty()));
        }
        // Closing the window with unsaved changes asks first; Cancel keeps it open.
        window.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, event -> {
            // Only while this view is the window's: a stage given another scene is another document's.
            if (window.getScene() != null && window.getScene().getRoot() == root && !saves.mayDiscardChanges()) {
                event.consume();
            }
        });
        window.addEventHandler(WindowEvent.WINDOW_HIDING, event -> {
            layout.save(window);
            settings.flush();
        });
    }

    /**
     * Shows the figures and the map under the timeline as chosen: side by side, either alone, or neither, when the
     * timeline takes the whole height. Each divider comes back where it was.
     */
    private void showLowerPanes() {
        boolean bothBefore = lowerSplit.getItems().size() == 2;
        if (bothBefore) {
            layout.saveDivider("lower");
        }
        List<Node> shown = new ArrayList<>();
        if (state.isFiguresShown()) {
            shown.add(figures);
        }
        if (state.isMapShown()) {
            shown.add(map);
        }
        lowerSplit.getItems().setAll(shown);
        if (lowerSplit.getItems().size() == 2) {
            layout.restoreDivider("lower");
        }
        boolean any = !lowerSplit.getItems().isEmpty();
        if (any && !leftSplit.getItems().contains(lowerSplit)) {
            leftSplit.getItems().add(lowerSplit);
            layout.restoreDivider("left");
        } else if (!any && leftSplit.getItems().contains(lowerSplit)) {
            layout.saveDivider("left");
            leftSplit.getItems().remove(lowerSplit);
        }
    }

    /** The map pane, for the map's export and the presentation. */
    public MapPaneController mapPane() {
        return mapController;
    }

    // ---- File menu: open, recent files, drag and drop, export and copy (kept together to ease merging) ----

    /** Opening datasets, for File → Open, the recent files, dropped files and {@code --data}. */
    public DatasetOpening opening() {
        return opening;
    }

    /** File → Save and Save As, and the question before unsaved changes are lost. */
    public SaveActions saves() {
        return saves;
    }

    /**
     * The title bar: the file's name, marked with a dot while it has unsaved changes (as many editors mark them),
     * then the app's name.
     */
    static String windowTitle(String documentName, boolean unsaved) {
        return (unsaved ? "\u2022 " : "") + documentName + " \u2014 Timeline Explorer";
    }

    /** File → New timeline: asks for the title and details, after the question about unsaved changes. */
    private void newTimeline() {
        if (!saves.mayDiscardChanges()) {
            return;
        }
        DetailsForm.newTimeline(window).ifPresent(empty -> {
            state.setDataset(empty);
            opening.document().untitled();
        });
    }

    /** Edit → Add, Edit, Duplicate and Delete of events, after Undo and Redo; then the other forms. */
    private void installEditActions() {
        MenuItem add = menuItem("_Add event…", "add-event-item", Shortcuts.ADD_EVENT,
                () -> EventForm.add(state, window));
        add.disableProperty().bind(state.datasetProperty().isNull());
        MenuItem edit = menuItem("_Edit event…", "edit-event-item", Shortcuts.EDIT_EVENT,
                () -> EventForm.edit(state, state.getSelectedEvent(), window));
        MenuItem duplicate = menuItem("_Duplicate event", "duplicate-event-item", Shortcuts.DUPLICATE_EVENT,
                () -> state.duplicateEvent(state.getSelectedEvent()));
        MenuItem delete = menuItem("De_lete event", "delete-event-item", Shortcuts.DELETE_EVENT,
                () -> state.removeEvent(state.getSelectedEvent()));
        MenuItem earlier = menuItem("Move event ea_rlier", "move-earlier-item", Shortcuts.MOVE_EARLIER,
                () -> moveSelected(-1));
        MenuItem later = menuItem("Move event la_ter", "move-later-item", Shortcuts.MOVE_LATER,
                () -> moveSelected(1));
        for (MenuItem item : List.of(edit, duplicate, earlier, later, delete)) {
            item.disableProperty().bind(state.selectedEventProperty().isNull());
        }
        menuController.editMenu().getItems().addAll(new SeparatorMenuItem(), add, edit, duplicate, earlier, later,
                delete);
        FormMenu.install(state, menuController.editMenu(), () -> window);
        timelineController.addWith(date -> EventForm.addAt(state, date, window));
    }

    /**
     * Moves the selected event {@code steps} units of its own precision (see {@link TimelineEvent#movedBy}). A move
     * beyond the range of dates does nothing.
     */
    private void moveSelected(int steps) {
        TimelineEvent event = state.getSelectedEvent();
        if (event == null) {
            return;
        }
        try {
            state.moveEvent(event, event.movedBy(steps));
        } catch (java.time.DateTimeException beyondTheRange) {
            // 13.8 billion years ago or AD 9999 is as far as a date goes: the event stays where it is.
        }
    }

    /** Exporting and copying pictures of the chart and the timeline. */
    public ExportActions exports() {
        return exports;
    }

    /** The PDF handouts, posters and card sorts, exported and printed. */
    public PdfActions pdfs() {
        return pdfs;
    }

    /** File → Export → Spreadsheet (CSV). */
    public SpreadsheetExport spreadsheetExport() {
        return spreadsheetExport;
    }

    private void installFileActions() {
        opening = new DatasetOpening(state, new RecentFiles(settings));
        saves = new SaveActions(state, opening.document());
        // Work restored after a crash is opened unsaved: no file on disk holds it, so its first Save asks where.
        state.openedProperty().addListener(o -> {
            if (state.history().isDirty()) {
                opening.document().untitled();
            }
        });
        opening.setMayReplace(saves::mayDiscardChanges);
        menuController.beforeQuitting(saves::mayDiscardChanges);
        FiguresChart chart = figuresController.chart();
        exports = new ExportActions(state, chart, timelineController.timeline(), ViewLoader.stylesheets());
        StatusBar status = statusController.statusBar();
        exports.setOnMessage(status::setText);
        saves.setOnMessage(status::setText);
        exports.setMap(mapController.map());
        opening.setOnOpened((name, result) -> status.setText("Opened " + name
                + (result.warnings().isEmpty() ? "" : " (" + result.warnings().size() + " parts left out: "
                + ProblemsDialog.describe(result.warnings().get(0)) + (result.warnings().size() > 1 ? " …" : "")
                + ")")));
        statusController.showOpening(opening);
        opening.installDropTarget(root);

        MenuItem newTimeline = menuItem("_New timeline…", "new-item", Shortcuts.NEW, this::newTimeline);
        MenuItem open = menuItem("_Open…", "open-item", Shortcuts.OPEN, opening::chooseAndOpen);
        MenuItem save = menuItem("_Save", "save-item", Shortcuts.SAVE, saves::save);
        MenuItem saveAs = menuItem("Save _as…", "save-as-item", Shortcuts.SAVE_AS, saves::saveAs);
        Menu recent = new Menu("Open _recent");
        recent.setId("recent-menu");
        opening.recentFiles().ifPresent(files -> files.bind(recent, opening::open));
        Menu examples = new Menu("E_xamples");
        examples.setId("examples-menu");
        for (BundledDataset bundled : BundledDataset.ALL) {
            examples.getItems().add(menuItem(bundled.title(), "example-item-" + bundled.id(), null,
                    () -> opening.open(bundled)));
        }
        MenuItem exportChart = menuItem("_Chart as PNG…", "export-chart-item", Shortcuts.EXPORT,
                exports::exportChart);
        MenuItem exportTimeline = menuItem("_Timeline as PNG…", "export-timeline-item", null,
                exports::exportTimeline);
        spreadsheetExport = new SpreadsheetExport(state);
        spreadsheetExport.setOnMessage(status::setText);
        MenuItem exportSpreadsheet = menuItem("_Spreadsheet (CSV)…", "export-spreadsheet-item", null,
                spreadsheetExport::export);
        exportSpreadsheet.disableProperty().bind(state.datasetProperty().isNull());
        pictureArchiveExport = new PictureArchiveExport(state);
        pictureArchiveExport.setOnMessage(status::setText);
        MenuItem exportWithPictures = menuItem("Timeline _with pictures (zip)…", "export-pictures-item", null,
                pictureArchiveExport::export);
        exportWithPictures.disableProperty().bind(state.datasetProperty().isNull());
        MenuItem exportMap = menuItem("_Map as PNG…", "export-map-item", null, exports::exportMap);
        MenuItem copyChart = menuItem("C_opy chart image", "copy-chart-item", Shortcuts.COPY, exports::copyChart);
        pdfs = new PdfActions(state, exports, ViewLoader.stylesheets());
        MenuItem exportPdf = menuItem("_PDF: handout, poster or card sort…", "export-pdf-item", null,
                pdfs::exportPdf);
        MenuItem print = menuItem("_Print…", "print-item", Shortcuts.PRINT, pdfs::print);
        exportChart.disableProperty().bind(chart.seriesProperty().isNull());
        copyChart.disableProperty().bind(chart.seriesProperty().isNull());
        menuController.fileMenu().getItems().addAll(0, List.of(newTimeline, open, recent, examples,
                new SeparatorMenuItem(), save, saveAs, new SeparatorMenuItem()));
        menuController.exportMenu().getItems().addAll(exportChart, exportTimeline, exportMap, exportSpreadsheet,
                exportWithPictures, new SeparatorMenuItem(), copyChart, new SeparatorMenuItem(), exportPdf);
        List<MenuItem> fileItems = menuController.fileMenu().getItems();
        fileItems.add(fileItems.indexOf(menuController.exportMenu()) + 1, print);
        // A focused text field (the search box) would otherwise swallow these keys before the menu sees them.
        List<MenuItem> shortcuts = List.of(newTimeline, open, save, saveAs, exportChart, copyChart, print);
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
