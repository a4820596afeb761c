package org.timelineexplorer.model;

import java.util.Objects;

/**
 * A named period, drawn as a coloured band.
 *
 * @param color a CSS hex colour such as {@code #0072B2}, kept as text because the model knows nothing of the
 *              scene graph
 * @param extras the fields of the file's era the app does not know, kept for saving
 */
public record Era(String id, String title, String summary, HistoricalDate start, HistoricalDate end, String color,
                  Extras extras) {

    public Era {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(color, "color");
        summary = summary == null ? "" : summary;
        extras = Extras.orNone(extras);
    }

    public Era(String id, String title, String summary, HistoricalDate start, HistoricalDate end, String color) {
        this(id, title, summary, start, end, color, Extras.NONE);
    }

    public TimeRange range() {
        return TimeRange.covering(start, end);
    }
}
