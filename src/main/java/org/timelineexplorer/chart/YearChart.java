package org.timelineexplorer.chart;

import javafx.geometry.Point2D;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.model.ChartStyle;
import org.timelineexplorer.model.FigurePoint;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.FigureSeries;
import org.timelineexplorer.model.TimeRange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The plot behind {@link FiguresChart}: years on a number axis (year {@code Y} is centred on {@code Y} and covers
 * {@code Y-0.5} to {@code Y+0.5}, so bars, line points and dated markers share one scale; the axis runs a year
 * beyond the data at each end), drawn from the series
 * directly rather than through {@link XYChart}'s data list because bars on a number axis are not built in.
 */
final class YearChart extends XYChart<Number, Number> {

    private static final Messages TEXTS = Messages.of(YearChart.class);
    private static final double BAR_FRACTION = 0.7;
    private static final double MIN_YEAR_LABEL_SPACING = 52;

    private final YearAxis years;
    private final NumberAxis values;

    private final Rectangle shade = new Rectangle();
    private final Path area = new Path();
    private final Path line = new Path();
    /** The stretches between authorised or announced levels, dashed: they are not counts (see FigurePoint). */
    private final Path announcedLine = new Path();
    /** Says what the dashes mean, when the series has any. */
    // Short: a wider legend ran into the peak's label on a 720p window. The credit says what the dashed levels are.
    private final Label legend = new Label();
    private final Line marker = new Line();
    private final Line level = new Line();
    private final List<Region> pointNodes = new ArrayList<>();
    private final List<FigurePoint> points = new ArrayList<>();
    private final List<Label> annotations = new ArrayList<>();
    private final List<FigurePoint> annotated = new ArrayList<>();

    private FigureSeries series;
    /** How figures and years are written: the control's locale, which the skin hands on. */
    private Locale locale = Locale.ENGLISH;
    private Double markerDay;
    private Double levelValue;
    private TimeRange highlight;

    YearChart(YearAxis years, NumberAxis values) {
        super(years, values);
        this.years = years;
        this.values = values;
        setAnimated(false);
        setData(javafx.collections.FXCollections.observableArrayList()); // XYChart lays out nothing without a list
        setLegendVisible(false);
        setHorizontalGridLinesVisible(true);
        setVerticalGridLinesVisible(false);
        setAlternativeRowFillVisible(false);
        getStyleClass().add("year-chart");

        years.setAutoRanging(false);
        years.setMinorTickVisible(false);
        years.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                double v = value.doubleValue();
                // Years as years, never "2,007"; the padding years at either end stay unlabelled.
                boolean inData = !points.isEmpty() && v >= YearAxis.position(points.get(0).year())
                        && v <= YearAxis.position(points.get(points.size() - 1).year());
                return Math.rint(v) == v && inData ? YearAxis.label((long) v, locale) : "";
            }

