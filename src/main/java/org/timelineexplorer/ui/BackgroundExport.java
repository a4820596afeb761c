package org.timelineexplorer.ui;

import javafx.concurrent.Task;
import javafx.stage.Window;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.Slug;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A File → Export of the open timeline to one file: ask where (a name made from its title suggested), write it on a
 * thread of its own so that the window stays responsive, then say "Saved …" in the status or why not in a dialog.
 * A subclass says what it writes and what the message tells.
 *
 * @param <R> what writing returns, for the message
 */
abstract class BackgroundExport<R> {

    private final AppState state;
    private final String extension;
    private final String failureHeader;
    private Window owner;
    private Consumer<String> onMessage = message -> { };
    private final SaveFileChooser files;
    /** Asks where to save, given a suggested file name; the platform's file chooser, which tests replace. */
    private Function<String, Optional<Path>> chooser;
    private final ExecutorService writer;

    /**
     * @param kind          what the file chooser calls this kind of file, "Spreadsheet (CSV)"
     * @param extension     the file's, with its dot: ".csv"
     * @param threadName    the writing thread's, for thread dumps
     * @param failureHeader the error dialog's header, "The spreadsheet was not saved"
     */
    BackgroundExport(AppState state, String title, String kind, String extension, String threadName,
                     String failureHeader) {
        this.state = Objects.requireNonNull(state);
        this.extension = extension;
        this.failureHeader = failureHeader;
        files = new SaveFileChooser(title, kind, extension);
        chooser = name -> files.choose(owner, name);
        writer = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Writes {@code dataset}, which was opened from {@code location} (or null), to {@code file}; off the FX thread. */
    abstract R write(Dataset dataset, URI location, Path file) throws Exception;

    /** The status line once {@code file} is written, with what {@link #write} returned. */
    abstract String savedMessage(Dataset dataset, Path file, R written);

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

    /** Asks for the file and writes the open timeline to it; nothing when none is open. Call on the FX thread. */
    public void export() {
        Dataset dataset = state.getWholeDataset();
        if (dataset != null) {
            URI location = state.getDatasetLocation();
            chooser.apply(Slug.of(dataset.title(), 60, "timeline") + extension)
                    .ifPresent(file -> save(dataset, location, file));
        }
    }

    private void save(Dataset dataset, URI location, Path file) {
        Task<R> task = new Task<>() {
            @Override
            protected R call() throws Exception {
                return write(dataset, location, file);
            }
        };
        task.setOnSucceeded(e -> onMessage.accept(savedMessage(dataset, file, task.getValue())));
        task.setOnFailed(e -> SaveFailure.show(owner, failureHeader, file, task.getException()));
        writer.submit(task);
    }
}
