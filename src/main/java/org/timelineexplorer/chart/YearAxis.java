package org.timelineexplorer.chart;

import javafx.scene.chart.ValueAxis;
import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.model.EraStyle;
import org.timelineexplorer.model.HistoricalDate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The chart's axis of years. Its values are astronomical years (0 is 1 BC, −499 is 500 BC), so that the years run on
 * without a gap where the calendar has no year 0; its ticks sit on round years as historians count them (500 BC,
 * AD 1, 100, 200), and its labels say "500 BC", never "−499".
 */
final class YearAxis extends ValueAxis<Number> {

    private double tickUnit = 1;
    private boolean rightToLeft;

    /** The years between ticks: 1, 2, 5, 10, … 5000. */
    void setTickUnit(double unit) {
        tickUnit = Math.max(1, Math.rint(unit));
        requestAxisLayout();
    }

    /** Whether later years lie further left: every position on the axis is then mirrored across its width. */
    void setRightToLeft(boolean value) {
        rightToLeft = value;
        requestAxisLayout();
    }

    boolean isRightToLeft() {
        return rightToLeft;
    }

    /** The position of a value, mirrored where years run right to left: ticks, labels and the plot all take it. */
    @Override
    public double getDisplayPosition(Number value) {
        double x = super.getDisplayPosition(value);
        return rightToLeft ? getWidth() - x : x;
    }

    @Override
    public Number getValueForDisplay(double displayPosition) {
        return super.getValueForDisplay(rightToLeft ? getWidth() - displayPosition : displayPosition);
    }

    /** Where a year (negative for BC, never 0) lies on the axis. */
    static double position(long year) {
        return year < 0 ? year + 1 : year;
    }

    /** The year (negative for BC) at a whole position of the axis. */
    static long yearAt(long position) {
        return position <= 0 ? position - 1 : position;
    }

    /** "500 BC", "79", "2007"; "٢٠٠٧" in Iraq's digits: the year at a whole position, as {@code locale} writes it. */
    static String label(long position, Locale locale) {
        return HistoricalDate.yearText(yearAt(position), EraStyle.BC_AD, locale);
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
        return getTickLabelFormatter() != null ? getTickLabelFormatter().toString(value) : label(Math.round(value.doubleValue()), Messages.locale());
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
        if (rightToLeft) {
            // Left to right on screen, as Axis expects when it hides labels that would overlap their neighbours.
            Collections.reverse(ticks);
        }
        return ticks;
    }
}
