package org.timelineexplorer.ui;

import javafx.beans.binding.Bindings;
import javafx.event.EventHandler;
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
import org.timelineexplorer.i18n.Language;
import org.timelineexplorer.i18n.Messages;
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

    private static final Messages TEXTS = Messages.of(MainWindowController.class);

    private final AppState state;
    private final UserSettings settings;
    private final ViewScope scope;
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
    public MainWindowController(AppState state, UserSettings settings, ViewScope scope) {
        this.state = state;
        this.settings = settings;
        this.scope = scope;
    }

    @FXML
    private void initialize() {
        datasetTitle.textProperty().bind(state.datasetProperty().map(Dataset::title).orElse(""));
        // Jumps go through the timeline so that it can animate them; the state follows through its binding.
        erasController.zoomWith(timelineController::zoomTo);
        menuController.zoomWith(timelineController::zoomTo);
        layout = new WindowLayout(settings, Map.of("content", contentSplit, "left", leftSplit, "right", rightSplit,
                "lower", lowerSplit));
        scope.keep(state.figuresShownProperty().subscribe(this::showLowerPanes));
        scope.keep(state.mapShownProperty().subscribe(this::showLowerPanes));
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
        scope.keep(settings.remember(Setting.text("chart.series"), state.chosenSeriesIdProperty()));
        scope.keep(settings.remember(Setting.flag("chart.shown"), state.figuresShownProperty()));
        scope.keep(settings.remember(Setting.flag("map.shown"), state.mapShownProperty()));
        scope.keep(settings.remember(Setting.flag("pictures.fromWeb"), state.webPicturesProperty()));
        scope.keep(settings.remember(Setting.flag("timeline.editing"), state.timelineEditingProperty()));
        // Each language has its own way, its text's by default (see the README on time in Arabic): the views are
        // built anew in each language, so each build takes that language's.
        Language language = state.getLanguage();
        state.setTimeRightToLeft(language.rightToLeft());
        scope.keep(settings.remember(Setting.flag("timeline.rightToLeft." + language.tag()),
                state.timeRightToLeftProperty()));
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

    /** The window's views, as the stage shows them. */
    public BorderPane root() {
        return root;
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
        EventHandler<WindowEvent> closing = event -> {
            // Only while this view is the window's: a stage given another scene is another document's.
            if (window.getScene() != null && window.getScene().getRoot() == root && !saves.mayDiscardChanges()) {
                event.consume();
            }
        };
        EventHandler<WindowEvent> hiding = event -> {
            saveLayout();
            settings.flush();
        };
        window.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, closing);
        window.addEventHandler(WindowEvent.WINDOW_HIDING, hiding);
        Window shownIn = window;
        scope.keep(() -> {
            shownIn.removeEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, closing);
            shownIn.removeEventHandler(WindowEvent.WINDOW_HIDING, hiding);
        });
    }

    /** Remembers the window's size and dividers, as closing it does: views built anew in it take them up. */
    void saveLayout() {
        if (window != null) {
            layout.save(window);
        }
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
        return TEXTS.text(unsaved ? "window.title.unsaved" : "window.title", documentName);
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
        MenuItem add = menuItem(TEXTS.text("menu.edit.add"), "add-event-item", Shortcuts.ADD_EVENT,
                () -> EventForm.add(state, window));
        add.disableProperty().bind(state.datasetProperty().isNull());
        MenuItem edit = menuItem(TEXTS.text("menu.edit.edit"), "edit-event-item", Shortcuts.EDIT_EVENT,
                () -> EventForm.edit(state, state.getSelectedEvent(), window));
        MenuItem duplicate = menuItem(TEXTS.text("menu.edit.duplicate"), "duplicate-event-item", Shortcuts.DUPLICATE_EVENT,
                () -> state.duplicateEvent(state.getSelectedEvent()));
        MenuItem delete = menuItem(TEXTS.text("menu.edit.delete"), "delete-event-item", Shortcuts.DELETE_EVENT,
                () -> state.removeEvent(state.getSelectedEvent()));
        MenuItem earlier = menuItem(TEXTS.text("menu.edit.earlier"), "move-earlier-item", Shortcuts.MOVE_EARLIER,
                () -> moveSelected(-1));
        MenuItem later = menuItem(TEXTS.text("menu.edit.later"), "move-later-item", Shortcuts.MOVE_LATER,
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
        scope.keep(state.openedProperty().subscribe(() -> {
            if (state.history().isDirty()) {
                opening.document().untitled();
            }
        }));
        opening.setMayReplace(saves::mayDiscardChanges);
        menuController.beforeQuitting(saves::mayDiscardChanges);
        FiguresChart chart = figuresController.chart();
        exports = new ExportActions(state, chart, timelineController.timeline(), ViewLoader.stylesheets());
        StatusBar status = statusController.statusBar();
        exports.setOnMessage(status::setText);
        saves.setOnMessage(status::setText);
        exports.setMap(mapController.map());
        opening.setOnOpened((name, result) -> status.setText(result.warnings().isEmpty()
                ? TEXTS.text("status.opened", name)
                : TEXTS.text("status.opened.leftOut", name, result.warnings().size(),
                        ProblemsDialog.describe(result.warnings().get(0)) + (result.warnings().size() > 1 ? " …" : ""))));
        statusController.showOpening(opening);
        opening.installDropTarget(root);

        MenuItem newTimeline = menuItem(TEXTS.text("menu.file.new"), "new-item", Shortcuts.NEW, this::newTimeline);
        MenuItem open = menuItem(TEXTS.text("menu.file.open"), "open-item", Shortcuts.OPEN, opening::chooseAndOpen);
        MenuItem save = menuItem(TEXTS.text("menu.file.save"), "save-item", Shortcuts.SAVE, saves::save);
        MenuItem saveAs = menuItem(TEXTS.text("menu.file.saveAs"), "save-as-item", Shortcuts.SAVE_AS, saves::saveAs);
        Menu recent = new Menu(TEXTS.text("menu.file.recent"));
        recent.setId("recent-menu");
        opening.recentFiles().ifPresent(files -> files.bind(recent, opening::open));
        Menu examples = new Menu(TEXTS.text("menu.file.examples"));
        examples.setId("examples-menu");
        for (BundledDataset bundled : BundledDataset.ALL) {
            examples.getItems().add(menuItem(bundled.title(), "example-item-" + bundled.id(), null,
                    () -> opening.open(bundled)));
        }
        MenuItem exportChart = menuItem(TEXTS.text("menu.export.chart"), "export-chart-item", Shortcuts.EXPORT,
                exports::exportChart);
        MenuItem exportTimeline = menuItem(TEXTS.text("menu.export.timeline"), "export-timeline-item", null,
                exports::exportTimeline);
        spreadsheetExport = new SpreadsheetExport(state);
        spreadsheetExport.setOnMessage(status::setText);
        MenuItem exportSpreadsheet = menuItem(TEXTS.text("menu.export.spreadsheet"), "export-spreadsheet-item", null,
                spreadsheetExport::export);
        exportSpreadsheet.disableProperty().bind(state.datasetProperty().isNull());
        pictureArchiveExport = new PictureArchiveExport(state);
        pictureArchiveExport.setOnMessage(status::setText);
        MenuItem exportWithPictures = menuItem(TEXTS.text("menu.export.pictures"), "export-pictures-item", null,
                pictureArchiveExport::export);
        exportWithPictures.disableProperty().bind(state.datasetProperty().isNull());
        MenuItem exportMap = menuItem(TEXTS.text("menu.export.map"), "export-map-item", null, exports::exportMap);
        MenuItem copyChart = menuItem(TEXTS.text("menu.export.copyChart"), "copy-chart-item", Shortcuts.COPY, exports::copyChart);
        pdfs = new PdfActions(state, exports, ViewLoader.stylesheets());
        MenuItem exportPdf = menuItem(TEXTS.text("menu.export.pdf"), "export-pdf-item", null,
                pdfs::exportPdf);
        MenuItem print = menuItem(TEXTS.text("menu.file.print"), "print-item", Shortcuts.PRINT, pdfs::print);
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
