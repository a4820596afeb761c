package org.timelineexplorer.chart;

import org.timelineexplorer.model.EraStyle;
import org.timelineexplorer.model.FigurePoint;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.FigureSeries;

import java.text.NumberFormat;
import java.util.Locale;

/** How figures are written for a reader: whole numbers with grouped thousands, "165,000 troops (2007)". */
public final class FigureFormat {

    private FigureFormat() {
    }

    /** {@code 165000} as "165,000", whatever the default locale, so that the classroom sees one notation. */
    public static String number(double value) {
        NumberFormat format = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        format.setGroupingUsed(true);
        return format.format(Math.round(value));
    }

    /** "165,000 troops (2007)": the short label of an annotated point. */
    public static String annotation(FigureSeries series, FigurePoint point) {
        String unit = series.unit().isBlank() ? "" : " " + series.unit();
        return number(point.value()) + unit + " (" + HistoricalDate.yearText(point.year(), EraStyle.BC_AD) + ")";
    }

    /** Year, value, note and source, one per line: the tooltip and accessible text of a point. */
    public static String describe(FigureSeries series, FigurePoint point) {
        StringBuilder text = new StringBuilder()
                .append(HistoricalDate.yearText(point.year(), EraStyle.BC_AD)).append(": ").append(number(point.value()));
        if (!series.unit().isBlank()) {
            text.append(' ').append(series.unit());
        }
        if (point.note() != null && !point.note().isBlank()) {
            text.append('\n').append(point.note());
        }
        text.append("\nSource: ").append(series.source().name());
        return text.toString();
    }
}
