package org.timelineexplorer.ui;

import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.timelineexplorer.io.DatasetWriter;
import org.timelineexplorer.io.SafeFile;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.Slug;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * File → Export → Spreadsheet (CSV): the open timeline in the app's own spreadsheet layout, for a teacher to edit in
 * her spreadsheet program and open again. Written safely in the background: a failure leaves an old file whole and
 * says why in a dialog.
 */
public final class SpreadsheetExport {

    static final String SAVED = "Saved %s (%d events, %d eras, %d series)";

    private final AppState state;
    private Window owner;
    private Consumer<String> onMessage = message -> { };
    /** Asks where to save, given a suggested file name; the platform's file chooser, which tests replace. */
    private final SaveFileChooser files = new SaveFileChooser("Export as spreadsheet", "Spreadsheet (CSV)", ".csv");
    private Function<String, Optional<Path>> chooser = name -> files.choose(owner, name);
    private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "spreadsheet-export");
        thread.setDaemon(true);
        return thread;
    });

    public SpreadsheetExport(AppState state) {
        this.state = Objects.requireNonNull(state);
    }

    public void setOwner(Window owner) {
        this.owner = owner;
    }

    /** Where "Saved …" goes, for example the status bar. */
    public void setOnMessage(Consumer<String> onMessage) {
        this.onMessage = Objects.requireNonNull(onMessage);
    }

    void setChooser(Function<String, Optional<Path>> chooser) {
        this.chooser = Objects.requireNonNull(chooser);
    }

    /** Asks for the file and writes the open timeline to it. Call on the JavaFX thread. */
    public void export() {
        Dataset dataset = state.getDataset();
        if (dataset != null) {
            chooser.apply(Slug.of(dataset.title(), 60, "timeline") + ".csv").ifPresent(file -> save(dataset, file));
        }
    }

    private Task<Path> save(Dataset dataset, Path file) {
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                DatasetWriter.save(dataset, file);
                return file;
            }
        };
        task.setOnSucceeded(e -> onMessage.accept(String.format(Locale.ROOT, SAVED, file.getFileName(),
                dataset.events().size(), dataset.eras().size(), dataset.series().size())));
        task.setOnFailed(e -> {
            Throwable cause = task.getException();
            Alert alert = new Alert(Alert.AlertType.ERROR, cause instanceof SafeFile.SaveFailedException
                    ? cause.getMessage() : "Cannot save " + file + ": " + cause, ButtonType.OK);
            alert.setHeaderText("The spreadsheet was not saved");
            if (owner != null) {
                alert.initOwner(owner);
            }
            alert.show();
        });
        writer.submit(task);
        return task;
    }
}
