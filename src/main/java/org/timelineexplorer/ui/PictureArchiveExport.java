package org.timelineexplorer.ui;

import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.timelineexplorer.io.PictureArchive;
import org.timelineexplorer.io.SafeFile;
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
 * File → Export → Timeline with pictures: the open timeline and its picture files in one zip, for a colleague to
 * open as it is. Written safely in the background; pictures that could not be put in are named in the status.
 */
public final class PictureArchiveExport {

    private final AppState state;
    private Window owner;
    private Consumer<String> onMessage = message -> { };
    private final SaveFileChooser files = new SaveFileChooser("Export timeline with pictures",
            "Timeline with pictures (zip)", ".zip");
    private Function<String, Optional<Path>> chooser = name -> files.choose(owner, name);
    private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "picture-archive-export");
        thread.setDaemon(true);
        return thread;
    });

    public PictureArchiveExport(AppState state) {
        this.state = Objects.requireNonNull(state);
    }

    public void setOwner(Window owner) {
        this.owner = owner;
    }

    public void setOnMessage(Consumer<String> onMessage) {
        this.onMessage = Objects.requireNonNull(onMessage);
    }

    void setChooser(Function<String, Optional<Path>> chooser) {
        this.chooser = Objects.requireNonNull(chooser);
    }

    /** Asks for the file and writes the zip. Call on the JavaFX thread. */
    public void export() {
        Dataset dataset = state.getDataset();
        if (dataset != null) {
            URI location = state.getDatasetLocation();
            chooser.apply(Slug.of(dataset.title(), 60, "timeline") + ".zip")
                    .ifPresent(file -> save(dataset, location, file));
        }
    }

    Task<PictureArchive.Written> save(Dataset dataset, URI location, Path file) {
        Task<PictureArchive.Written> task = new Task<>() {
            @Override
            protected PictureArchive.Written call() throws Exception {
                PictureArchive.Written written = PictureArchive.write(dataset, location);
                SafeFile.write(file, written.bytes());
                return written;
            }
        };
        task.setOnSucceeded(e -> {
            var leftOut = task.getValue().leftOut();
            onMessage.accept("Saved " + file.getFileName() + (leftOut.isEmpty() ? ""
                    : "; left out " + leftOut.size() + " picture" + (leftOut.size() == 1 ? "" : "s") + ": "
                    + String.join("; ", leftOut)));
        });
        task.setOnFailed(e -> {
            Throwable cause = task.getException();
            Alert alert = new Alert(Alert.AlertType.ERROR, cause instanceof SafeFile.SaveFailedException
                    ? cause.getMessage() : "Cannot save " + file + ": " + cause, ButtonType.OK);
            alert.setHeaderText("The timeline with pictures was not saved");
            if (owner != null) {
                alert.initOwner(owner);
            }
            alert.show();
        });
        writer.submit(task);
        return task;
    }
}
