package org.timelineexplorer.chart;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Control;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Skin;
import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.model.FigurePoint;
import org.timelineexplorer.model.FigureSeries;
import org.timelineexplorer.model.TimeRange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.IntConsumer;

/**
 * A chart of one yearly {@link FigureSeries}: a level (troops) as a line over an area, a count per year (deaths) as
 * bars, with the value axis labelled with the series' unit and years written as years. On top of the figures it
 * draws a vertical marker at {@link #markerDayProperty() a day} (the selected event), shades
 * {@link #highlightRangeProperty() a range} (the selected era) and labels {@link #annotatedPoints(FigureSeries) the
 * figures a reader should not miss}, and a horizontal line at {@link #levelProperty() a figure} (one being read
 * off the chart). Clicking the plot reports the year under the mouse to {@link #onYearClickedProperty()};
 * {@link #valueAt(double, double)} reads the figure at a height.
 *
 * <p>Style classes: {@code figures-chart} on the control, {@link #colorClass(int) series-color-N} for the series'
 * colour, {@code chart-bar}, {@code chart-series-line}, {@code chart-series-area-fill}, {@code chart-line-symbol},
 * {@code chart-annotation}, {@code chart-marker}, {@code chart-level}, {@code chart-era-shade}. The series is drawn in the looked-up colour
 * {@code -te-series-color}, which {@code series-color-1} to {@code series-color-6} set from a colour-blind-safe
 * palette; {@code -te-chart-background}, {@code -te-chart-text} and {@code -te-chart-grid} colour the rest. The
 * user-agent stylesheet gives all of them light defaults, so the chart needs no other stylesheet; an application
 * restyles it by setting these variables.
 */
public class FiguresChart extends Control {

    /** The palette's size: the series at colour index {@code i} takes colour {@code i mod 6}. */
    public static final int PALETTE_SIZE = 6;
    private static final String COLOR_CLASS_PREFIX = "series-color-";

    private final ObjectProperty<FigureSeries> series = new SimpleObjectProperty<>(this, "series");
    private final IntegerProperty colorIndex = new SimpleIntegerProperty(this, "colorIndex") {
        @Override
        protected void invalidated() {
            getStyleClass().removeIf(styleClass -> styleClass.startsWith(COLOR_CLASS_PREFIX));
            getStyleClass().add(colorClass(get()));
        }
    };
    private final ObjectProperty<Double> markerDay = new SimpleObjectProperty<>(this, "markerDay");
    private final ObjectProperty<Double> level = new SimpleObjectProperty<>(this, "level");
    private final ObjectProperty<TimeRange> highlightRange = new SimpleObjectProperty<>(this, "highlightRange");
    private final StringProperty highlightColor = new SimpleStringProperty(this, "highlightColor", "#888888");
    private final ObjectProperty<IntConsumer> onYearClicked = new SimpleObjectProperty<>(this, "onYearClicked");
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", Messages.locale());
    private final BooleanProperty timeRightToLeft = new SimpleBooleanProperty(this, "timeRightToLeft");

    public FiguresChart() {
        getStyleClass().addAll("figures-chart", colorClass(0));
        setFocusTraversable(false);
        // Never mirrored by a right-to-left scene, which would mirror its labels: see timeRightToLeft.
        setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new FiguresChartSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return FiguresChart.class.getResource("figures-chart.css").toExternalForm();
    }

    /** The series shown, or {@code null} for an empty chart. */
    public ObjectProperty<FigureSeries> seriesProperty() {
        return series;
    }

    public FigureSeries getSeries() {
        return series.get();
    }

    public void setSeries(FigureSeries value) {
        series.set(value);
    }

    /**
     * The series' place among the series it is shown with, usually its index in the dataset (0 for the first): it
     * picks the series' colour, so that a series has the same colour in every chart, toggle and picture. 0 by
     * default.
     */
    public IntegerProperty colorIndexProperty() {
        return colorIndex;
    }

