package org.timelineexplorer.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A yearly series of figures with its unit and source, such as US troops in Iraq. */
public record FigureSeries(String id, String title, String unit, ChartStyle style, Source source,
                           List<FigurePoint> points) {

    public FigureSeries {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(source, "source");
        unit = unit == null ? "" : unit;
        points = List.copyOf(points);
    }

    public Optional<FigurePoint> pointFor(int year) {
        return points.stream().filter(p -> p.year() == year).findFirst();
    }
}
