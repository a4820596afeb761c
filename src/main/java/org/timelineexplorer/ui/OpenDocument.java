package org.timelineexplorer.ui;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.timelineexplorer.i18n.Messages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the open dataset came from and where Save writes it: a file of the app's own format (written back in
 * place), or nothing yet (a bundled example, which is read-only; a new timeline; a TimelineJS, vis-timeline or
 * spreadsheet file, which is kept as it is and saved as a new file), together with the name the title bar shows
 * and what the file looked like on disk when it was read or last written, to notice another program's change.
 */
public final class OpenDocument {

    /** What a file looked like on disk: another program's save changes one or the other. */
    private record Stamp(long size, FileTime modified) {
        static Optional<Stamp> of(Path file) {
            try {
                return Optional.of(new Stamp(Files.size(file), Files.getLastModifiedTime(file)));
            } catch (IOException e) {
                return Optional.empty();
            }
        }
    }

    private static final Messages TEXTS = Messages.named(DraftForm.DIALOGS);

    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name", TEXTS.text("untitled"));
    private Stamp stamp;
    private Path suggestion;

    /** A file of the app's format that Save writes back to, or null when Save must ask where. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public Path getFile() {
        return file.get();
    }

    /** The file's name, a bundled dataset's title, or "Untitled": what the title bar shows. */
    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    /** Where Save As proposes to write: beside the file that was opened, with a {@code .json} name. */
    public Optional<Path> suggestion() {
        return Optional.ofNullable(suggestion);
    }

    /** A file was opened; {@code nativeFormat} when it is in the app's own format, which Save may replace. */
    public void opened(Path path, boolean nativeFormat) {
        Objects.requireNonNull(path, "path");
        name.set(String.valueOf(path.getFileName()));
        if (nativeFormat) {
            written(path);
        } else {
            file.set(null);
            stamp = null;
            suggestion = path.resolveSibling(baseName(path) + ".json");
        }
    }

    /** A dataset that ships with the app was opened: Save asks where to keep the teacher's copy. */
    public void openedBundled(String title) {
        forget(title);
    }

    /** A new, empty timeline, or work restored after a crash: nothing on disk yet. */
    public void untitled() {
        forget(TEXTS.text("untitled"));
    }

    /**
     * Goes on with the file {@code earlier} stood for, as views built anew in another language take up the open
     * file of those they replace: Save writes where it would have written.
     */
    public void takeOver(OpenDocument earlier) {
        file.set(earlier.file.get());
        name.set(earlier.name.get());
        stamp = earlier.stamp;
        suggestion = earlier.suggestion;
    }

    /** The dataset was written to {@code path}: the next Save goes there. */
    public void written(Path path) {
        file.set(path);
        name.set(String.valueOf(path.getFileName()));
        stamp = Stamp.of(path).orElse(null);
        suggestion = path;
    }

    /**
     * Whether the file is no longer what was read or last written here: another program saved it, or it was
     * removed. Save then asks before replacing that version.
     */
    public boolean changedOnDisk() {
        Path path = file.get();
        return path != null && stamp != null && !Stamp.of(path).equals(Optional.of(stamp));
    }

    private void forget(String shownName) {
        file.set(null);
        name.set(shownName);
        stamp = null;
        suggestion = null;
    }

    private static String baseName(Path path) {
        String fileName = String.valueOf(path.getFileName());
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
