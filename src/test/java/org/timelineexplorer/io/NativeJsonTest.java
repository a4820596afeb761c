package org.timelineexplorer.io;

import org.junit.jupiter.api.Test;
import org.timelineexplorer.model.Dataset;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The native writer: what it writes reads back as the same dataset, and writes again byte for byte the same. */
class NativeJsonTest {

    @Test
    void everyFieldAndDateFormReadsBackEqual() {
        Dataset original = EveryField.dataset();
        byte[] written = NativeJson.bytes(original);
        Dataset again = EveryField.read(written, "again.json");
        assertEquals(original, again);
        assertArrayEquals(written, NativeJson.bytes(again));
    }

    @Test
    void theBundledDatasetWritesBackToTheSameDataset() {
        Dataset bundled = new DatasetReader().readBundled().dataset().orElseThrow();
        byte[] written = NativeJson.bytes(bundled);
        assertEquals(bundled, EveryField.read(written, "bundled.json"));
        assertArrayEquals(written, NativeJson.bytes(EveryField.read(written, "bundled.json")));
    }

    @Test
    void theLayoutIsTwoSpacesFieldsInTheTablesOrderAndANewlineAtTheEnd() {
        String json = new String(NativeJson.bytes(EveryField.dataset()), StandardCharsets.UTF_8);
        assertTrue(json.startsWith("{\n  \"format\": \"timeline-explorer/1\",\n  \"title\": "), json);
        assertTrue(json.endsWith("}\n"), json);
        assertTrue(json.contains("\n    {\n      \"id\": \"caesar\",\n      \"date\": \"44-03-15 BC\",\n"
                + "      \"end\": \"c. 44-03-16 BC\",\n      \"display\": \"The Ides of March\",\n"), json);
        assertTrue(json.contains("\"date\": \"2020-01-03T00:52+03:00\""), json);
        assertTrue(json.contains("\"year\": \"500 BC\""), json);
        assertTrue(json.contains("\"value\": 6143.5"), json);
        assertTrue(json.contains("\"eraStyle\": \"BCE/CE\""), json);
    }

    @Test
    void anEmptyTimelineIsWrittenAsOne() {
        Dataset empty = new Dataset("New timeline", "", "", java.util.List.of(), java.util.List.of(),
                java.util.List.of());
        String json = new String(NativeJson.bytes(empty), StandardCharsets.UTF_8);
        assertEquals("{\n  \"format\": \"timeline-explorer/1\",\n  \"title\": \"New timeline\",\n  \"eras\": [],\n"
                + "  \"events\": []\n}\n", json);
        assertEquals(empty, EveryField.read(json.getBytes(StandardCharsets.UTF_8), "empty.json"));
    }
}
