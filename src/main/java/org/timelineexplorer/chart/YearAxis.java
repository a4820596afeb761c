package org.timelineexplorer.chart;

import javafx.scene.chart.ValueAxis;
import org.timelineexplorer.model.EraStyle;
import org.timelineexplorer.model.HistoricalDate;

import java.util.ArrayList;
import java.util.List;

/**
 * The chart's axis of years. Its values are astronomical years (0 is 1 BC, −499 is 500 BC), so that the years run on
 * without a gap where the calendar has no year 0; its ticks sit on round years as historians count them (500 BC,
 * AD 1, 100, 200), and its labels say "500 BC", never "−499".
 */
final class YearAxis extends ValueAxis<Number> {

    private double tickUnit = 1;

    /** The years between ticks: 1, 2, 5, 10, … 5000. */
    void setTickUnit(double unit) {
        tickUnit = Math.max(1, Math.rint(unit));
        requestAxisLayout();
    }

    /** Where a year (negative for BC, never 0) lies on the axis. */
    static double position(long year) {
        return year < 0 ? year + 1 : year;
    }

    /** The year (negative for BC) at a whole position of the axis. */
    static long yearAt(long position) {
        return position <= 0 ? position - 1 : position;
    }

    /** "500 BC", "79", "2007". */
    static String label(long position) {
        return HistoricalDate.yearText(yearAt(position), EraStyle.BC_AD);
    }

    @Override
    protected Object getRange() {
        return new double[] {getLowerBound(), getUpperBound(), tickUnit, getScale()};
    }

    @Override
    protected void setRange(Object range, boolean animate) {
        double[] bounds = (double[]) range;
        setLowerBound(bounds[0]);
        setUpperBound(bounds[1]);
        tickUnit = bounds[2];
        currentLowerBound.set(bounds[0]);
        setScale(bounds[3]);
    }

    @Override
    protected List<Number> calculateMinorTickMarks() {
        return List.of();
    }

    @Override
    protected String getTickMarkLabel(Number value) {
        return getTickLabelFormatter() != null ? getTickLabelFormatter().toString(value) : label(Math.round(value.doubleValue()));
    }

    @Override
    protected List<Number> calculateTickValues(double length, Object range) {
        double[] bounds = (double[]) range;
        double lower = bounds[0];
        double upper = bounds[1];
        long unit = Math.max(1, Math.round(bounds[2]));
        List<Number> ticks = new ArrayList<>();
        long first = Math.floorDiv(yearAt((long) Math.ceil(lower)), unit);
        for (long k = first; ticks.size() < 10_000; k++) {
            long year = k * unit;
            if (year == 0) {
                continue;
            }
            double at = position(year);
            if (at > upper) {
                break;
            }
            if (at >= lower) {
                ticks.add(at);
            }
        }
        return ticks;
    }
}