            @Override
            public Number fromString(String text) {
                return Integer.parseInt(text);
            }
        });
        values.setAutoRanging(false);
        values.setMinorTickVisible(false);
        values.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return FigureFormat.number(value.doubleValue(), locale);
            }

            @Override
            public Number fromString(String text) {
                return Double.parseDouble(text.replace(",", ""));
            }
        });
        widthProperty().addListener((obs, old, width) -> updateYearTicks());

        shade.getStyleClass().add("chart-era-shade");
        shade.setId("chart-era-shade");
        shade.setMouseTransparent(true);
        shade.setManaged(false);
        area.getStyleClass().add("chart-series-area-fill");
        area.setMouseTransparent(true);
        line.getStyleClass().add("chart-series-line");
        line.setMouseTransparent(true);
        announcedLine.getStyleClass().addAll("chart-series-line", "chart-series-line-announced");
        announcedLine.setMouseTransparent(true);
        Line dashes = new Line(0, 0, 30, 0);
        dashes.getStyleClass().addAll("chart-series-line", "chart-series-line-announced");
        legend.setText(TEXTS.text("legend.announced"));
        legend.setGraphic(dashes);
        legend.getStyleClass().add("chart-legend-announced");
        legend.setId("chart-legend-announced");
        legend.setMouseTransparent(true);
        legend.setManaged(false);
        marker.getStyleClass().add("chart-marker");
        marker.setId("chart-marker");
        marker.setMouseTransparent(true);
        marker.setManaged(false);
        level.getStyleClass().add("chart-level");
        level.setId("chart-level");
        level.setMouseTransparent(true);
        level.setManaged(false);
    }

    void setLocale(Locale newLocale) {
        locale = newLocale;
        setSeries(series);
        values.requestAxisLayout();
    }

    void setSeries(FigureSeries newSeries) {
        series = newSeries;
        points.clear();
        pointNodes.clear();
        annotations.clear();
        annotated.clear();
        getPlotChildren().clear();
        getPlotChildren().add(shade);
        if (series != null && !series.points().isEmpty()) {
            points.addAll(series.points().stream()
                    .sorted(java.util.Comparator.comparingInt(FigurePoint::year)).toList());
            boolean bars = series.style() == ChartStyle.BAR;
            if (!bars) {
                getPlotChildren().addAll(area, line, announcedLine);
            }
            for (FigurePoint point : points) {
                Region node = new Region();
                node.getStyleClass().add(bars ? "chart-bar" : "chart-line-symbol");
                node.getProperties().put(FigurePoint.class, point);
                String text = FigureFormat.describe(series, point, locale);
                node.setAccessibleText(text);
                Tooltip tooltip = new Tooltip(text);
                tooltip.setShowDelay(Duration.millis(150));
                tooltip.setShowDuration(Duration.seconds(30));
                tooltip.setWrapText(true);
                tooltip.setMaxWidth(360);
                Tooltip.install(node, tooltip);
                pointNodes.add(node);
            }
            getPlotChildren().addAll(pointNodes);
            for (FigurePoint point : FiguresChart.annotatedPoints(series)) {
                Label label = new Label(FigureFormat.annotation(series, point, locale));
                label.setNodeOrientation(FigureFormat.textDirection(locale));
                label.getStyleClass().add("chart-annotation");
                label.setMouseTransparent(true);
                label.setManaged(false);
                annotated.add(point);
                annotations.add(label);
            }
            getPlotChildren().addAll(marker, level);
            getPlotChildren().addAll(annotations);
            if (!bars && series.hasAnnouncedPoints()) {
                legend.setNodeOrientation(FigureFormat.textDirection(locale));
                getPlotChildren().add(legend);
            }
            updateRanges();
        } else {
            getPlotChildren().addAll(marker, level);
        }
        values.setLabel(series == null ? "" : capitalise(series.unit()));
        requestChartLayout();
    }

    /** Later years further left, the figures' axis on the right where the years begin; or as usual. */
    void setTimeRightToLeft(boolean rightToLeft) {
        years.setRightToLeft(rightToLeft);
        values.setSide(rightToLeft ? Side.RIGHT : Side.LEFT);
        requestChartLayout();
    }

    void setMarkerDay(Double day) {
        markerDay = day;
        requestChartLayout();
    }

    void setLevel(Double value) {
        levelValue = value;
        requestChartLayout();
    }

    void setHighlight(TimeRange range, String color) {
        highlight = range;
        Color fill;
        try {
            fill = Color.web(color == null ? "#888888" : color, 0.22);
        } catch (IllegalArgumentException e) {
            fill = Color.gray(0.5, 0.22);
        }
        shade.setFill(fill);
        requestChartLayout();
    }

    private void updateRanges() {
        double first = YearAxis.position(points.get(0).year());
        double last = YearAxis.position(points.get(points.size() - 1).year());
        // Whole-year bounds keep the axis's own bound ticks on whole years, so no label is crowded out.
        years.setLowerBound(first - 1);
        years.setUpperBound(last + 1);
        updateYearTicks();
        double max = points.stream().mapToDouble(FigurePoint::value).max().orElse(1);
        // Head-room above the peak keeps its annotation inside the plot.
        double step = niceStep(Math.max(1, max * 1.3) / 5);
        values.setLowerBound(0);
        values.setUpperBound(Math.ceil(max * 1.3 / step) * step);
        values.setTickUnit(step);
    }

    private void updateYearTicks() {
        if (points.isEmpty()) {
            return;
        }
        double count = YearAxis.position(points.get(points.size() - 1).year()) - YearAxis.position(points.get(0).year()) + 3;
        double width = Math.max(1, getWidth() - 90);
        double unit = 1;
        for (double candidate : new double[] {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000}) {
            unit = candidate;
            if (width / (count / candidate) >= MIN_YEAR_LABEL_SPACING) {
                break;
            }
        }
        years.setTickUnit(unit);
    }

    private static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double factor : new double[] {1, 2, 2.5, 5, 10}) {
            if (factor * magnitude >= raw) {
                return factor * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String capitalise(String text) {
        return text == null || text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The x position, in plot coordinates, of a day in epoch days. */
    double xOfDay(double epochDay) {
        long astronomical = HistoricalDate.civilFromDays((long) Math.floor(epochDay))[0];
        double yearStart = HistoricalDate.daysFromCivil(astronomical, 1, 1);
        double fraction = (epochDay - yearStart) / (HistoricalDate.daysFromCivil(astronomical + 1, 1, 1) - yearStart);
        return years.getDisplayPosition(astronomical - 0.5 + fraction);
    }

    /** The year under a point in scene coordinates, if it is over the plot. */
    OptionalInt yearAt(double sceneX, double sceneY) {
        if (!overPlot(sceneX, sceneY)) {
            return OptionalInt.empty();
        }
        Point2D local = years.sceneToLocal(sceneX, sceneY);
        double value = years.getValueForDisplay(local.getX()).doubleValue();
        int year = (int) YearAxis.yearAt(Math.round(value));
        year = Math.max(points.get(0).year(), Math.min(points.get(points.size() - 1).year(), year));
        return OptionalInt.of(year);
    }

    /** The figure at the height of a point in scene coordinates, if it is over the plot. */
    OptionalDouble valueAt(double sceneX, double sceneY) {
        if (!overPlot(sceneX, sceneY)) {
            return OptionalDouble.empty();
        }
        Point2D local = values.sceneToLocal(sceneX, sceneY);
        return OptionalDouble.of(values.getValueForDisplay(local.getY()).doubleValue());
    }

    /** Whether a point in scene coordinates is over the plot of a series. */
    private boolean overPlot(double sceneX, double sceneY) {
        Node plot = lookup(".chart-plot-background");
        return plot != null && !points.isEmpty() && plot.localToScene(plot.getLayoutBounds()).contains(sceneX, sceneY);
    }

    @Override
    protected void layoutPlotChildren() {
        double width = years.getWidth();
        double height = values.getHeight();
        if (width <= 0 || height <= 0) {
            return;
        }
        double zero = values.getDisplayPosition(0);
        double yearWidth = Math.abs(years.getDisplayPosition(1) - years.getDisplayPosition(0));
        line.getElements().clear();
        announcedLine.getElements().clear();
        area.getElements().clear();
        for (int i = 0; i < points.size(); i++) {
            FigurePoint point = points.get(i);
            Region node = pointNodes.get(i);
            double x = years.getDisplayPosition(YearAxis.position(point.year()));
            double y = values.getDisplayPosition(point.value());
            if (series.style() == ChartStyle.BAR) {
                double barWidth = Math.max(2, yearWidth * BAR_FRACTION);
                node.resizeRelocate(x - barWidth / 2, y, barWidth, Math.max(0, zero - y));
                continue;
            }
            double size = node.prefWidth(-1);
            size = size > 0 ? size : 10;
            node.resizeRelocate(x - size / 2, y - size / 2, size, size);
            // Missing years break the line: a line across them would invent figures the dataset does not have.
            boolean joined = i > 0 && YearAxis.position(point.year()) - YearAxis.position(points.get(i - 1).year()) == 1;
            if (joined && (point.announced() || points.get(i - 1).announced())) {
                FigurePoint previous = points.get(i - 1);
                announcedLine.getElements().addAll(
                        new MoveTo(years.getDisplayPosition(YearAxis.position(previous.year())), values.getDisplayPosition(previous.value())),
                        new LineTo(x, y));
                line.getElements().add(new MoveTo(x, y));
                area.getElements().add(new LineTo(x, y));
            } else if (joined) {
                line.getElements().add(new LineTo(x, y));
                area.getElements().add(new LineTo(x, y));
            } else {
                if (i > 0) {
                    closeArea(years.getDisplayPosition(YearAxis.position(points.get(i - 1).year())), zero);
                }
                line.getElements().add(new MoveTo(x, y));
                area.getElements().addAll(new MoveTo(x, zero), new LineTo(x, y));
            }
        }
        if (series != null && series.style() != ChartStyle.BAR && !points.isEmpty()) {
            closeArea(years.getDisplayPosition(YearAxis.position(points.get(points.size() - 1).year())), zero);
        }
        for (int i = 0; i < annotations.size(); i++) {
            Label label = annotations.get(i);
            FigurePoint point = annotated.get(i);
            // In a narrow chart (three side by side in a presentation) the full label would be cut at the plot's
            // edge; the value alone still reads, the axis giving the unit and the point the year.
            String full = FigureFormat.annotation(series, point, locale);
            label.setText(full);
            if (label.prefWidth(-1) > width - 4) {
                label.setText(FigureFormat.number(point.value(), locale));
            }
            double labelWidth = label.prefWidth(-1);
            double labelHeight = label.prefHeight(labelWidth);
            double x = years.getDisplayPosition(YearAxis.position(point.year())) - labelWidth / 2;
            double y = values.getDisplayPosition(point.value()) - labelHeight - 8;
            x = Math.max(2, Math.min(width - labelWidth - 2, x));
            y = Math.max(2, y);
            label.resizeRelocate(x, y, labelWidth, labelHeight);
        }
        if (legend.getParent() != null) {
            // At the recent end, halfway down: above the announced levels, which are the series' lowest figures, and
            // below the peak's label at the top, which the legend covered when it stood in the top corner.
            double legendWidth = legend.prefWidth(-1);
            double legendHeight = legend.prefHeight(legendWidth);
            double legendX = years.isRightToLeft() ? 4 : Math.max(2, width - legendWidth - 4);
            legend.resizeRelocate(legendX, Math.max(4, (height - legendHeight) / 2 - 4), legendWidth, legendHeight);
        }
        if (markerDay != null && !points.isEmpty()) {
            double x = xOfDay(markerDay);
            marker.setVisible(x >= 0 && x <= width);
            marker.setStartX(x);
            marker.setEndX(x);
            marker.setStartY(0);
            marker.setEndY(height);
        } else {
            marker.setVisible(false);
        }
        if (levelValue != null && !points.isEmpty()) {
            double y = values.getDisplayPosition(levelValue);
            level.setVisible(y >= 0 && y <= height);
            level.setStartX(0);
            level.setEndX(width);
            level.setStartY(y);
            level.setEndY(y);
        } else {
            level.setVisible(false);
        }
        if (highlight != null && !points.isEmpty()) {
            double startX = xOfDay(highlight.start());
            double endX = xOfDay(highlight.end());
            double left = Math.max(0, Math.min(startX, endX));
            double right = Math.min(width, Math.max(startX, endX));
            shade.setVisible(right > left);
            shade.setX(left);
            shade.setY(0);
            shade.setWidth(Math.max(0, right - left));
            shade.setHeight(height);
        } else {
            shade.setVisible(false);
        }
    }

    private void closeArea(double lastX, double zero) {
        area.getElements().addAll(new LineTo(lastX, zero), new ClosePath());
    }

    @Override
    protected void dataItemAdded(Series<Number, Number> s, int itemIndex, Data<Number, Number> item) {
    }

    @Override
    protected void dataItemRemoved(Data<Number, Number> item, Series<Number, Number> s) {
    }

    @Override
    protected void dataItemChanged(Data<Number, Number> item) {
    }

    @Override
    protected void seriesAdded(Series<Number, Number> s, int seriesIndex) {
    }

    @Override
    protected void seriesRemoved(Series<Number, Number> s) {
    }

    @Override
    protected void updateAxisRange() {
        // The ranges follow the series (see updateRanges), not XYChart's unused data list.
    }
}
