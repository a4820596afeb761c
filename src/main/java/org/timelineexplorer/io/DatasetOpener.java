package org.timelineexplorer.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Opens a dataset file a teacher chose, whatever its kind: a Timeline Explorer dataset goes to the validating
 * {@link DatasetReader}, a TimelineJS file (recognised by its shape) to the {@link TimelineJsImporter}. Either way the
 * answer is a {@link LoadResult}: the dataset only when there is no error, and every problem with its line, column and
 * JSON path. Nothing here touches the screen or the application state, so it runs on any thread.
 */
public final class DatasetOpener {

    private static final DatasetReader READER = new DatasetReader();
    private static final JsonFactory JSON = new JsonFactory();

    private DatasetOpener() {
    }

    /** Reads {@code file}; a missing, unreadable or oversized file is one problem, never an exception. */
    public static LoadResult open(Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                return LoadResult.failed(name, DatasetReader.wholeFile("this is a folder, not a dataset file"));
            }
            if (Files.size(file) > DatasetReader.MAX_BYTES) {
                return LoadResult.failed(name, DatasetReader.wholeFile(DatasetReader.TOO_LARGE));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return DatasetReader.unreadable(name, e);
        }
        String fallbackTitle = Optional.ofNullable(file.getFileName()).map(Path::toString)
                .map(n -> n.replaceFirst("(?i)\\.json$", "")).orElse("Imported timeline");
        return read(bytes, name, fallbackTitle);
    }

    /** Reads the bytes of a file called {@code name}. */
    public static LoadResult read(byte[] bytes, String name, String fallbackTitle) {
        if (isTimelineJs(bytes)) {
            return TimelineJsImporter.read(new String(bytes, StandardCharsets.UTF_8), name, fallbackTitle);
        }
        return READER.read(bytes, name);
    }

    /**
     * True when the JSON has TimelineJS's shape: a {@code title} object (the title slide), or an {@code events} list
     * whose first entry has a {@code start_date}; false as soon as a {@code format} field names our own format.
     * Only the start of the file is read, so checking a large dataset costs nothing; broken JSON counts as ours and
     * the reader reports where it breaks.
     */
    public static boolean isTimelineJs(byte[] bytes) {
        try (JsonParser parser = JSON.createParser(bytes)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "format":
                        return false;
                    case "title":
                        if (value == JsonToken.START_OBJECT) {
                            return true;
                        }
                        break;
                    case "events":
                        if (value == JsonToken.START_ARRAY) {
                            if (parser.nextToken() != JsonToken.START_OBJECT) {
                                return false;
                            }
                            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                                if (parser.currentName().equals("start_date")) {
                                    return true;
                                }
                                parser.nextToken();
                                parser.skipChildren();
                            }
                            return false;
                        }
                        break;
                    default:
                        break;
                }
                parser.skipChildren();
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** A result for a file that could not be read at all, with one problem saying why. */
    public static LoadResult failure(String name, String message) {
        return LoadResult.failed(name, DatasetReader.wholeFile(message));
    }

}
