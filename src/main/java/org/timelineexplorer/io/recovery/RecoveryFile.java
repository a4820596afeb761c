package org.timelineexplorer.io.recovery;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import org.timelineexplorer.io.DatasetReader;
import org.timelineexplorer.io.LoadResult;
import org.timelineexplorer.io.NativeJson;
import org.timelineexplorer.model.Dataset;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A recovery file as its header describes it: the unsaved work of a window that ended without saving, when it was
 * written, how many unsaved changes it holds, its title and the file it was opened from, if any.
 *
 * <p>The file is one line of JSON, the header, then the dataset in the native format ({@link NativeJson}): the
 * header is read on its own, so offering a file never reads 100,000 events.
 */
public record RecoveryFile(Path path, Instant written, int changes, String title, Optional<Path> original) {

    /** The longest header read: a title and a path, with room to spare. */
    private static final int MAX_HEADER_BYTES = 64 * 1024;

    private static final JsonFactory JSON = new JsonFactory();

    public RecoveryFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(written, "written");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(original, "original");
    }

    /** The bytes of a recovery file holding {@code dataset}. */
    public static byte[] bytes(Dataset dataset, Instant written, int changes, Optional<Path> original) {
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        try (JsonGenerator json = JSON.createGenerator(header)) {
            json.writeStartObject();
            json.writeStringField("written", written.toString());
            json.writeNumberField("changes", changes);
            json.writeStringField("title", dataset.title());
            if (original.isPresent()) {
                json.writeStringField("original", original.get().toString());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        header.write('\n');
        header.writeBytes(NativeJson.bytes(dataset));
        return header.toByteArray();
    }

    /** The header of the recovery file at {@code path}; empty when it is not one (damaged, or not ours). */
    public static Optional<RecoveryFile> readHeader(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] start = in.readNBytes(MAX_HEADER_BYTES);
            int end = indexOfNewline(start);
            return end < 0 ? Optional.empty() : parseHeader(path, Arrays.copyOf(start, end));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<RecoveryFile> parseHeader(Path path, byte[] header) throws IOException {
        Instant written = null;
        int changes = 0;
        String title = null;
        Path original = null;
        try (JsonParser json = JSON.createParser(header)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                json.nextToken();
                switch (field) {
                    case "written" -> written = Instant.parse(json.getValueAsString(""));
                    case "changes" -> changes = json.getValueAsInt(0);
                    case "title" -> title = json.getValueAsString();
                    case "original" -> original = Path.of(json.getValueAsString(""));
                    default -> json.skipChildren();
                }
            }
        } catch (DateTimeParseException | JsonProcessingException
                 | InvalidPathException e) {
            return Optional.empty();
        }
        return written == null || title == null ? Optional.empty()
                : Optional.of(new RecoveryFile(path, written, changes, title, Optional.ofNullable(original)));
    }

    /** Reads the work in the file, checked as any file that opens is; a file that cannot be read is a problem. */
    public LoadResult read() {
        String name = "recovered " + path.getFileName();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
            int read;
            do {
                read = in.read();
            } while (read != '\n' && read != -1);
            return new DatasetReader().read(in, name);
        } catch (IOException e) {
            return new DatasetReader().read(InputStream.nullInputStream(), name);
        }
    }

    private static int indexOfNewline(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
