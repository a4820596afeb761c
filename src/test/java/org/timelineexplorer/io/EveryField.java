package org.timelineexplorer.io;

import org.timelineexplorer.model.Dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A dataset that uses every field of the format and every form of date, for the round trips through each writer. */
final class EveryField {

    private EveryField() {
    }

    static byte[] bytes() {
        try (InputStream in = EveryField.class.getResourceAsStream("every-field.json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Dataset dataset() {
        return read(bytes(), "every-field.json");
    }

    /** Reads {@code bytes} named {@code name}, failing the test on any problem. */
    static Dataset read(byte[] bytes, String name) {
        LoadResult result = new DatasetReader().read(bytes, name);
        assertEquals(List.of(), result.problems());
        return result.dataset().orElseThrow();
    }
}