    public int getColorIndex() {
        return colorIndex.get();
    }

    public void setColorIndex(int index) {
        colorIndex.set(index);
    }

    /** The day, in epoch days, where the vertical marker stands; {@code null} for no marker. */
    public ObjectProperty<Double> markerDayProperty() {
        return markerDay;
    }

    public void setMarkerDay(Double day) {
        markerDay.set(day);
    }

    /** The figure, in the series' unit, where a horizontal line crosses the plot; {@code null} for no line. */
    public ObjectProperty<Double> levelProperty() {
        return level;
    }

    public void setLevel(Double value) {
        level.set(value);
    }

    /**
     * The figure at the height of a point in scene coordinates (as a mouse event reports it), read off the value
     * axis; empty when the point is not over the plot or no series is shown.
     */
    public OptionalDouble valueAt(double sceneX, double sceneY) {
        return getSkin() instanceof FiguresChartSkin skin ? skin.valueAt(sceneX, sceneY) : OptionalDouble.empty();
    }

    /** The time range shaded behind the figures (the selected era), or {@code null}. */
    public ObjectProperty<TimeRange> highlightRangeProperty() {
        return highlightRange;
    }

    public void setHighlightRange(TimeRange range) {
        highlightRange.set(range);
    }

    /** The CSS colour of the shading, for example the era's {@code #0072B2}; drawn translucent. */
    public StringProperty highlightColorProperty() {
        return highlightColor;
    }

    public void setHighlightColor(String color) {
        highlightColor.set(color);
    }

    /** Called with the year under the mouse when the plot is clicked. */
    public ObjectProperty<IntConsumer> onYearClickedProperty() {
        return onYearClicked;
    }

    public void setOnYearClicked(IntConsumer handler) {
        onYearClicked.set(handler);
    }

    /**
     * The locale of the figures and years the chart writes ("165,000", "165 000" in French, "١٦٥٬٠٠٠" in Iraq's
     * digits); the language in use when the chart was made ({@link Messages#locale()}) by default.
     */
    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale getLocale() {
        return locale.get() == null ? Messages.locale() : locale.get();
    }

    public void setLocale(Locale value) {
        locale.set(value);
    }

    /**
     * The points labelled on the chart: the series' peak, and every point the dataset marks with
     * {@code "highlight": true}, so that the figures the source article quotes, such as 5,200 troops in 2020, stand
     * out; in year order.
     */
    public static List<FigurePoint> annotatedPoints(FigureSeries series) {
        List<FigurePoint> result = new ArrayList<>();
        if (series == null || series.points().isEmpty()) {
            return result;
        }
        FigurePoint peak = series.points().stream().max(Comparator.comparingDouble(FigurePoint::value)).orElseThrow();
        for (FigurePoint point : series.points()) {
            if (point == peak || point.highlighted()) {
                result.add(point);
            }
        }
        result.sort(Comparator.comparingInt(FigurePoint::year));
        return result;
    }

    /**
     * Whether later years lie further left, as on the timeline where time runs right to left; false by default. The
     * bars, the line, the marker, the shaded range and clicks follow, the figures' axis stands on the right, where the
     * years begin, and the labels stay readable: the control keeps {@link NodeOrientation#LEFT_TO_RIGHT} and mirrors
     * positions only.
     */
    public BooleanProperty timeRightToLeftProperty() {
        return timeRightToLeft;
    }

    public boolean isTimeRightToLeft() {
        return timeRightToLeft.get();
    }

    public void setTimeRightToLeft(boolean value) {
        timeRightToLeft.set(value);
    }

    /**
     * The style class that gives the series at {@code index} its colour, {@code series-color-1} to
     * {@code series-color-6} (the palette repeats after six series). Anything else that stands for the series, such
     * as a toggle that shows it, takes the same class to take the same colour.
     */
    public static String colorClass(int index) {
        return COLOR_CLASS_PREFIX + (Math.floorMod(index, PALETTE_SIZE) + 1);
    }
}
