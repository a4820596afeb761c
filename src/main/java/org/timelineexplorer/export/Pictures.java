package org.timelineexplorer.export;

import javafx.collections.FXCollections;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.timelineexplorer.chart.FiguresChart;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.FigureSeries;
import org.timelineexplorer.model.TimeRange;
import org.timelineexplorer.timeline.TimelineView;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The app's own chart and timeline, built off screen for pictures of things the window does not show: the command
 * line's exports and the whole-dataset timeline. Lay them out with {@link ImageExport#layOutDetached} and the app's
 * stylesheet so that they look as they do in the window.
 */
public final class Pictures {

    private Pictures() {
    }

    /**
     * The figures chart of {@code series}: one chart, or for several series one under another, each with its own
     * axis (troops and deaths differ by a thousand times and would flatten each other on one axis). Each series has
     * the colour of its place in {@code dataset}, as in the window.
     */
    public static Region chart(Dataset dataset, List<FigureSeries> series) {
        if (series.size() == 1) {
            return chartOf(dataset, series.get(0));
        }
        VBox charts = new VBox(8);
        for (FigureSeries one : series) {
            FiguresChart chart = chartOf(dataset, one);
            chart.setMaxHeight(Double.MAX_VALUE);
            VBox.setVgrow(chart, javafx.scene.layout.Priority.ALWAYS);
            charts.getChildren().add(chart);
        }
        return charts;
    }

    private static FiguresChart chartOf(Dataset dataset, FigureSeries series) {
        FiguresChart chart = new FiguresChart();
        chart.setSeries(series);
        chart.setColorIndex(Math.max(0, dataset.series().indexOf(series)));
        chart.setMinSize(0, 0);
        return chart;
    }

    /** The title an exported chart carries: the series' titles, joined. */
    public static String chartTitle(List<FigureSeries> series) {
        return series.stream().map(FigureSeries::title).collect(Collectors.joining(" · "));
    }

    /** The timeline of all of {@code dataset}'s events and eras, showing {@code range}. */
    public static Region timeline(Dataset dataset, TimeRange range) {
        TimelineView timeline = new TimelineView(FXCollections.observableArrayList(dataset.events()),
                FXCollections.observableArrayList(dataset.eras()));
        timeline.setVisibleRange(range);
        timeline.setMinSize(0, 0);
        return timeline;
    }

    /**
     * The timeline of {@code dataset} laid out off screen at {@code width × height} showing exactly {@code range}.
     * The range is set again after the first layout: the control keeps its scale when its width changes, so a range
     * set at width 0 would come out stretched.
     */
    public static Region laidOutTimeline(Dataset dataset, TimeRange range, double width, double height,
                                         String... stylesheets) {
        TimelineView timeline = (TimelineView) timeline(dataset, range);
        ImageExport.layOutDetached(timeline, width, height, stylesheets);
        timeline.setVisibleRange(range);
        timeline.getScene().getRoot().applyCss();
        timeline.getScene().getRoot().layout();
        return timeline;
    }
}
