package org.timelineexplorer.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.timelineexplorer.chart.FiguresChart;
import org.timelineexplorer.map.MapView;
import org.timelineexplorer.export.ImageExport;
import org.timelineexplorer.export.Pictures;
import org.timelineexplorer.export.PictureSize;
import org.timelineexplorer.export.PngFiles;
import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.Slug;
import org.timelineexplorer.model.TimeRange;
import org.timelineexplorer.timeline.TimelineView;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * What File → Export → Chart as PNG ({@code Ctrl+E}), Timeline as PNG and Copy chart image ({@code Ctrl+Shift+C})
 * do. The export dialog asks for the picture's size (the whole picture, title and credit bands included) and scale,
 * and for the timeline what to show, and says how many pixels the PNG will have before a file is chosen. Pictures are
 * drawn off screen by {@link Pictures} from what the window's chart and timeline show, in the app's look whatever the
 * window's theme, and written {@linkplain PngFiles safely} in the background. The file chooser asks before replacing
 * a file.
 */
public final class ExportActions {

    private static final Messages TEXTS = Messages.named(DraftForm.DIALOGS);

    private final AppState state;
    private final FiguresChart chart;
    private final TimelineView timeline;
    private final List<String> stylesheets;
    private Window owner;
    private Consumer<String> onMessage = message -> { };
    private final SaveFileChooser files = new SaveFileChooser(TEXTS.text("export.chooser.title"),
            TEXTS.text("export.chooser.kind"), ".png");
    /** The sizes chosen last, offered again, and used by Copy chart image. */
    private PictureSize chartSize = Pictures.CHART_SIZE;
    private PictureSize timelineSize = Pictures.TIMELINE_SIZE;
    private PictureSize mapSize = Pictures.MAP_SIZE;
    private MapView map;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "png-export");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param chart       the chart as shown in the window
     * @param timeline    the timeline as shown in the window
     * @param stylesheets the look pictures are drawn in, normally {@link ViewLoader#stylesheet()}
     */
    public ExportActions(AppState state, FiguresChart chart, TimelineView timeline, List<String> stylesheets) {
        this.state = Objects.requireNonNull(state);
        this.chart = Objects.requireNonNull(chart);
        this.timeline = Objects.requireNonNull(timeline);
        this.stylesheets = List.copyOf(stylesheets);
    }

    public void setOwner(Window owner) {
        this.owner = owner;
    }

    /** The map as shown in the window, which Export → Map as PNG pictures. */
    public void setMap(MapView map) {
        this.map = Objects.requireNonNull(map);
    }

    /** The window export dialogs belong to, or null before it is shown. */
    Window owner() {
        return owner;
    }

    /** Where "Saved …" and the other confirmations go. */
    Consumer<String> onMessage() {
        return onMessage;
    }

    /** Where "Saved …" and copy confirmations go, for example the status bar. */
    public void setOnMessage(Consumer<String> onMessage) {
        this.onMessage = Objects.requireNonNull(onMessage);
    }

    private String datasetTitle() {
        return Optional.ofNullable(state.getDataset()).map(Dataset::title).orElse(TEXTS.text("export.untitled"));
    }

    /** The chart as it would be exported at {@code size}. Call on the JavaFX thread. */
    public WritableImage chartImage(PictureSize size) {
        String credit = state.getDataset() == null || chart.getSeries() == null ? ""
                : Pictures.chartCredit(state.getDataset(), List.of(chart.getSeries()));
        return Pictures.chartAsShown(chart, credit, size, stylesheets);
    }

    /**
     * The timeline as it would be exported at {@code size}: what the window's timeline shows (its range, the events
     * a search or filter leaves, the selection), or the whole dataset.
     */
    public WritableImage timelineImage(PictureSize size, boolean whole) {
        Dataset dataset = state.getDataset();
        if (whole && dataset != null) {
            return Pictures.timeline(dataset, dataset.overview(), size, stylesheets);
        }
        return Pictures.timelineAsShown(timeline, datasetTitle(),
                dataset == null ? "" : dataset.credit(), size, stylesheets);
    }

    /** Export chart as PNG: asks for the size and the file, then writes it. */
    public void exportChart() {
        askOptions(TEXTS.text("export.chart.title"), chartSize, false).ifPresent(options -> {
            chartSize = options.size();
            String name = chart.getSeries() == null ? "chart" : chart.getSeries().title();
            chooseFile(slug(name) + ".png").ifPresent(file -> save(chartImage(options.size()), file));
        });
    }

    /** Export timeline as PNG: asks for the size, what to show (shown now, or the whole dataset) and the file. */
    public void exportTimeline() {
        askOptions(TEXTS.text("export.timeline.title"), timelineSize, true).ifPresent(options -> {
            timelineSize = options.size();
            chooseFile(slug(datasetTitle()) + "-timeline.png")
                    .ifPresent(file -> save(timelineImage(options.size(), options.wholeTimeline()), file));
        });
    }

    /**
     * The map as it would be exported at {@code size}: what the window's map shows (its markers, centre and
     * selection), at the picture's size. Call on the JavaFX thread.
     */
    public WritableImage mapImage(PictureSize size) {
        Dataset dataset = state.getDataset();
        return Pictures.mapAsShown(map, datasetTitle(), dataset == null ? "" : dataset.credit(), size, stylesheets);
    }

    /** Export map as PNG: asks for the size and the file, then writes it. */
    public void exportMap() {
        askOptions(TEXTS.text("export.map.title"), mapSize, false).ifPresent(options -> {
            mapSize = options.size();
            chooseFile(slug(datasetTitle()) + "-map.png").ifPresent(file -> save(mapImage(options.size()), file));
        });
    }

    /** Copy chart image: the picture Export chart as PNG would save, at the size chosen last, on the clipboard. */
    public void copyChart() {
        WritableImage image = chartImage(chartSize);
        ClipboardContent content = new ClipboardContent();
        content.putImage(image);
        Clipboard.getSystemClipboard().setContent(content);
        onMessage.accept(TEXTS.text("export.copied", pixels(chartSize.pixelWidth(), chartSize.pixelHeight())));
    }

    /** Writes {@code image} to {@code file} in the background; a failure is shown in a dialog in plain words. */
    public Task<Path> save(WritableImage image, Path file) {
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                PngFiles.write(ImageExport.toOpaqueRgb(image), file);
                return file;
            }
        };
        task.setOnSucceeded(e -> onMessage.accept(TEXTS.text("export.saved", String.valueOf(file.getFileName()),
                pixels((int) image.getWidth(), (int) image.getHeight()))));
        task.setOnFailed(e -> showFailure(TEXTS.text("export.failed"), file, task.getException()));
        writer.submit(task);
        return task;
    }

    /** Says in a dialog, in plain words, why {@code file} was not saved. */
    void showFailure(String header, Path file, Throwable cause) {
        SaveFailure.show(owner, header, file, cause);
    }

    /** The choices of the export dialog. */
    record Options(PictureSize size, boolean wholeTimeline) {
    }

    /**
     * The export dialog: size and scale, what the timeline picture shows when {@code timelineChoices}, and a line
     * that always says the PNG's size in pixels (or why the size cannot be drawn, and then it cannot be confirmed).
     */
    private Optional<Options> askOptions(String title, PictureSize offered, boolean timelineChoices) {
        Dialog<Options> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.getDialogPane().setId("export-dialog");
        if (owner != null) {
            dialog.initOwner(owner);
        }
        Spinner<Integer> width = sizeSpinner("export-width", offered.width());
        Spinner<Integer> height = sizeSpinner("export-height", offered.height());
        ChoiceBox<Double> scale = new ChoiceBox<>();
        scale.setId("export-scale");
        for (double s : ImageExport.SCALES) {
            scale.getItems().add(s);
        }
        scale.setValue(offered.scale());
        scale.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double s) {
                return s == null ? "" : TEXTS.text(s == 1 ? "export.scale.screen" : s == 2 ? "export.scale.slides"
                        : "export.scale.print", s);
            }

            @Override
            public Double fromString(String text) {
                return Double.valueOf(text.replace("×", ""));
            }
        });
        // What is typed counts at once, before the spinner commits it, so the pixel size never lags behind.
        ObjectBinding<SizeChoice> chosen = Bindings.createObjectBinding(
                () -> SizeChoice.of(width.getEditor().getText(), height.getEditor().getText(), scale.getValue()),
                width.getEditor().textProperty(), height.getEditor().textProperty(), scale.valueProperty());
        Label pixels = new Label();
        pixels.setId("export-pixel-size");
        pixels.textProperty().bind(Bindings.createStringBinding(() -> chosen.get().describe(), chosen));

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(16));
        int row = 0;
        ToggleGroup range = new ToggleGroup();
        RadioButton whole = new RadioButton(TEXTS.text("export.range.whole"));
        whole.setId("export-whole-timeline");
        if (timelineChoices) {
            RadioButton shown = new RadioButton(TEXTS.text("export.range.shown"));
            shown.setId("export-shown-timeline");
            shown.setToggleGroup(range);
            whole.setToggleGroup(range);
            shown.setSelected(true);
            grid.addRow(row++, new Label(TEXTS.text("export.range")), shown);
            grid.addRow(row++, new Label(), whole);
        }
        HBox sizes = new HBox(6, width, new Label("×"), height);
        sizes.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        grid.addRow(row++, new Label(TEXTS.text("export.size")), sizes);
        grid.addRow(row++, new Label(TEXTS.text("export.scale")), scale);
        grid.add(pixels, 0, row, 2, 1);
        dialog.getDialogPane().setContent(grid);
        ButtonType export = new ButtonType(TEXTS.text("export.choose"), ButtonType.OK.getButtonData());
        dialog.getDialogPane().getButtonTypes().setAll(export, ButtonType.CANCEL);
        DialogButtons.translate(dialog.getDialogPane());
        Node exportButton = dialog.getDialogPane().lookupButton(export);
        exportButton.disableProperty().bind(Bindings.createBooleanBinding(() -> chosen.get().size().isEmpty(), chosen));
        dialog.setResultConverter(button -> button == export
                ? chosen.get().size().map(size -> new Options(size, whole.isSelected())).orElse(null)
                : null);
        return dialog.showAndWait();
    }

    private static Spinner<Integer> sizeSpinner(String id, int value) {
        Spinner<Integer> spinner = new Spinner<>(PictureSize.MIN_SIDE, PictureSize.MAX_SIDE, value, 10);
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(110);
        return spinner;
    }

    /** What the dialog's size fields say: a size a picture can have, or in plain words why they do not. */
    record SizeChoice(Optional<PictureSize> size, String problem) {

        static SizeChoice of(String width, String height, Double scale) {
            try {
                return new SizeChoice(Optional.of(new PictureSize(Integer.parseInt(width.strip()),
                        Integer.parseInt(height.strip()), scale == null ? ImageExport.DEFAULT_SCALE : scale)), "");
            } catch (NumberFormatException e) {
                return new SizeChoice(Optional.empty(), TEXTS.text("export.size.whole"));
            } catch (IllegalArgumentException e) {
                String reason = e.getMessage();
                return new SizeChoice(Optional.empty(),
                        Character.toUpperCase(reason.charAt(0)) + reason.substring(1) + ".");
            }
        }

        /** The dialog's line under the fields. */
        String describe() {
            return size.map(s -> TEXTS.text("export.size.result", pixels(s.pixelWidth(), s.pixelHeight())))
                    .orElse(problem);
        }
    }

    /** "3200 × 1800 pixels", in the language in use. */
    private static String pixels(int width, int height) {
        return TEXTS.text("export.pixels", width, height);
    }

    private Optional<Path> chooseFile(String suggestedName) {
        return files.choose(owner, suggestedName);
    }

    static String slug(String title) {
        return Slug.of(title, 60, "chart");
    }
}
