package org.timelineexplorer.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A yearly series of figures with its unit and source, such as US troops in Iraq.
 *
 * @param estimates published totals over several years of what the series counts year by year (Iraqi deaths from
 *                  2003 to 2006 by a survey, say), shown apart from the yearly figures because they are on another
 *                  scale and count in other ways; often empty
 * @param extras    the fields of the file's series the app does not know, kept for saving
 */
public record FigureSeries(String id, String title, String unit, ChartStyle style, Source source,
                           List<FigurePoint> points, List<Estimate> estimates, Extras extras) {

    public FigureSeries {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(source, "source");
        unit = unit == null ? "" : unit;
        points = List.copyOf(points);
        estimates = List.copyOf(estimates == null ? List.of() : estimates);
        extras = Extras.orNone(extras);
    }

    public FigureSeries(String id, String title, String unit, ChartStyle style, Source source,
                        List<FigurePoint> points, List<Estimate> estimates) {
        this(id, title, unit, style, source, points, estimates, Extras.NONE);
    }

    /** A series without estimates. */
    public FigureSeries(String id, String title, String unit, ChartStyle style, Source source,
                        List<FigurePoint> points) {
        this(id, title, unit, style, source, points, List.of(), Extras.NONE);
    }

    public Optional<FigurePoint> pointFor(int year) {
        return points.stream().filter(p -> p.year() == year).findFirst();
    }

    /** Whether some figure is an authorised or announced level rather than a count (see {@link FigurePoint}). */
    public boolean hasAnnouncedPoints() {
        return points.stream().anyMatch(FigurePoint::announced);
    }
}
