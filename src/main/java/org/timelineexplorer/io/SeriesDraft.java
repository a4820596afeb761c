package org.timelineexplorer.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.timelineexplorer.model.ChartStyle;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.EraStyle;
import org.timelineexplorer.model.Estimate;
import org.timelineexplorer.model.FigurePoint;
import org.timelineexplorer.model.FigureSeries;
import org.timelineexplorer.model.HistoricalDate;

import java.util.List;
import java.util.Locale;

/**
 * A figures series as a teacher types it into a form: its title, unit, chart style and source, and its points as
 * rows of a year ({@code 2007} or {@code 500 BC}) and a value. It is checked by the loader itself (see
 * {@link Drafts}), as the one series of a file with the open dataset's way of naming years.
 *
 * @param estimates kept as they are: the form does not edit them
 */
public record SeriesDraft(String id, String title, String unit, ChartStyle style, String sourceName,
                          String sourceUrl, List<PointDraft> points, List<Estimate> estimates) {

    /** One row of the points as typed; {@code highlight} and {@code announced} as {@link FigurePoint} has them. */
    public record PointDraft(String year, String value, String note, boolean highlight, boolean announced) {

        static PointDraft of(FigurePoint point) {
            return new PointDraft(HistoricalDate.yearText(point.year(), EraStyle.BC_AD),
                    Drafts.numberText(point.value()), point.note() == null ? "" : point.note(), point.highlighted(),
                    point.announced());
        }
    }

    private static final String SERIES_PATH = "series[0]";

    public SeriesDraft {
        points = List.copyOf(points);
        estimates = List.copyOf(estimates);
    }

    /** The form filled with {@code series}. */
    public static SeriesDraft of(FigureSeries series) {
        return new SeriesDraft(series.id(), series.title(), series.unit(), series.style(), series.source().name(),
                series.source().url().toString(), series.points().stream().map(PointDraft::of).toList(),
                series.estimates());
    }

    /** Checks the draft as a series of {@code context}. */
    public Drafts.Checked<FigureSeries> check(Dataset context) {
        ObjectNode file = Drafts.frame(context, false);
        ObjectNode series = Drafts.item(file, "series", id, title);
        Drafts.putIfGiven(series, "unit", unit);
        series.put("style", style.name().toLowerCase(Locale.ROOT));
        series.putObject("source").put("name", sourceName.strip()).put("url", sourceUrl.strip());
        Drafts.rows(series, "points", points, (point, row) -> {
            Drafts.putNumber(row, "year", point.year());
            Drafts.putNumber(row, "value", point.value());
            Drafts.putIfGiven(row, "note", point.note());
            if (point.highlight()) {
                row.put("highlight", true);
            }
            if (point.announced()) {
                row.put("announced", true);
            }
        });
        // The estimates were checked when they were read, and the form does not change them.
        return Drafts.read(file, SERIES_PATH, dataset -> {
            FigureSeries read = dataset.series().get(0);
            return new FigureSeries(read.id(), read.title(), read.unit(), read.style(), read.source(), read.points(),
                    estimates);
        });
    }
}
