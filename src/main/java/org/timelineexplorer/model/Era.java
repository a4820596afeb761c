package org.timelineexplorer.model;

import java.util.Objects;

/**
 * A named period, drawn as a coloured band.
 *
 * @param color a CSS hex colour such as {@code #0072B2}, kept as text because the model knows nothing of the
 *              scene graph
 */
public record Era(String id, String title, String summary, HistoricalDate start, HistoricalDate end, String color) {

    public Era {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(color, "color");
        summary = summary == null ? "" : summary;
    }

    public TimeRange range() {
        return TimeRange.covering(start, end);
    }
}
