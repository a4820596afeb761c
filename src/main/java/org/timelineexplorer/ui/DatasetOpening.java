package org.timelineexplorer.ui;

import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.io.BundledDataset;
import org.timelineexplorer.io.DatasetOpener;
import org.timelineexplorer.io.DatasetReader;
import org.timelineexplorer.io.LoadResult;
import org.timelineexplorer.io.OpeningProgress;
import org.timelineexplorer.model.AppState;

import java.nio.file.Files;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Opens a teacher's dataset: File → Open, the recent-files list, a {@code .json} file dropped on the window and the
 * bundled examples (File → Examples) all come here. The file is read and checked in the background, so the window
 * stays responsive; a file that takes longer than {@link #SLOW_AFTER about a second} is
 * {@linkplain #slowProperty() slow}, and the window then shows its {@linkplain #progressProperty() progress} and
 * lets the teacher {@linkplain #cancel() cancel} it. Only a file without errors replaces the open dataset
 * ({@link AppState#setDataset} is called on success only); a bad file leaves everything as it was and its problems
 * go to {@link #setOnProblems the problem handler}, by default a {@link ProblemsDialog}.
 */
public final class DatasetOpening {

    /** How long a file may take to open before the window shows its progress: fast opens do not flash a bar. */
    public static final Duration SLOW_AFTER = Duration.seconds(1);

    private static final DatasetReader READER = new DatasetReader();
    private static final Messages TEXTS = Messages.named(DraftForm.DIALOGS);

    private final AppState state;
    private final RecentFiles recent;
    private final OpenDocument document = new OpenDocument();
    private BooleanSupplier mayReplace = () -> true;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyBooleanWrapper slow = new ReadOnlyBooleanWrapper(this, "slow");
    private final PauseTransition slowTimer = new PauseTransition(SLOW_AFTER);
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "dataset-opening");
        thread.setDaemon(true);
        return thread;
    });
    private Task<LoadResult> current;
    private Window owner;
    private BiConsumer<String, LoadResult> onProblems =
            (name, result) -> ProblemsDialog.create(owner, name, result).show();
    private BiConsumer<String, LoadResult> onOpened = (name, result) -> { };

    public DatasetOpening(AppState state, RecentFiles recent) {
        this.state = Objects.requireNonNull(state, "state");
        this.recent = recent;
        slowTimer.setOnFinished(e -> slow.set(busy.get()));
    }

    /** Where the open dataset came from, which each opening here updates: what Save writes to. */
    public OpenDocument document() {
        return document;
    }

    /**
     * Asked before another dataset replaces the open one, such as "save the changes first?"; false keeps the open
     * dataset and opens nothing.
     */
    public void setMayReplace(BooleanSupplier check) {
        this.mayReplace = Objects.requireNonNull(check);
    }

    /** The recent-files list this opening adds to, if any. */
    public Optional<RecentFiles> recentFiles() {
        return Optional.ofNullable(recent);
    }

    /** The window that owns dialogs and the file chooser. */
    public void setOwner(Window owner) {
        this.owner = owner;
    }

    /**
     * Called on the JavaFX thread with the name of what did not open (a file's name, or a bundled dataset's title)
     * and why.
     */
    public void setOnProblems(BiConsumer<String, LoadResult> handler) {
        this.onProblems = Objects.requireNonNull(handler);
    }

    /**
     * Called on the JavaFX thread with the name of what opened (a file's name, or a bundled dataset's title), for
     * example to show its warnings in the status bar.
     */
    public void setOnOpened(BiConsumer<String, LoadResult> handler) {
        this.onOpened = Objects.requireNonNull(handler);
    }

    /** True while a file is being read. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** How much of the opening is done, 0 to 1: reading, checking and finding the problems' places. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** True while a file that has taken longer than {@link #SLOW_AFTER} is still opening. */
    public ReadOnlyBooleanProperty slowProperty() {
        return slow.getReadOnlyProperty();
    }

    /** Waits {@code wait} rather than {@link #SLOW_AFTER} before a file is slow: tests need not open huge files. */
    void slowAfter(Duration wait) {
        slowTimer.setDuration(wait);
    }

    /**
     * Stops opening the file being opened, if any: the reading stops soon after, and the timeline that was open
     * stays as it was. Call on the JavaFX thread.
     */
    public void cancel() {
        if (current != null) {
            current.cancel();
        }
    }

    /** File → Open: asks for a file and opens it. */
    public void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(TEXTS.text("open.chooser.title"));
        chooser.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter(TEXTS.text("open.chooser.timelines"), "*.json", "*.csv", "*.zip"),
                new FileChooser.ExtensionFilter(TEXTS.text("open.chooser.all"), "*.*"));
        if (recent != null && !recent.files().isEmpty()) {
            Path folder = recent.files().get(0).getParent();
            if (folder != null && Files.isDirectory(folder)) {
                chooser.setInitialDirectory(folder.toFile());
            }
        }
        Optional.ofNullable(chooser.showOpenDialog(owner)).map(java.io.File::toPath).ifPresent(this::open);
    }

    /**
     * Reads {@code file} in the background. A file still being read when another is asked for is abandoned: the
     * last one asked for wins. Call on the JavaFX thread.
     */
    public Task<LoadResult> open(Path file) {
        return open(String.valueOf(file.getFileName()), file.toString(), DatasetOpener.location(file),
                progress -> DatasetOpener.open(file, progress),
                result -> {
                    document.opened(file, result.isNativeFormat());
                    if (recent != null) {
                        recent.add(file);
                    }
                });
    }

    /**
     * Reads a dataset that ships with the app in the background, as {@link #open(Path)} reads a file; it is not a
     * file the teacher can change, so it stays out of the recent files. Call on the JavaFX thread.
     */
    public Task<LoadResult> open(BundledDataset bundled) {
        return open(bundled.title(), bundled.resource(), bundled.location(), progress -> READER.read(bundled, progress),
                result -> document.openedBundled(bundled.title()));
    }

    /**
     * The one opening: {@code reading} runs in the background, and only a dataset without errors replaces the open
     * one, after which {@code afterOpened} runs. Nothing is read, and null returned, when the teacher chooses to
     * keep the open dataset (see {@link #setMayReplace}).
     *
     * @param name   what the teacher knows it by, in messages
     * @param source   what a failure names as the source of its problem
     * @param location where it is read from, against which its pictures' paths are found
     */
    private Task<LoadResult> open(String name, String source, URI location,
                                  Function<OpeningProgress, LoadResult> reading, Consumer<LoadResult> afterOpened) {
        if (!mayReplace.getAsBoolean()) {
            return null;
        }
        if (current != null) {
            current.cancel();
        }
        Task<LoadResult> task = new OpeningTask(reading);
        current = task;
        if (!busy.get()) {
            busy.set(true);
            slowTimer.playFromStart();
        }
        progress.bind(task.progressProperty());
        task.setOnSucceeded(e -> finish(task, name, source, location, afterOpened, task.getValue()));
        task.setOnFailed(e -> finish(task, name, source, location, afterOpened, null));
        task.setOnCancelled(e -> {
            if (current == task) {
                done();
            }
        });
        background.submit(task);
        return task;
    }

    private void finish(Task<LoadResult> task, String name, String source, URI location,
                        Consumer<LoadResult> afterOpened,
                        LoadResult result) {
        if (current != task) {
            return;
        }
        done();
        if (result == null) {
            Throwable cause = task.getException();
            result = DatasetOpener.failure(source, cause == null ? TEXTS.text("open.failed.unknown")
                    : TEXTS.text("open.failed", cause.getMessage()));
        }
        if (result.dataset().isPresent()) {
            state.setDataset(result.dataset().get(), location);
            afterOpened.accept(result);
            onOpened.accept(name, result);
        } else {
            onProblems.accept(name, result);
        }
    }

    private void done() {
        progress.unbind();
        progress.set(0);
        slowTimer.stop();
        slow.set(false);
        busy.set(false);
        current = null;
    }

    /** Lets a {@code .json} or {@code .csv} file be dropped on {@code target} (the window's root) to open it. */
    public void installDropTarget(Node target) {
        target.addEventHandler(DragEvent.DRAG_OVER, event -> {
            if (droppedFile(event).isPresent()) {
                event.acceptTransferModes(TransferMode.COPY);
                event.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            Optional<Path> file = droppedFile(event);
            file.ifPresent(this::open);
            event.setDropCompleted(file.isPresent());
            event.consume();
        });
    }

    private static Optional<Path> droppedFile(DragEvent event) {
        List<java.io.File> files = event.getDragboard().hasFiles() ? event.getDragboard().getFiles() : List.of();
        String name = files.size() == 1 ? files.get(0).getName().toLowerCase(Locale.ROOT) : "";
        return name.endsWith(".json") || name.endsWith(".csv") || name.endsWith(".zip")
                ? Optional.of(files.get(0).toPath()) : Optional.empty();
    }

    /** Reads one dataset in the background, with the task's progress and cancellation as the reading's. */
    private static final class OpeningTask extends Task<LoadResult> implements OpeningProgress {

        private final Function<OpeningProgress, LoadResult> reading;

        OpeningTask(Function<OpeningProgress, LoadResult> reading) {
            this.reading = reading;
        }

        @Override
        protected LoadResult call() {
            return reading.apply(this);
        }

        @Override
        public void update(double done) {
            updateProgress(done, 1);
        }
    }
}
