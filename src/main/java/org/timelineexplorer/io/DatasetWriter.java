package org.timelineexplorer.io;

import org.timelineexplorer.model.Dataset;

import java.nio.file.Path;
import java.util.Locale;

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

    private DatasetWriter() {
    }

    /** The bytes of {@code dataset} in {@code format}. */
    public static byte[] bytes(Dataset dataset, Format format) {
        return format == Format.SPREADSHEET ? AppSheet.bytes(dataset) : NativeJson.bytes(dataset);
    }

    /** Writes {@code dataset} to {@code file} in the format of its extension, keeping the old file as {@code .bak}. */
    public static void save(Dataset dataset, Path file) throws SafeFile.SaveFailedException {
        SafeFile.write(file, bytes(dataset, Format.of(file)));
    }
}
