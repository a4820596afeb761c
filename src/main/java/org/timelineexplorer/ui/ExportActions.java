package org.timelineexplorer.ui;

import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
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
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.timelineexplorer.export.ImageExport;
import org.timelineexplorer.export.Pictures;
import org.timelineexplorer.export.PngFiles;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.TimeRange;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What File → Export chart as PNG ({@code Ctrl+E}), Export timeline as PNG and Copy chart image
 * ({@code Ctrl+Shift+C}) do. The window hands over its chart and timeline nodes and their titles; pictures are
 * {@linkplain ImageExport#frame framed} with the title above and the dataset's credit below, at 1×, 2× (default) or
 * 3×, and written {@linkplain PngFiles safely} in the background. The file chooser asks before replacing a file.
 */
public final class ExportActions {

    /** The width offered for a picture of the whole dataset, in layout pixels before the scale. */
    public static final int DEFAULT_TIMELINE_WIDTH = 1600;

    private final AppState state;
    private final Supplier<Node> chart;
    private final Supplier<String> chartTitle;
    private final Supplier<Node> timeline;
    private Window owner;
    private WholeTimeline wholeTimeline = Pictures::laidOutTimeline;
    private Consumer<String> onMessage = message -> { };
    private Path lastFolder;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "png-export");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param chart      the chart as shown in the window
     * @param chartTitle the title the exported chart carries, for example the shown series' titles
     * @param timeline   the timeline as shown in the window
     */
    public ExportActions(AppState state, Supplier<Node> chart, Supplier<String> chartTitle, Supplier<Node> timeline) {
        this.state = Objects.requireNonNull(state);
        this.chart = Objects.requireNonNull(chart);
        this.chartTitle = Objects.requireNonNull(chartTitle);
        this.timeline = Objects.requireNonNull(timeline);
    }

    public void setOwner(Window owner) {
        this.owner = owner;
    }

    /** Where "Saved …" and copy confirmations go, for example the status bar. */
    public void setOnMessage(Consumer<String> onMessage) {
        this.onMessage = Objects.requireNonNull(onMessage);
    }

    /** Draws a dataset's timeline off screen, laid out at a size with the window's stylesheets. */
    @FunctionalInterface
    public interface WholeTimeline {
        Region layOut(Dataset dataset, TimeRange range, double width, double height, String... stylesheets);
    }

    /** How a timeline of a whole dataset is drawn off screen, at a chosen width; by default the app's timeline. */
    public void setWholeTimeline(WholeTimeline factory) {
        this.wholeTimeline = Objects.requireNonNull(factory);
    }

    private String credit() {
        return Optional.ofNullable(state.getDataset()).map(Dataset::credit).orElse("");
    }

    private String datasetTitle() {
        return Optional.ofNullable(state.getDataset()).map(Dataset::title).orElse("Timeline");
    }

    /** The chart as it would be exported at {@code scale}. Call on the JavaFX thread. */
    public WritableImage chartImage(double scale) {
        return ImageExport.frame(chart.get(), chartTitle.get(), credit(), scale);
    }

    /**
     * The timeline as it would be exported: what the window shows, or (when {@code wholeWidth} is given) the whole
     * dataset drawn at that width and the shown timeline's height.
     */
    public WritableImage timelineImage(double scale, Optional<Integer> wholeWidth) {
        Node shown = timeline.get();
        if (wholeWidth.isEmpty() || state.getDataset() == null) {
            return ImageExport.frame(shown, datasetTitle(), credit(), scale);
        }
        double height = Math.max(300, shown.getLayoutBounds().getHeight());
        String[] stylesheets = shown.getScene() == null ? new String[0]
                : shown.getScene().getStylesheets().toArray(String[]::new);
        Region whole = wholeTimeline.layOut(state.getDataset(), state.getDataset().overview(),
                wholeWidth.get(), height, stylesheets);
        return ImageExport.frame(whole, datasetTitle(), credit(), scale);
    }

    /** Export chart as PNG: asks for the scale and the file, then writes it. */
    public void exportChart() {
        Optional<Options> options = askOptions("Export chart as PNG", false);
        options.flatMap(o -> chooseFile(slug(chartTitle.get()) + ".png").map(file -> {
            save(chartImage(o.scale()), file);
            return file;
        }));
    }

    /** Export timeline as PNG: asks for the scale and the range (shown, or the whole dataset at a width). */
    public void exportTimeline() {
        Optional<Options> options = askOptions("Export timeline as PNG", true);
        options.flatMap(o -> chooseFile(slug(datasetTitle()) + "-timeline.png").map(file -> {
            save(timelineImage(o.scale(), o.wholeWidth()), file);
            return file;
        }));
    }

    /** Copy chart image: the framed chart at 2× on the clipboard, to paste into slides. */
    public void copyChart() {
        WritableImage image = chartImage(ImageExport.DEFAULT_SCALE);
        ClipboardContent content = new ClipboardContent();
        content.putImage(image);
        Clipboard.getSystemClipboard().setContent(content);
        onMessage.accept("Chart copied (" + (int) image.getWidth() + " × " + (int) image.getHeight() + " pixels)");
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
        task.setOnSucceeded(e -> onMessage.accept("Saved " + file.getFileName() + " ("
                + (int) image.getWidth() + " × " + (int) image.getHeight() + " pixels)"));
        task.setOnFailed(e -> {
            Throwable cause = task.getException();
            Alert alert = new Alert(Alert.AlertType.ERROR, cause instanceof PngFiles.PngWriteException
                    ? cause.getMessage() : "Cannot save " + file + ": " + cause, ButtonType.OK);
            alert.setHeaderText("The picture was not saved");
            if (owner != null) {
                alert.initOwner(owner);
            }
            alert.show();
        });
        writer.submit(task);
        return task;
    }

    /** The choices of the export dialog. */
    public record Options(double scale, Optional<Integer> wholeWidth) {
    }

    private Optional<Options> askOptions(String title, boolean timelineChoices) {
        Dialog<Options> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        ChoiceBox<Double> scale = new ChoiceBox<>();
        scale.setId("export-scale");
        for (double s : ImageExport.SCALES) {
            scale.getItems().add(s);
        }
        scale.setValue(ImageExport.DEFAULT_SCALE);
        scale.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double s) {
                return s == null ? "" : String.format(Locale.ROOT, "%.0f×", s)
                        + (s == 1 ? " (screen)" : s == 2 ? " (slides, sharp on projectors)" : " (print)");
            }

            @Override
            public Double fromString(String text) {
                return Double.valueOf(text.replace("×", ""));
            }
        });
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(16));
        grid.addRow(0, new Label("Size:"), scale);
        ToggleGroup range = new ToggleGroup();
        RadioButton shown = new RadioButton("What the timeline shows now");
        RadioButton whole = new RadioButton("The whole timeline, this wide:");
        Spinner<Integer> width = new Spinner<>(600, 8000, DEFAULT_TIMELINE_WIDTH, 100);
        width.setEditable(true);
        if (timelineChoices) {
            shown.setToggleGroup(range);
            whole.setToggleGroup(range);
            shown.setSelected(true);
            width.disableProperty().bind(whole.selectedProperty().not());
            grid.addRow(1, new Label("Range:"), shown);
            grid.addRow(2, new Label(), whole);
            grid.addRow(3, new Label(), width);
        }
        dialog.getDialogPane().setContent(grid);
        ButtonType export = new ButtonType("Choose file…", ButtonType.OK.getButtonData());
        dialog.getDialogPane().getButtonTypes().setAll(export, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == export
                ? new Options(scale.getValue(), whole.isSelected() ? Optional.of(width.getValue()) : Optional.empty())
                : null);
        return dialog.showAndWait();
    }

    private Optional<Path> chooseFile(String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save picture");
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        if (lastFolder != null && lastFolder.toFile().isDirectory()) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        // The platform's chooser asks before replacing an existing file; we replace only after that confirmation.
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        Path path = file.toPath();
        if (!path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
            path = path.resolveSibling(path.getFileName() + ".png");
            // The chooser confirmed the name as typed, not this one: ask again before replacing a file.
            if (java.nio.file.Files.exists(path) && !confirmReplace(path)) {
                return Optional.empty();
            }
        }
        lastFolder = path.getParent();
        return Optional.of(path);
    }

    private boolean confirmReplace(Path path) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, path.getFileName() + " already exists. Replace it?",
                ButtonType.YES, ButtonType.NO);
        alert.setHeaderText(null);
        if (owner != null) {
            alert.initOwner(owner);
        }
        return alert.showAndWait().filter(ButtonType.YES::equals).isPresent();
    }

    static String slug(String title) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "chart" : slug.length() > 60 ? slug.substring(0, 60) : slug;
    }
}
