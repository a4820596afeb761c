package org.timelineexplorer.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one list of bundled datasets: every entry is in the build, under the title its file gives itself. */
class BundledDatasetListTest {

    @Test
    void everyBundledDatasetIsInTheBuildUnderItsOwnTitleAndAUniqueId() throws IOException {
        Set<String> ids = new HashSet<>();
        for (BundledDataset bundled : BundledDataset.ALL) {
            assertTrue(BundledDataset.ID.matcher(bundled.id()).matches() && ids.add(bundled.id()), bundled.id());
            try (InputStream in = BundledDataset.class.getResourceAsStream(bundled.resource())) {
                assertNotNull(in, bundled.resource() + " is in the build");
                assertEquals(bundled.title(), new ObjectMapper().readTree(in).get("title").asText(),
                        "the Examples menu shows the file's own title");
            }
            assertEquals(bundled, BundledDataset.byId(bundled.id()).orElseThrow());
        }
        assertTrue(BundledDataset.byId("iraq-ages").isEmpty());
    }

    @Test
    void theFirstBundledDatasetOpensAsTheDefaultDoes() {
        LoadResult result = new DatasetReader().read(BundledDataset.US_IRAQ, OpeningProgress.NONE);
        assertTrue(result.isLoaded(), () -> result.problems().toString());
        assertEquals(BundledDataset.US_IRAQ.title(), result.dataset().orElseThrow().title());
        assertEquals(DatasetReader.BUNDLED_RESOURCE, result.source());
        assertEquals(result.dataset().orElseThrow().events().size(),
                new DatasetReader().readBundled().dataset().orElseThrow().events().size());
    }
}
