package org.timelineexplorer.io;

import com.fasterxml.jackson.databind.JsonNode;
import org.timelineexplorer.model.Dataset;

import java.util.Optional;

/**
 * What one JSON format adds to the reading every JSON file gets (limits, duplicate keys, located problems): how its
 * values become the model. A mapper may take the items of a large list as they are read (see
 * {@link JsonTreeReader.ListTaker}), so that the tree never holds them all; it reports problems by path, and the
 * reader finds their lines and columns.
 */
interface JsonMapper extends JsonTreeReader.ListTaker {

    /**
     * The dataset from the file's root value, or empty when the file has an error, which is then among the
     * problems. Called once, after the whole file is read.
     */
    Optional<Dataset> map(JsonNode root);
}
