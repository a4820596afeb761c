package org.timelineexplorer.ui;

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
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.controlsfx.control.StatusBar;
import org.timelineexplorer.chart.FiguresChart;
import org.timelineexplorer.export.pdf.HandoutKind;
import org.timelineexplorer.export.pdf.Paper;
import org.timelineexplorer.io.BundledDataset;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Dataset;
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
    private ExportActions exports;
    private PdfActions pdfs;
    private SpreadsheetExport spreadsheetExport;
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
        spreadsheetExport.setOwner(window);
        layout.restore(window);
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
        FiguresChart chart = figuresController.chart();
        exports = new ExportActions(state, chart, timelineController.timeline(), List.of(ViewLoader.stylesheet()));
        StatusBar status = statusController.statusBar();
        exports.setOnMessage(status::setText);
        exports.setMap(mapController.map());
        opening.setOnOpened((name, result) -> status.setText("Opened " + name
                + (result.warnings().isEmpty() ? "" : " (" + result.warnings().size() + " parts left out: "
                + ProblemsDialog.describe(result.warnings().get(0)) + (result.warnings().size() > 1 ? " …" : "")
                + ")")));
        statusController.showOpening(opening);
        opening.installDropTarget(root);

        MenuItem open = menuItem("_Open…", "open-item", Shortcuts.OPEN, opening::chooseAndOpen);
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
        MenuItem exportMap = menuItem("_Map as PNG…", "export-map-item", null, exports::exportMap);
        MenuItem copyChart = menuItem("C_opy chart image", "copy-chart-item", Shortcuts.COPY, exports::copyChart);
        pdfs = new PdfActions(state, exports, List.of(ViewLoader.stylesheet()));
        MenuItem exportPdf = menuItem("_PDF: handout, poster or card sort…", "export-pdf-item", null,
                pdfs::exportPdf);
        MenuItem print = menuItem("_Print…", "print-item", Shortcuts.PRINT, pdfs::print);
        exportChart.disableProperty().bind(chart.seriesProperty().isNull());
        copyChart.disableProperty().bind(chart.seriesProperty().isNull());
        menuController.fileMenu().getItems().addAll(0, List.of(open, recent, examples, new SeparatorMenuItem()));
        menuController.exportMenu().getItems().addAll(exportChart, exportTimeline, exportMap, exportSpreadsheet,
                new SeparatorMenuItem(), copyChart, new SeparatorMenuItem(), exportPdf);
        List<MenuItem> fileItems = menuController.fileMenu().getItems();
        fileItems.add(fileItems.indexOf(menuController.exportMenu()) + 1, print);
        // A focused text field (the search box) would otherwise swallow these keys before the menu sees them.
        List<MenuItem> shortcuts = List.of(open, exportChart, copyChart, print);
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
