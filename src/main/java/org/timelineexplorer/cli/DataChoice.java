package org.timelineexplorer.cli;

import org.timelineexplorer.io.BundledDataset;
import org.timelineexplorer.io.DatasetOpener;
import org.timelineexplorer.io.DatasetReader;
import org.timelineexplorer.io.LoadResult;
import org.timelineexplorer.io.OpeningProgress;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What {@code --data} names: a dataset or TimelineJS file, or a dataset bundled with the app by its id
 * ({@code --data iraq-through-the-ages}). A value is a file when a file of that name exists or when it does not look
 * like an id (it has a {@code /} or an extension); else it must be a bundled dataset's id, and an unknown one is a
 * usage error that lists the ids there are.
 */
public sealed interface DataChoice {

    /** Reads the dataset; a missing or bad file is a result with problems, never an exception. */
    LoadResult open();

    /** What messages call it: the file as given, or the bundled dataset's id. */
    String name();

    /** What a window calls it: the file's name, or the bundled dataset's title. */
    String shownName();

    /** Where it is read from, against which its pictures' paths are found; null when that is not known. */
    URI location();

    /** Why it cannot be read at all, said before trying ("FILE: there is no such file"), or empty. */
    default Optional<String> missing() {
        return Optional.empty();
    }

    /** The command line's reading of a {@code --data} value. */
    static DataChoice of(String value) {
        Path path = Path.of(value);
        if (Files.exists(path) || !BundledDataset.ID.matcher(value).matches()) {
            return new DataFile(path);
        }
        return BundledDataset.byId(value).<DataChoice>map(Bundled::new)
                .orElseThrow(() -> new UnknownName(value));
    }

    /** A file on disk. */
    record DataFile(Path path) implements DataChoice {
        @Override
        public LoadResult open() {
            return DatasetOpener.open(path);
        }

        @Override
        public String name() {
            return path.toString();
        }

        @Override
        public URI location() {
            return DatasetOpener.location(path);
        }

        @Override
        public String shownName() {
            return String.valueOf(path.getFileName());
        }

        @Override
        public Optional<String> missing() {
            return Files.isRegularFile(path) ? Optional.empty()
                    : Optional.of(CommandLine.TEXT.text("file.missing", path));
        }
    }

    /** A dataset that ships with the app. */
    record Bundled(BundledDataset dataset) implements DataChoice {
        @Override
        public LoadResult open() {
            return new DatasetReader().read(dataset, OpeningProgress.NONE);
        }

        @Override
        public String name() {
            return dataset.id();
        }

        @Override
        public URI location() {
            return dataset.location();
        }

        @Override
        public String shownName() {
            return dataset.title();
        }
    }

    /** A value that is neither a file nor a bundled dataset's id: its message names the ids there are. */
    final class UnknownName extends IllegalArgumentException {
        UnknownName(String value) {
            super(CommandLine.TEXT.text("data.unknownName", value, BundledDataset.ids()));
        }
    }
}
