package org.timelineexplorer.io;

import org.junit.jupiter.api.Test;
import org.timelineexplorer.model.Dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The dataset that ships with the app must always open cleanly, whatever its content becomes. */
class DatasetReaderBundledTest {

    @Test
    void theBundledDatasetLoadsWithoutErrors() {
        LoadResult result = new DatasetReader().readBundled();
        assertEquals(java.util.List.of(), result.errors(), () -> String.join("\n",
                result.errors().stream().map(p -> p.format(DatasetReader.BUNDLED_RESOURCE)).toList()));
        Dataset dataset = result.dataset().orElseThrow();
        assertEquals("United States and Iraq since 2003", dataset.title());
        assertFalse(dataset.events().isEmpty());
    }
}
