package org.timelineexplorer.io;

import org.timelineexplorer.i18n.Messages;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import org.timelineexplorer.model.Dataset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a dataset from the bytes of a file in any format the app opens, every format the same way: strict UTF-8,
 * then JSON read within the same limits with duplicate keys reported, then the format's own mapping into the model
 * (the format is told by the file's shape, see {@link JsonFormat}). Every problem comes with its line, column and
 * path, in plain words, so that a teacher sees all that is wrong with a file at once. Files on disk come here
 * through {@link DatasetOpener}. A source whose name ends in {@code .csv} is a spreadsheet, read by
 * {@link Spreadsheet} within the same limits.
 *
 * <p>Reading never throws for a bad file: whatever the bytes, the answer is a {@link LoadResult} holding either a
 * whole dataset or at least one error. Malformed JSON stops the reading at the first syntax error, since nothing
 * after it can be trusted; every other problem is collected in the same pass.
 *
 * <p>A hostile file cannot exhaust memory: files over {@value #MAX_BYTES} bytes (64 MiB) are refused before
 * they are read in full, data may nest at most {@value #MAX_DEPTH} levels deep, a text may hold at most
 * {@value #MAX_STRING_LENGTH} characters and a number at most {@value #MAX_NUMBER_LENGTH} characters, and a
 * file may hold at most {@value #MAX_VALUES} values.
 *
 * <p>Instances are immutable and may be shared between threads.
 */
public final class DatasetReader {

    private static final Messages WORDS = Messages.of(DatasetReader.class);

    /** The problem of a file past {@link #MAX_BYTES}, said before reading it or when a stream grows past it. */
    static String tooLarge() {
        return WORDS.text("file.tooLarge");
    }

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
    /** The classpath resource holding the dataset the app opens when asked for no other; see {@link BundledDataset}. */
    public static final String BUNDLED_RESOURCE = "/data/us-iraq-since-2003.json";


    /** The shares of the work: reading the bytes, then parsing and checking; locating problems takes the rest. */
    private static final double READ_SHARE = 0.1;
    private static final double PARSE_SHARE = 0.85;

    /** A file name's extension, which a title made from the name leaves out. */
    private static final Pattern EXTENSION = Pattern.compile("\\.[A-Za-z0-9]{1,5}$");

    private final JsonFactory factory = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxDocumentLength(MAX_BYTES)
                    .maxTokenCount(MAX_VALUES)
                    .build())
            .build();

    /**
     * Reads a dataset from {@code in}, which stays open. At most {@value #MAX_BYTES} bytes are read, plus one to
     * tell that there are more; a stream that fails is reported as a problem.
     *
     * @param sourceName what to call the source in the result, such as a file name
     */
    public LoadResult read(InputStream in, String sourceName) {
        try {
            return read(in, -1, sourceName, OpeningProgress.NONE);
        } catch (IOException e) {
            return LoadResult.failed(sourceName, wholeFile(WORDS.text("data.unreadable", e.getMessage())));
        }
    }

    /**
     * Reads a dataset from the bytes of a file, in UTF-8; a leading byte order mark is allowed.
     *
     * @param sourceName what to call the source in the result, such as a file name
     */
    public LoadResult read(byte[] bytes, String sourceName) {
        try {
            return read(new ByteArrayInputStream(bytes), bytes.length, sourceName, OpeningProgress.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException("reading an array cannot fail", e);
        }
    }

    /**
     * Reads the dataset that ships with the app and opens when nothing else is asked for, {@value #BUNDLED_RESOURCE}.
     *
     * @throws IllegalStateException when the resource is missing from the build, which is a packaging mistake
     */
    public LoadResult readBundled() {
        return read(BundledDataset.US_IRAQ, OpeningProgress.NONE);
    }

    /**
     * Reads a dataset that ships with the app, the same way as a file on disk, telling {@code progress} how far it
     * has got.
     *
     * @throws IllegalStateException when the resource is missing from the build, which is a packaging mistake
     * @throws java.util.concurrent.CancellationException when {@code progress} says the dataset is no longer wanted
     */
    public LoadResult read(BundledDataset bundled, OpeningProgress progress) {
        try (InputStream in = DatasetReader.class.getResourceAsStream(bundled.resource())) {
            if (in == null) {
                throw new IllegalStateException(
                        "the bundled dataset " + bundled.resource() + " is not on the classpath");
            }
            return read(in, -1, bundled.resource(), progress);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the bundled dataset " + bundled.resource() + " failed", e);
        }
    }

    /**
     * The one way every source is read.
     *
     * @param expectedBytes the size of the source when known, else -1: it sizes the text and measures progress
     * @param sourceName    what to call the source in the result; its last part, less its extension, is the title
     *                      of a dataset whose file names none (a TimelineJS file without a title slide)
     * @throws IOException when {@code in} fails
     * @throws java.util.concurrent.CancellationException when {@code progress} says the dataset is no longer wanted
     */
    LoadResult read(InputStream in, long expectedBytes, String sourceName, OpeningProgress progress)
            throws IOException {
        if (Spreadsheet.isSpreadsheet(sourceName)) {
            return Spreadsheet.read(in, sourceName, titleFrom(sourceName), progress);
        }
        Utf8.Outcome decoded = Utf8.read(in, expectedBytes, MAX_BYTES, tooLarge(), progress.part(0, READ_SHARE));
        if (decoded.problem() != null) {
            return LoadResult.failed(sourceName, decoded.problem());
        }
        char[] text = decoded.text().chars();
        int length = decoded.text().length();
        ProblemList problems = new ProblemList();
        JsonFormat format = JsonFormat.of(text, length, factory);
        JsonMapper mapper = format.mapper(problems, titleFrom(sourceName));
        Optional<Dataset> dataset = JsonTreeReader.read(text, length, factory, problems, mapper,
                        progress.part(READ_SHARE, READ_SHARE + PARSE_SHARE))
                .flatMap(mapper::map);
        // Problems name values by path; where those values are in the text is looked up only now, for the few named.
        List<Problem> found = problems.toList(paths -> JsonTreeReader.locate(text, length, factory, paths));
        progress.update(1);
        return new LoadResult(sourceName, dataset.orElse(null), found, format == JsonFormat.NATIVE);
    }

    /** The last part of {@code sourceName} without its extension: {@code /a/Iraq.json} gives {@code Iraq}. */
    static String titleFrom(String sourceName) {
        String name = sourceName.substring(Math.max(sourceName.lastIndexOf('/'), sourceName.lastIndexOf('\\')) + 1);
        String title = EXTENSION.matcher(name).replaceFirst("").strip();
        return title.isEmpty() ? "Imported timeline" : title;
    }

    static Problem wholeFile(String message) {
        return new Problem(Problem.Severity.ERROR, 0, 0, Problem.WHOLE_FILE, message);
    }
}
