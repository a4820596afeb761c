package org.timelineexplorer.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.TimelineEvent;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Feeds thousands of damaged copies of a real file of each format to the opener, as files on disk, and checks what
 * a teacher would be let down by: a file that is not strict UTF-8 or not valid JSON (as a second, independent parser
 * judges it) that opens anyway; a problem without its place in the file, or placed outside it; Jackson's wording
 * instead of ours; a different answer for the same bytes; or an opened dataset whose ids the format would refuse.
 * Every case has its own seed, printed on failure; {@code -Dfuzz.seed=SEED} makes that case the first one run.
 */
class DatasetReaderFuzzTest {

    private static final int CASES = 2_500;
    private static final long BASE_SEED = Long.getLong("fuzz.seed", 20_260_101L);
    private static final byte[] SPECIALS = "\"{}[],:0123456789-.e".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SORTED_SPECIALS = sorted(SPECIALS);
    private static final String[] ODD_VALUES = {
            "1e999999", "-1e999999", "1e9999999999", "-1e-9999999999", "9".repeat(150), "123456789012345678901234567890", "-0.000001", "NaN",
            "\"2003-02-30\"", "\"\"", "null", "true", "[]", "{}", "\"" + "x".repeat(DatasetReader.MAX_STRING_LENGTH + 1) + "\"",
            "[".repeat(DatasetReader.MAX_DEPTH + 5) + "]".repeat(DatasetReader.MAX_DEPTH + 5),
            "{\"a\":".repeat(DatasetReader.MAX_DEPTH + 5) + "1" + "}".repeat(DatasetReader.MAX_DEPTH + 5),
            "\"<p>a &amp; b &#x110000; &#0; &bogus;</p>\"", "-13800000000", "\"-13800000000\"", "\" 07 \"",
            "{\"year\": \"2001\", \"year\": \"1999\"}", "\"https:// x\"",
    };
    /** Jackson's own words, which a teacher must never see. */
    private static final Pattern JACKSON_WORDS = Pattern.compile(
            "(?i)jackson|StreamReadConstraints|com\\.fasterxml|was expecting|Unexpected (character|end-of-input|close)"
                    + "|\\(code \\d+\\)|token|not valid JSON:");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

