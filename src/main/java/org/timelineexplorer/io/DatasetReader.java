package org.timelineexplorer.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadConstraints;
import org.timelineexplorer.model.Dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads a dataset file (the format is described in the README) and checks every rule of the format, so that a
 * teacher sees all that is wrong with a file at once, each problem with its line, column and JSON path.
 *
 * <p>Reading never throws for a bad file: whatever the bytes, the answer is a {@link LoadResult} holding either a
 * whole dataset or at least one error. Malformed JSON stops the reading at the first syntax error, since nothing
 * after it can be trusted; every other problem is collected in the same pass.
 *
 * <p>A hostile file cannot exhaust memory: files over {@value #MAX_BYTES} bytes (64 MiB) are refused before
 * they are read, data may nest at most {@value #MAX_DEPTH} levels deep, a text may hold at most
 * {@value #MAX_STRING_LENGTH} characters and a number at most {@value #MAX_NUMBER_LENGTH} characters, and a
 * file may hold at most {@value #MAX_VALUES} values.
 *
 * <p>Instances are immutable and may be shared between threads.
 */
public final class DatasetReader {

    /** The largest file read, in bytes: 64 MiB. */
    public static final int MAX_BYTES = 64 * 1024 * 1024;
    /** How many objects and lists may nest inside one another. */
    public static final int MAX_DEPTH = 32;
    /** The longest text value, in characters. */
    public static final int MAX_STRING_LENGTH = 100_000;
    /** The longest number, in characters as written. */
    public static final int MAX_NUMBER_LENGTH = 100;
    /**
     * The most values (texts, numbers, brackets, field names: Jackson's tokens) in one file. A file of tiny values
     * such as {@code [0,0,0,…]} would otherwise hold tens of millions of them in 64 MiB, each costing far more
     * memory than its two bytes. A dataset of 100,000 events with every field has about 2,100,000.
     */
    public static final int MAX_VALUES = 4_000_000;
    /** The classpath resource holding the dataset that ships with the app. */
    public static final String BUNDLED_RESOURCE = "/data/us-iraq-since-2003.json";

    static final String TOO_LARGE = "the file is larger than 64 MiB, the most Timeline Explorer reads";

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final JsonFactory factory = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxDocumentLength(MAX_BYTES)
                    .maxTokenCount(MAX_VALUES)
                    .build())
            .build();

    /** Reads the file at {@code file}; a file that cannot be read is reported as a problem. */
    public LoadResult read(Path file) {
        String name = file.toString();
        try {
            if (Files.size(file) > MAX_BYTES) {
                return LoadResult.failed(name, wholeFile(TOO_LARGE));
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, name);
            }
        } catch (IOException e) {
            return unreadable(name, e);
        }
    }

    /** The result for a file that could not be read at all, with the reason in plain words. */
    static LoadResult unreadable(String name, IOException e) {
        String reason = e instanceof NoSuchFileException ? "there is no such file"
                : e instanceof AccessDeniedException ? "the file may not be read (permission denied)"
                : "the file cannot be read: " + e.getMessage();
        return LoadResult.failed(name, wholeFile(reason));
    }

    /**
     * Reads a dataset from {@code in}, which stays open. At most {@value #MAX_BYTES} bytes are read, plus one to
     * tell that there are more; a stream that fails is reported as a problem.
     *
     * @param sourceName what to call the source in the result, such as a file name
     */
    public LoadResult read(InputStream in, String sourceName) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            return LoadResult.failed(sourceName, wholeFile("the data cannot be read: " + e.getMessage()));
        }
        return read(bytes, sourceName);
    }

    /**
     * Reads a dataset from the UTF-8 bytes of a file; a leading byte order mark is allowed.
     *
     * @param sourceName what to call the source in the result, such as a file name
     */
    public LoadResult read(byte[] bytes, String sourceName) {
        if (bytes.length > MAX_BYTES) {
            return LoadResult.failed(sourceName, wholeFile(TOO_LARGE));
        }
        int start = startsWithBom(bytes) ? BOM.length : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer text = CharBuffer.allocate(bytes.length - start);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(in, text, true);
        if (!result.isError()) {
            result = decoder.flush(text);
        }
        if (result.isError()) {
            return LoadResult.failed(sourceName, notUtf8(in.position(), text));
        }
        ProblemList problems = new ProblemList();
        DatasetValidator validator = new DatasetValidator(problems);
        Optional<Dataset> dataset = JsonTreeReader.read(text.array(), text.position(), factory, problems, validator)
                .flatMap(validator::validate);
        // Problems name values by path; where those values are in the text is looked up only now, for the few named.
        List<Problem> found = problems.toList(
                paths -> JsonTreeReader.locate(text.array(), text.position(), factory, paths));
        return new LoadResult(sourceName, dataset.orElse(null), found);
    }

    /**
     * Reads the dataset that ships with the app, {@value #BUNDLED_RESOURCE}.
     *
     * @throws IllegalStateException when the resource is missing from the build, which is a packaging mistake
     */
    public LoadResult readBundled() {
        try (InputStream in = DatasetReader.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled dataset " + BUNDLED_RESOURCE + " is not on the classpath");
            }
            return read(in, BUNDLED_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("closing the bundled dataset failed", e);
        }
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= BOM.length && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
    }

    /** Points at the first byte that is not UTF-8, by byte offset in the file and by line and column. */
    private static Problem notUtf8(int offset, CharBuffer decodedBefore) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < decodedBefore.position(); i++) {
            if (decodedBefore.get(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Problem(Problem.Severity.ERROR, line, column, Problem.WHOLE_FILE,
                "the text is not valid UTF-8 at byte " + offset + " of the file: save the file with the UTF-8 encoding");
    }

    static Problem wholeFile(String message) {
        return Problem.error(JsonLocation.NA, Problem.WHOLE_FILE, message);
    }
}
