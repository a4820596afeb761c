package org.timelineexplorer.export;

import javafx.geometry.Insets;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;
import org.timelineexplorer.model.FigurePoint;
import org.timelineexplorer.model.FigureSeries;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Builds a chart of figure series for export when the app's own chart is not at hand (the command line). Years are
 * printed as years ("2007", never "2,007") and nothing is animated, so the picture is complete at once.
 */
public final class ChartPictures {

    private ChartPictures() {
    }

    /** A line chart of {@code series} by year, each series in its own colour with a legend. */
    public static XYChart<Number, Number> chartOf(List<FigureSeries> series) {
        int first = series.stream().flatMap(s -> s.points().stream()).mapToInt(FigurePoint::year).min().orElse(2000);
        int last = series.stream().flatMap(s -> s.points().stream()).mapToInt(FigurePoint::year).max().orElse(first + 1);
        NumberAxis years = new NumberAxis(first, Math.max(last, first + 1), 1);
        years.setAutoRanging(false);
        years.setMinorTickVisible(false);
        years.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number year) {
                return Integer.toString(year.intValue());
            }

            @Override
            public Number fromString(String text) {
                return Integer.parseInt(text);
            }
        });
        NumberAxis values = new NumberAxis();
        values.setForceZeroInRange(true);
        values.setLabel(series.stream().map(FigureSeries::unit).filter(u -> !u.isBlank()).distinct()
                .collect(Collectors.joining(", ")));
        values.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return String.format(Locale.ENGLISH, "%,.0f", value.doubleValue());
            }

            @Override
            public Number fromString(String text) {
                return Double.parseDouble(text.replace(",", ""));
            }
        });
        LineChart<Number, Number> chart = new LineChart<>(years, values);
        chart.setAnimated(false);
        chart.setPadding(new Insets(8, 28, 8, 8));
        chart.setCreateSymbols(true);
        for (FigureSeries figures : series) {
            XYChart.Series<Number, Number> line = new XYChart.Series<>();
            line.setName(figures.title());
            for (FigurePoint point : figures.points()) {
                line.getData().add(new XYChart.Data<>(point.year(), point.value()));
            }
            chart.getData().add(line);
        }
        return chart;
    }

    /** The title an exported chart carries: the series' titles joined. */
    public static String titleOf(List<FigureSeries> series) {
        return series.stream().map(FigureSeries::title).collect(Collectors.joining(" · "));
    }
}
