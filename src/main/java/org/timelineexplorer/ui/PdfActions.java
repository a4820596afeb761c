package org.timelineexplorer.ui;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.timelineexplorer.export.pdf.HandoutContent;
import org.timelineexplorer.export.pdf.HandoutKind;
import org.timelineexplorer.export.pdf.HandoutOptions;
import org.timelineexplorer.export.pdf.HandoutPictures;
import org.timelineexplorer.export.pdf.Handouts;
import org.timelineexplorer.export.pdf.Paper;
import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.FigureSeries;

import java.awt.HeadlessException;
import java.awt.print.PrinterJob;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * File → Export → PDF and File → Print ({@code Ctrl+P}): a handout, poster or card sort of the events shown (a search
 * or filter makes the lesson's sheet), on the paper and in the orientation chosen last (remembered between runs).
 * Both make the same PDF: printing hands that document to the system's print dialog, so print and PDF never differ.
 * The pictures are drawn on the JavaFX thread; the document is made, written and printed in the background.
 */
public final class PdfActions {

    private static final Messages TEXTS = Messages.named(DraftForm.DIALOGS);

    private final AppState state;
    private final ExportActions exports;
    private final List<String> stylesheets;
    private final SaveFileChooser files = new SaveFileChooser(TEXTS.text("pdf.chooser.title"),
            TEXTS.text("pdf.chooser.kind"), ".pdf");
    private final ObjectProperty<HandoutKind> kind = new SimpleObjectProperty<>(this, "kind",
            HandoutOptions.DEFAULT.kind());
    private final ObjectProperty<Paper> paper = new SimpleObjectProperty<>(this, "paper",
            HandoutOptions.DEFAULT.paper());
    private final BooleanProperty landscape = new SimpleBooleanProperty(this, "landscape",
            HandoutOptions.DEFAULT.landscape());
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "pdf-export");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param exports     the picture exports, whose file chooser (and its last folder), owner window and messages
     *                    the PDFs share
     * @param stylesheets the look pictures are drawn in, normally {@link ViewLoader#stylesheet()}
     */
    public PdfActions(AppState state, ExportActions exports, List<String> stylesheets) {
        this.state = Objects.requireNonNull(state);
        this.exports = Objects.requireNonNull(exports);
        this.stylesheets = List.copyOf(stylesheets);
    }

    /** The kind chosen last, offered again (and remembered). */
    public ObjectProperty<HandoutKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Paper> paperProperty() {
        return paper;
    }

    public BooleanProperty landscapeProperty() {
        return landscape;
    }

    /** What the dialog chooses: the PDF's kind and paper, the handout's charts, and what the poster shows. */
    public record Choice(HandoutOptions options, List<FigureSeries> charts, boolean wholeTimeline) {
        public Choice {
            Objects.requireNonNull(options, "options");
            charts = List.copyOf(charts);
        }
    }

    /** Export → PDF: asks what to make, then where, then writes it. */
    public void exportPdf() {
        ask(TEXTS.text("pdf.export.title"), TEXTS.text("export.choose")).ifPresent(choice -> files.choose(exports.owner(),
                        ExportActions.slug(datasetTitle()) + "-" + choice.options().kind().option() + ".pdf")
                .ifPresent(file -> save(choice, file)));
    }

    /** Print: asks what to print, then shows the system's print dialog with that PDF. */
    public void print() {
        ask(TEXTS.text("pdf.print.title"), TEXTS.text("pdf.print.confirm")).ifPresent(this::print);
    }

    /** The content of the PDF {@code choice} asks for: what the window shows now. Call on the JavaFX thread. */
    public HandoutContent content(Choice choice) {
        Dataset dataset = state.getDataset();
        return HandoutPictures.draw(dataset, List.copyOf(state.getShownEvents()), choice.charts(),
                choice.wholeTimeline() ? dataset.overview() : state.getVisibleRange(), choice.options(), stylesheets);
    }

    /** Writes the PDF of {@code choice} to {@code file} in the background; a failure is shown in plain words. */
    public Task<Integer> save(Choice choice, Path file) {
        HandoutContent content = content(choice);
        Task<Integer> task = new Task<>() {
            @Override
            protected Integer call() throws Exception {
                return Handouts.write(content, choice.options(), file);
            }
        };
        task.setOnSucceeded(e -> exports.onMessage().accept(TEXTS.text("pdf.saved", String.valueOf(file.getFileName()),
                choice.options().kind().label().toLowerCase(Messages.locale()), task.getValue())));
        task.setOnFailed(e -> exports.showFailure(TEXTS.text("pdf.failed"), file, task.getException()));
        worker.submit(task);
        return task;
    }

    private void print(Choice choice) {
        HandoutContent content = content(choice);
        worker.submit(() -> {
            try (PDDocument document = Handouts.document(content, choice.options())) {
                if (PrinterJob.lookupPrintServices().length == 0) {
                    Platform.runLater(() -> exports.onMessage().accept(TEXTS.text("pdf.print.none")));
                    return;
                }
                PrinterJob job = PrinterJob.getPrinterJob();
                job.setJobName(TEXTS.text("pdf.print.job", datasetTitle(), choice.options().kind().label()));
                job.setPageable(new PDFPageable(document));
                if (job.printDialog()) {
                    job.print();
                    int pages = document.getNumberOfPages();
                    Platform.runLater(() -> exports.onMessage().accept(TEXTS.text("pdf.print.sent", pages)));
                }
            } catch (HeadlessException e) {
                Platform.runLater(() -> exports.onMessage().accept(TEXTS.text("pdf.print.headless")));
            } catch (Exception e) {
                Platform.runLater(() -> exports.onMessage().accept(TEXTS.text("pdf.print.failed", e.getMessage())));
            }
        });
    }

    private String datasetTitle() {
        return Optional.ofNullable(state.getDataset()).map(Dataset::title).orElse(TEXTS.text("export.untitled"));
    }

    /**
     * The dialog: kind, paper, orientation; for a handout the charts (those of the window ticked), for a poster the
     * whole timeline or what it shows now. It says which events the sheet will have before anything is made.
     */
    private Optional<Choice> ask(String title, String confirm) {
        Dataset dataset = state.getDataset();
        if (dataset == null) {
            return Optional.empty();
        }
        Dialog<Choice> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.getDialogPane().setId("pdf-dialog");
        if (exports.owner() != null) {
            dialog.initOwner(exports.owner());
        }
        ChoiceBox<HandoutKind> kinds = choices("pdf-kind", HandoutKind.values(), kind.get(), HandoutKind::label);
        ChoiceBox<Paper> papers = choices("pdf-paper", Paper.values(), paper.get(), Paper::label);
        ToggleGroup orientation = new ToggleGroup();
        RadioButton portrait = radio(TEXTS.text("pdf.portrait"), "pdf-portrait", orientation);
        RadioButton wide = radio(TEXTS.text("pdf.landscape"), "pdf-landscape", orientation);
        (landscape.get() ? wide : portrait).setSelected(true);
        Label posterNote = new Label(TEXTS.text("pdf.poster.note"));
        posterNote.setWrapText(true);
        posterNote.setMinHeight(Region.USE_PREF_SIZE);

        List<CheckBox> charts = dataset.series().stream().map(series -> {
            CheckBox box = new CheckBox(series.title());
            box.setId("pdf-chart-" + series.id());
            box.setUserData(series);
            box.setSelected(true);
            return box;
        }).toList();
        VBox chartBoxes = new VBox(6);
        chartBoxes.getChildren().addAll(charts);
        ToggleGroup range = new ToggleGroup();
        RadioButton whole = radio(TEXTS.text("export.range.whole"), "pdf-whole-timeline", range);
        RadioButton shown = radio(TEXTS.text("export.range.shown"), "pdf-shown-timeline", range);
        whole.setSelected(true);

        int total = dataset.events().size();
        int count = state.getShownEvents().size();
        Label events = new Label(count == total ? TEXTS.text("pdf.events.all", total)
                : TEXTS.text("pdf.events.shown", Formats.shownCount(count, total)));
        events.setId("pdf-events");
        events.setWrapText(true);
        events.setMinHeight(Region.USE_PREF_SIZE);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(16));
        // Fixed widths, so that the dialog keeps its shape as it grows and shrinks with the kind chosen.
        grid.setMinWidth(520);
        grid.setPrefWidth(520);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        Label chartsLabel = new Label(TEXTS.text("pdf.charts"));
        Label posterLabel = new Label(TEXTS.text("export.range"));
        grid.addRow(0, new Label(TEXTS.text("pdf.kind")), kinds);
        grid.addRow(1, new Label(TEXTS.text("pdf.paper")), papers);
        grid.addRow(2, new Label(TEXTS.text("pdf.pages")), new HBox(12, portrait, wide));
        grid.add(posterNote, 1, 3);
        grid.addRow(4, chartsLabel, chartBoxes);
        grid.addRow(5, posterLabel, new VBox(6, whole, shown));
        grid.add(events, 0, 6, 2, 1);
        GridPane.setValignment(chartsLabel, VPos.TOP);
        GridPane.setValignment(posterLabel, VPos.TOP);
        var isPoster = kinds.valueProperty().isEqualTo(HandoutKind.POSTER);
        var isHandout = kinds.valueProperty().isEqualTo(HandoutKind.HANDOUT);
        portrait.disableProperty().bind(isPoster);
        wide.disableProperty().bind(isPoster);
        for (var node : List.of(posterNote, posterLabel, whole, shown)) {
            node.visibleProperty().bind(isPoster);
            node.managedProperty().bind(isPoster);
        }
        for (var node : List.of(chartsLabel, chartBoxes)) {
            node.visibleProperty().bind(isHandout.and(Bindings.isNotEmpty(chartBoxes.getChildren())));
            node.managedProperty().bind(node.visibleProperty());
        }
        kinds.valueProperty().addListener(o -> {
            if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        });

        dialog.getDialogPane().setContent(grid);
        ButtonType ok = new ButtonType(confirm, ButtonType.OK.getButtonData());
        dialog.getDialogPane().getButtonTypes().setAll(ok, ButtonType.CANCEL);
        DialogButtons.translate(dialog.getDialogPane());
        dialog.setResultConverter(button -> button != ok ? null : new Choice(
                new HandoutOptions(kinds.getValue(), papers.getValue(), wide.isSelected()),
                charts.stream().filter(CheckBox::isSelected).map(box -> (FigureSeries) box.getUserData()).toList(),
                whole.isSelected()));
        Optional<Choice> choice = dialog.showAndWait();
        choice.ifPresent(chosen -> {
            kind.set(chosen.options().kind());
            paper.set(chosen.options().paper());
            landscape.set(chosen.options().landscape());
        });
        return choice;
    }

    private static <T> ChoiceBox<T> choices(String id, T[] values, T selected, Function<T, String> label) {
        ChoiceBox<T> box = new ChoiceBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setValue(selected);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return box.getItems().stream().filter(value -> label.apply(value).equals(text)).findFirst()
                        .orElse(null);
            }
        });
        return box;
    }

    private static RadioButton radio(String text, String id, ToggleGroup group) {
        RadioButton button = new RadioButton(text);
        button.setId(id);
        button.setToggleGroup(group);
        return button;
    }
}
