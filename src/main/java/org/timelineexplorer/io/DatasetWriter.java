package org.timelineexplorer.io;

import org.timelineexplorer.model.Dataset;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes a dataset to a file in the format its name asks for: the app's spreadsheet layout for {@code .csv}, else
 * the native JSON format. Every write is safe (see {@link SafeFile}): a failure leaves the old file whole.
 */
public final class DatasetWriter {

    /** The formats the app writes. */
    public enum Format {
        /** The native JSON format, in its canonical layout ({@link NativeJson}). */
        NATIVE_JSON,
        /** The app's own spreadsheet layout ({@link AppSheet}). */
        SPREADSHEET;

        /** The format {@code file}'s extension names: {@code .csv} a spreadsheet, anything else JSON. */
        public static Format of(Path file) {
            return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? SPREADSHEET : NATIVE_JSON;
        }
    }

    private static final DatasetReader CHECKER = new DatasetReader();

    private DatasetWriter() {
    }

    /** The bytes of {@code dataset} in {@code format}. */
    public static byte[] bytes(Dataset dataset, Format format) {
        return format == Format.SPREADSHEET ? AppSheet.bytes(dataset) : NativeJson.bytes(dataset);
    }

    /**
     * Saves {@code dataset} in the native format to {@code file}, but only if the app's own loader would open what
     * is written without an error: the bytes are read back first, so that a dataset edited into a state no file
     * may have (an end before its start, a blank title) is refused with the loader's own problems and the rules are
     * never written twice.
     *
     * @return the loader's problems when the dataset was not written; empty when it was
     */
    public static Optional<LoadResult> saveChecked(Dataset dataset, Path file) throws SafeFile.SaveFailedException {
        byte[] bytes = NativeJson.bytes(dataset);
        LoadResult check = CHECKER.read(bytes, String.valueOf(file.getFileName()));
        if (!check.isLoaded()) {
            return Optional.of(check);
        }
        SafeFile.write(file, bytes);
        return Optional.empty();
    }

    /** Writes {@code dataset} to {@code file} in the format of its extension, keeping the old file as {@code .bak}. */
    public static void save(Dataset dataset, Path file) throws SafeFile.SaveFailedException {
        SafeFile.write(file, bytes(dataset, Format.of(file)));
    }
}
