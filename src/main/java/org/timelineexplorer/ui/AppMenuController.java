package org.timelineexplorer.ui;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.MenuBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.stage.Window;
import org.timelineexplorer.i18n.Language;
import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.ui.help.Shortcuts;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.FigureSeries;
import org.timelineexplorer.model.Source;
import org.timelineexplorer.model.TimeRange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * File, Edit, View and Help. Other features add their items through {@link #fileMenu()}, {@link #exportMenu()},
 * {@link #editMenu()}, {@link #viewMenu()} and {@link #helpMenu()}; every item here works.
 */
public final class AppMenuController {

    private static final Messages TEXTS = Messages.of(AppMenuController.class);

    private final AppState state;
    private final ViewScope scope;
    private final ToggleGroup seriesGroup = new ToggleGroup();
    private final ToggleGroup languageGroup = new ToggleGroup();
    private Consumer<TimeRange> zoom;
    private BooleanSupplier mayQuit = () -> true;

    @FXML
    private MenuBar menuBar;
    @FXML
    private Menu fileMenu;
    @FXML
    private Menu exportMenu;
    @FXML
    private Menu editMenu;
    @FXML
    private MenuItem undoItem;
    @FXML
    private MenuItem redoItem;
    @FXML
    private CheckMenuItem editOnTimelineItem;
    @FXML
    private Menu viewMenu;
    @FXML
    private Menu helpMenu;
    @FXML
    private Menu seriesMenu;
    @FXML
    private CheckMenuItem showFiguresItem;
    @FXML
    private CheckMenuItem showMapItem;
    @FXML
    private CheckMenuItem webPicturesItem;
    @FXML
    private MenuItem quitItem;
    @FXML
    private Menu languageMenu;
    @FXML
    private CheckMenuItem westernDigitsItem;
    @FXML
    private CheckMenuItem timeRightToLeftItem;

    public AppMenuController(AppState state, ViewScope scope) {
        this.state = state;
        this.scope = scope;
        this.zoom = state::setVisibleRange;
    }

    @FXML
    private void initialize() {
        quitItem.setAccelerator(Shortcuts.QUIT.accelerator());
        undoItem.textProperty().bind(state.history().undoTextProperty());
        undoItem.disableProperty().bind(state.history().canUndoProperty().not());
        undoItem.setAccelerator(Shortcuts.UNDO.accelerator());
        redoItem.textProperty().bind(state.history().redoTextProperty());
        redoItem.disableProperty().bind(state.history().canRedoProperty().not());
        redoItem.setAccelerator(Shortcuts.REDO.accelerator());
        editOnTimelineItem.selectedProperty().bindBidirectional(state.timelineEditingProperty());
        editOnTimelineItem.setAccelerator(Shortcuts.EDIT_ON_TIMELINE.accelerator());
        showFiguresItem.selectedProperty().bindBidirectional(state.figuresShownProperty());
        showMapItem.selectedProperty().bindBidirectional(state.mapShownProperty());
        webPicturesItem.selectedProperty().bindBidirectional(state.webPicturesProperty());
        scope.keep(state.datasetProperty().subscribe(this::listSeries));
        scope.keep(state.shownSeriesProperty().subscribe((old, shown) -> seriesGroup.getToggles().forEach(toggle ->
                toggle.setSelected(toggle.getUserData() == shown))));
        listSeries();
        listLanguages();
    }

    /**
     * View → Language: one item per language, each in its own name so that a reader of any finds theirs, then the
     * choice of digits, which only a language with digits of its own has. Choosing one changes the state's language,
     * and the window builds its views anew in it.
     */
    private void listLanguages() {
        int at = 0;
        for (Language language : Language.values()) {
            RadioMenuItem item = new RadioMenuItem(language.ownName());
            item.setId("language-item-" + language.tag());
            item.setToggleGroup(languageGroup);
            item.setSelected(language == state.getLanguage());
            item.setOnAction(e -> state.setLanguage(language));
            languageMenu.getItems().add(at++, item);
        }
        westernDigitsItem.selectedProperty().bindBidirectional(state.westernDigitsProperty());
        timeRightToLeftItem.selectedProperty().bindBidirectional(state.timeRightToLeftProperty());
        westernDigitsItem.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !state.getLanguage().hasOwnDigits(), state.languageProperty()));
    }

    /** Asked before File → Quit ends the app, such as "save the changes first?"; false keeps it running. */
    void beforeQuitting(BooleanSupplier check) {
        mayQuit = check;
    }

    /** Moves the timeline through {@code zoomer}, which may animate, instead of setting the range at once. */
    void zoomWith(Consumer<TimeRange> zoomer) {
        zoom = zoomer;
    }

    public MenuBar menuBar() {
        return menuBar;
    }

    public Menu fileMenu() {
        return fileMenu;
    }

    /** File → Export: every export adds its item here (chart and timeline; later map, spreadsheet, PDF). */
    public Menu exportMenu() {
        return exportMenu;
    }

    /** Edit: Undo and Redo, then the editing features' items. */
    public Menu editMenu() {
        return editMenu;
    }

    public Menu viewMenu() {
        return viewMenu;
    }

    public Menu helpMenu() {
        return helpMenu;
    }

    /** Lists the series of the open dataset under View → Figures shown, the shown one chosen. */
    private void listSeries() {
        seriesMenu.getItems().clear();
        seriesGroup.getToggles().clear();
        for (FigureSeries series : state.getDataset() == null ? List.<FigureSeries>of() : state.getDataset().series()) {
            RadioMenuItem item = new RadioMenuItem(series.title());
            item.setId("series-item-" + series.id());
            item.setUserData(series);
            item.setToggleGroup(seriesGroup);
            item.setSelected(series == state.getShownSeries());
            item.setOnAction(e -> state.setChosenSeriesId(series.id()));
            seriesMenu.getItems().add(item);
        }
        seriesMenu.setDisable(seriesMenu.getItems().isEmpty());
    }

    @FXML
    private void quit() {
        if (!mayQuit.getAsBoolean()) {
            return;
        }
        Window window = menuBar.getScene() == null ? null : menuBar.getScene().getWindow();
        if (window != null) {
            window.hide(); // saves the layout, as closing the window does
        }
        Platform.exit();
    }

    @FXML
    private void undo() {
        state.history().undo();
    }

    @FXML
    private void redo() {
        state.history().redo();
    }

    @FXML
    private void fitAll() {
        if (state.getDataset() != null) {
            zoom.accept(state.getDataset().overview());
        }
    }

    @FXML
    private void about() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.setTitle(TEXTS.text("about.title"));
        alert.setHeaderText(Messages.named(DraftForm.DIALOGS).text("app.name"));
        TextArea text = new TextArea(aboutText(state.getDataset()));
        text.setId("about-text");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefSize(640, 380);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId("about-dialog");
        // A fixed-size dialog this tall opens squeezed to two lines of its text on Linux (GTK); a resizable one does not.
        alert.setResizable(true);
        if (menuBar.getScene() != null) {
            alert.initOwner(menuBar.getScene().getWindow()); // and with it the window's look
        }
        alert.show();
    }

    /** The open dataset, its credit and sources, then the licence. */
    static String aboutText(Dataset dataset) {
        StringBuilder text = new StringBuilder(TEXTS.text("about.blurb")).append("\n\n");
        if (dataset != null) {
            text.append(TEXTS.text("about.open", dataset.title())).append("\n\n");
            if (!dataset.credit().isBlank()) {
                text.append(dataset.credit()).append("\n\n");
            }
            Set<String> sources = new LinkedHashSet<>();
            for (FigureSeries series : dataset.series()) {
                sources.add(TEXTS.text("about.source.series", series.title(), series.source().name(),
                        series.source().url()));
            }
            dataset.events().stream().flatMap(event -> event.sources().stream()).map(Source::name)
                    .distinct().sorted().forEach(name -> sources.add(TEXTS.text("about.source.events", name)));
            if (!sources.isEmpty()) {
                text.append(TEXTS.text("about.sources")).append('\n');
                sources.forEach(line -> text.append("  ").append(line).append('\n'));
                text.append('\n');
            }
        }
        text.append(licence());
        return text.toString();
    }

    /** The repository's LICENSE, which the build puts beside this class. */
    private static String licence() {
        try (InputStream in = AppMenuController.class.getResourceAsStream("LICENSE")) {
            if (in == null) {
                throw new IllegalStateException("the build left out the LICENSE file");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
