package org.timelineexplorer.io;

import org.timelineexplorer.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Opens a dataset file a teacher chose, whatever its format: File → Open, a dropped file, the recent files,
 * {@code --data} and the command line all come here. It turns what can go wrong with a file on disk (missing,
 * a folder, unreadable, too large) into a problem in plain words and hands the rest to {@link DatasetReader}, which
 * reads every format the same way. The answer is a {@link LoadResult}: the dataset only when there is no error, and
 * every problem with its line, column and path. Nothing here touches the screen or the application state, so it
 * runs on any thread.
 */
public final class DatasetOpener {

    private static final Messages WORDS = Messages.of(DatasetOpener.class);

    private static final DatasetReader READER = new DatasetReader();

    private DatasetOpener() {
    }

    /** Reads {@code file}; a missing, unreadable or oversized file is one problem, never an exception. */
    public static LoadResult open(Path file) {
        return open(file, OpeningProgress.NONE);
    }

    /**
     * Reads {@code file}, telling {@code progress} how far it has got.
     *
     * @throws java.util.concurrent.CancellationException when {@code progress} says the file is no longer wanted;
     *                                                    nothing has changed then
     */
    public static LoadResult open(Path file, OpeningProgress progress) {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                return failure(name, WORDS.text("file.folder"));
            }
            long size = Files.size(file);
            // Refused before a byte is read; DatasetReader stops a stream that grows past the limit all the same.
            if (size > DatasetReader.MAX_BYTES) {
                return failure(name, DatasetReader.tooLarge());
            }
            if (PictureArchive.isArchive(file)) {
                return PictureArchive.read(file, READER, progress);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return READER.read(in, size, name, progress);
            }
        } catch (IOException e) {
            return failure(name, e instanceof NoSuchFileException ? WORDS.text("file.missing")
                    : e instanceof AccessDeniedException ? WORDS.text("file.denied")
                    : WORDS.text("file.unreadable", e.getMessage()));
        }
    }

    /** Where {@code file}'s pictures are found from: beside it, or inside it for a zip. */
    public static URI location(Path file) {
        return PictureArchive.isArchive(file) ? PictureArchive.location(file) : file.toAbsolutePath().toUri();
    }

    /** A result for a file that could not be read at all, with one problem saying why. */
    public static LoadResult failure(String name, String message) {
        return LoadResult.failed(name, DatasetReader.wholeFile(message));
    }
}
