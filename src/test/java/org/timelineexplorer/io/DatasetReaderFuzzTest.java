package org.timelineexplorer.io;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Feeds thousands of damaged copies of the bundled dataset to the reader: each must either load or come back with
 * at least one error, and none may throw. Every case has its own seed, printed on failure;
 * {@code -Dfuzz.seed=SEED} makes that case the first one run.
 */
class DatasetReaderFuzzTest {

    private static final int CASES = 3_000;
    private static final long BASE_SEED = Long.getLong("fuzz.seed", 20_260_101L);
    private static final byte[] SPECIALS = "\"{}[],:0123456789-.e".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SORTED_SPECIALS = sorted(SPECIALS);
    private static final String[] ODD_VALUES = {
            "1e999999", "-1e999999", "1e9999999999", "-1e-9999999999", "9".repeat(150), "123456789012345678901234567890", "-0.000001", "NaN",
            "\"2003-02-30\"", "\"\"", "null", "true", "[]", "{}", "\"" + "x".repeat(DatasetReader.MAX_STRING_LENGTH + 1) + "\"",
            "[".repeat(DatasetReader.MAX_DEPTH + 5) + "]".repeat(DatasetReader.MAX_DEPTH + 5),
            "{\"a\":".repeat(DatasetReader.MAX_DEPTH + 5) + "1" + "}".repeat(DatasetReader.MAX_DEPTH + 5),
    };

    private static byte[] sorted(byte[] bytes) {
        byte[] sorted = bytes.clone();
        Arrays.sort(sorted);
        return sorted;
    }

    private final DatasetReader reader = new DatasetReader();

    @Test
    void damagedFilesEitherLoadOrReportAnErrorAndNeverThrow() throws IOException {
        byte[] original;
        try (InputStream in = DatasetReaderFuzzTest.class.getResourceAsStream(DatasetReader.BUNDLED_RESOURCE)) {
            assertNotNull(in, "the bundled dataset is on the test classpath");
            original = in.readAllBytes();
        }
        int loaded = 0;
        for (int i = 0; i < CASES; i++) {
            long seed = BASE_SEED + i;
            byte[] damaged = mutate(original, new Random(seed));
            try {
                LoadResult result = reader.read(damaged, "fuzz.json");
                check(result);
                loaded += result.isLoaded() ? 1 : 0;
            } catch (Throwable e) {
                fail("case with seed " + seed + " (-Dfuzz.seed=" + seed + " replays it first): " + e, e);
            }
        }
        // If nearly everything loaded, the mutations would be too weak to test anything.
        assertTrue(loaded < CASES / 2, "only " + loaded + " of " + CASES + " damaged files should load");
    }

    private static void check(LoadResult result) {
        assertEquals(result.isLoaded(), result.dataset().isPresent());
        assertEquals(result.isLoaded(), result.errors().isEmpty());
        for (Problem problem : result.problems()) {
            String line = problem.format("fuzz.json");
            assertFalse(line.contains("\n") || line.contains("\r"), "a problem fits on one line: " + line);
            assertTrue(problem.line() >= 0 && problem.column() >= 0, line);
            assertFalse(problem.message().isBlank(), line);
        }
    }

    /** One to three random kinds of damage, each at a random place. */
    private static byte[] mutate(byte[] bytes, Random random) {
        byte[] result = bytes;
        int rounds = 1 + random.nextInt(3);
        for (int r = 0; r < rounds && result.length > 0; r++) {
            int at = random.nextInt(result.length);
            result = switch (random.nextInt(9)) {
                case 0 -> flipBit(result, at, random);
                case 1 -> splice(result, at, 0, randomAscii(random, 1 + random.nextInt(4)));
                case 2 -> splice(result, at, Math.min(result.length - at, 1 + random.nextInt(20)), new byte[0]);
                case 3 -> Arrays.copyOf(result, at);
                case 4 -> duplicateChunk(result, at, random);
                case 5 -> swapSpecial(result, random);
                case 6, 7 -> replaceValue(result, random, ODD_VALUES[random.nextInt(ODD_VALUES.length)]);
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