    /** An independent judge of JSON: Jackson's own tree reader, strict about duplicates, with no limits of ours. */
    private static final ObjectMapper STRICT_JSON = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    static {
        STRICT_JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(Integer.MAX_VALUE).maxStringLength(Integer.MAX_VALUE)
                .maxNumberLength(Integer.MAX_VALUE).build());
    }

    private static byte[] sorted(byte[] bytes) {
        byte[] sorted = bytes.clone();
        Arrays.sort(sorted);
        return sorted;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {DatasetReader.BUNDLED_RESOURCE, "/org/timelineexplorer/io/timelinejs-sample.json"})
    void damagedFilesOpenOnlyWhenSoundAndEveryProblemIsPlacedInPlainWords(String original, @TempDir Path dir)
            throws IOException {
        byte[] bytes;
        try (InputStream in = DatasetReaderFuzzTest.class.getResourceAsStream(original)) {
            assertNotNull(in, original + " is on the test classpath");
            bytes = in.readAllBytes();
        }
        LoadResult undamaged = DatasetOpener.open(Files.write(dir.resolve("undamaged.json"), bytes));
        assertTrue(undamaged.isLoaded(), () -> original + " itself opens: " + undamaged.errors());
        Path file = dir.resolve("damaged.json");
        int loaded = 0;
        for (int i = 0; i < CASES; i++) {
            long seed = BASE_SEED + i;
            byte[] damaged = mutate(bytes, new Random(seed));
            try {
                Files.write(file, damaged);
                LoadResult result = DatasetOpener.open(file);
                check(damaged, result);
                assertEquals(result.problems(), DatasetOpener.open(file).problems(), "the same bytes, the same answer");
                loaded += result.isLoaded() ? 1 : 0;
            } catch (Throwable e) {
                fail(original + ", case with seed " + seed + " (-Dfuzz.seed=" + seed + " replays it first): " + e, e);
            }
        }
        // If nearly everything loaded, the mutations would be too weak to test anything.
        assertTrue(loaded < CASES / 2, "only " + loaded + " of " + CASES + " damaged files should load");
        assertTrue(loaded > 0, "some damage is harmless (a changed letter in a text): " + loaded + " loaded");
    }

    private static void check(byte[] bytes, LoadResult result) {
        String text = strictUtf8(bytes);
        if (result.isLoaded()) {
            assertNotNull(text, "a file that is not UTF-8 never opens");
            assertTrue(isStrictJson(text), "a file that is not valid JSON (or has a duplicate key) never opens");
            checkIds(result.dataset().orElseThrow());
        }
        List<String> lines = (text != null ? text : new String(bytes, StandardCharsets.UTF_8)).lines().toList();
        for (Problem problem : result.problems()) {
            String line = problem.format("fuzz.json");
            assertFalse(line.contains("\n") || line.contains("\r"), "a problem fits on one line: " + line);
            assertFalse(problem.message().isBlank(), line);
            assertFalse(JACKSON_WORDS.matcher(problem.message()).find(), "in our words, not Jackson's: " + line);
            if (problem.message().startsWith("there are more problems than")) {
                continue;
            }
            assertTrue(problem.line() >= 1 && problem.column() >= 1, "every problem has its place: " + line);
            assertTrue(problem.line() <= lines.size() + 1, "the place is in the file: " + line);
            int length = problem.line() <= lines.size() ? lines.get(problem.line() - 1).length() : 0;
            assertTrue(problem.column() <= length + 1, "the place is on its line (" + length + " long): " + line);
        }
    }

    /** What an opened dataset must hold for the app (and, later, saving) to work with it. */
    private static void checkIds(Dataset dataset) {
        Set<String> ids = new HashSet<>();
        for (TimelineEvent event : dataset.events()) {
            assertTrue(ID.matcher(event.id()).matches(), "id " + event.id());
            assertTrue(ids.add(event.id()), "ids are unique: " + event.id());
            assertFalse(event.title().isBlank(), event.id() + " has a title");
        }
        for (Era era : dataset.eras()) {
            assertTrue(ID.matcher(era.id()).matches(), "era id " + era.id());
            assertTrue(COLOUR.matcher(era.color()).matches(), "era colour " + era.color());
        }
    }

    /** The text when {@code bytes} are strict UTF-8 (a byte order mark allowed), else null. */
    private static String strictUtf8(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean isStrictJson(String text) {
        try (JsonParser parser = STRICT_JSON.createParser(text)) {
            STRICT_JSON.readTree(parser);
            return parser.nextToken() == null;
        } catch (IOException e) {
            return false;
        }
    }

    /** One to three random kinds of damage, each at a random place. */
    private static byte[] mutate(byte[] bytes, Random random) {
        byte[] result = bytes;
        int rounds = 1 + random.nextInt(3);
        for (int r = 0; r < rounds && result.length > 0; r++) {
            int at = random.nextInt(result.length);
            result = switch (random.nextInt(10)) {
                case 0 -> flipBit(result, at, random);
                case 1 -> splice(result, at, 0, randomAscii(random, 1 + random.nextInt(4)));
                case 2 -> splice(result, at, Math.min(result.length - at, 1 + random.nextInt(20)), new byte[0]);
                case 3 -> Arrays.copyOf(result, at);
                case 4 -> duplicateChunk(result, at, random);
                case 5 -> swapSpecial(result, random);
                case 6, 7 -> replaceValue(result, random, ODD_VALUES[random.nextInt(ODD_VALUES.length)]);
                case 8 -> changeLetter(result, random);
                default -> splice(result, at, 0, new byte[] {(byte) 0xC3, (byte) 0x28}); // not UTF-8
            };
        }
        return result;
    }

    private static byte[] flipBit(byte[] bytes, int at, Random random) {
        byte[] copy = bytes.clone();
        copy[at] ^= (byte) (1 << random.nextInt(8));
        return copy;
    }

    /** Changes one lower-case letter to another: mostly harmless in a text, fatal in a field name or a keyword. */
    private static byte[] changeLetter(byte[] bytes, Random random) {
        byte[] copy = bytes.clone();
        for (int tries = 0; tries < 100; tries++) {
            int at = random.nextInt(copy.length);
            if (copy[at] >= 'a' && copy[at] <= 'z') {
                copy[at] = (byte) ('a' + random.nextInt(26));
                return copy;
            }
        }
        return copy;
    }

    private static byte[] duplicateChunk(byte[] bytes, int at, Random random) {
        int from = random.nextInt(bytes.length);
        int to = Math.min(bytes.length, from + 1 + random.nextInt(200));
        return splice(bytes, at, 0, Arrays.copyOfRange(bytes, from, to));
    }

    /** ASCII, control characters included: bytes above it would mostly just test the UTF-8 check again. */
    private static byte[] randomAscii(Random random, int count) {
        byte[] bytes = new byte[count];
        for (int i = 0; i < count; i++) {
            bytes[i] = (byte) random.nextInt(128);
        }
        return bytes;
    }

    /** Replaces one of the characters JSON's structure rests on by another. */
    private static byte[] swapSpecial(byte[] bytes, Random random) {
        byte[] copy = bytes.clone();
        for (int tries = 0; tries < 100; tries++) {
            int at = random.nextInt(copy.length);
            if (Arrays.binarySearch(SORTED_SPECIALS, copy[at]) >= 0) {
                copy[at] = SPECIALS[random.nextInt(SPECIALS.length)];
                return copy;
            }
        }
        return copy;
    }

    /** Puts {@code value} in place of the value that follows a random ": ". */
    private static byte[] replaceValue(byte[] bytes, Random random, String value) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int colon = text.indexOf(':', random.nextInt(text.length()));
        if (colon < 0) {
            return bytes;
        }
        int end = colon + 1;
        while (end < text.length() && ",}]\n".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return splice(bytes, colon + 1, end - colon - 1, (" " + value).getBytes(StandardCharsets.ISO_8859_1));
    }

    private static byte[] splice(byte[] bytes, int at, int removed, byte[] inserted) {
        byte[] result = new byte[bytes.length - removed + inserted.length];
        System.arraycopy(bytes, 0, result, 0, at);
        System.arraycopy(inserted, 0, result, at, inserted.length);
        System.arraycopy(bytes, at + removed, result, at + inserted.length, bytes.length - at - removed);
        return result;
    }
}
