package org.timelineexplorer.export;

import org.timelineexplorer.i18n.Messages;
import javafx.collections.FXCollections;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.timelineexplorer.chart.FigureFormat;
import org.timelineexplorer.chart.FiguresChart;
import org.timelineexplorer.map.MapMarker;
import org.timelineexplorer.map.MapView;
import org.timelineexplorer.map.MapViewport;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.FigureSeries;
import org.timelineexplorer.model.Place;
import org.timelineexplorer.model.TimeRange;
import org.timelineexplorer.model.TimelineEvent;
import org.timelineexplorer.timeline.TimelineView;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Pictures of the app's chart and timeline, for the export menu and the command line alike. Each is built afresh off
 * screen at the {@linkplain PictureSize size} asked for, in the look of {@code stylesheets} (the app's, so that it
 * looks as in the window), and {@linkplain ImageExport#frame framed}: a picture of what the window shows copies what
 * the shown control shows, so exporting never resizes or redraws the window. The timeline is told to draw at the
 * picture's scale, so its text is as sharp at 3× as the chart's. Every method runs on the JavaFX application thread.
 */
public final class Pictures {

    private static final Messages TEXT = Messages.of(Pictures.class);

    /** The chart picture's size when none is asked for: at 2× a 1920 × 1080 slide. */
    public static final PictureSize CHART_SIZE = new PictureSize(960, 540, ImageExport.DEFAULT_SCALE);
    /** The timeline picture's size when none is asked for: a wide strip, 3200 × 1200 pixels at 2×. */
    public static final PictureSize TIMELINE_SIZE = new PictureSize(1600, 600, ImageExport.DEFAULT_SCALE);

    /** The map picture's size when none is asked for: at 2× a 1920 × 1080 slide. */
    public static final PictureSize MAP_SIZE = new PictureSize(960, 540, ImageExport.DEFAULT_SCALE);
    /** The colour of an event in no era on the map: the timeline's own event colour. */
    private static final Color NO_ERA = Color.web("#1f4e9c");

    private Pictures() {
    }

    /**
     * The figures chart of {@code series}, of {@code dataset}: one chart, or for several series one under another,
     * each with its own axis (troops and deaths differ by a thousand times and would flatten each other on one
     * axis), each series in the colour of its place in the dataset, titled with the series' titles and credited
     * {@link #chartCredit}.
     */
    public static WritableImage chart(Dataset dataset, List<FigureSeries> series, PictureSize size,
                                      List<String> stylesheets) {
        Region content;
        if (series.size() == 1) {
            content = chartOf(dataset, series.get(0));
        } else {
            VBox charts = new VBox(8);
            for (FigureSeries one : series) {
                FiguresChart chart = chartOf(dataset, one);
                chart.setMaxHeight(Double.MAX_VALUE);
                VBox.setVgrow(chart, Priority.ALWAYS);
                charts.getChildren().add(chart);
            }
            content = charts;
        }
        ImageExport.layOutDetached(content, size, stylesheets);
        return ImageExport.frame(content, size, chartTitle(series), chartCredit(dataset, series));
    }

    /**
     * The chart as {@code shown} shows it, with its series, colour, marker and shaded era, at {@code size}.
     *
     * @param credit the credit band's text, normally {@link #chartCredit} of the open dataset
     */
    public static WritableImage chartAsShown(FiguresChart shown, String credit, PictureSize size,
                                             List<String> stylesheets) {
        FiguresChart chart = new FiguresChart();
        chart.setSeries(shown.getSeries());
        chart.setColorIndex(shown.getColorIndex());
        chart.setMarkerDay(shown.markerDayProperty().get());
        chart.setHighlightRange(shown.highlightRangeProperty().get());
        chart.setHighlightColor(shown.highlightColorProperty().get());
        chart.setMinSize(0, 0);
        ImageExport.layOutDetached(chart, size, stylesheets);
        String title = shown.getSeries() == null ? "" : shown.getSeries().title();
        return ImageExport.frame(chart, size, title, credit);
    }

    /** The timeline of all of {@code dataset}'s events and eras from {@code range}'s start to its end. */
    public static WritableImage timeline(Dataset dataset, TimeRange range, PictureSize size,
                                         List<String> stylesheets) {
        return timeline(dataset, dataset.events(), range, size, stylesheets);
    }

    /** The timeline of {@code events} (some of {@code dataset}'s, as a search leaves them) and the dataset's eras. */
    public static WritableImage timeline(Dataset dataset, List<TimelineEvent> events, TimeRange range,
                                         PictureSize size, List<String> stylesheets) {
        TimelineView timeline = new TimelineView(FXCollections.observableArrayList(events),
                FXCollections.observableArrayList(dataset.eras()));
        timeline.setEraStyle(dataset.eraStyle());
        return framedTimeline(timeline, range, size, stylesheets, dataset.title(), dataset.credit());
    }

    /** The timeline as {@code shown} shows it: its events (a search or filter applies), range and selection. */
    public static WritableImage timelineAsShown(TimelineView shown, String title, String credit, PictureSize size,
                                                List<String> stylesheets) {
        // Copies of the lists: the picture's timeline must not listen to, and so outlive in, the window's.
        TimelineView timeline = new TimelineView(FXCollections.observableArrayList(shown.getEvents()),
                FXCollections.observableArrayList(shown.getEras()));
        timeline.setSelectedEvent(shown.getSelectedEvent());
        timeline.setSelectedEra(shown.getSelectedEra());
        timeline.setLocale(shown.getLocale());
        timeline.setEraStyle(shown.getEraStyle());
        return framedTimeline(timeline, shown.getVisibleRange(), size, stylesheets, title, credit);
    }

    /**
     * Lays {@code timeline} out showing exactly {@code range}, drawn at the picture's scale, and frames it. The range
     * is set again after the first layout: the control keeps its scale when its width changes, so a range set at
     * width 0 would come out stretched.
     */
    private static WritableImage framedTimeline(TimelineView timeline, TimeRange range, PictureSize size,
                                                List<String> stylesheets, String title, String credit) {
        timeline.setAnimated(false);
        timeline.setOutputScale(size.scale());
        timeline.setVisibleRange(range);
        timeline.setMinSize(0, 0);
        ImageExport.layOutDetached(timeline, size, stylesheets);
        timeline.setVisibleRange(range);
        timeline.getScene().getRoot().applyCss();
        timeline.getScene().getRoot().layout();
        return ImageExport.frame(timeline, size, title, credit);
    }

    /**
     * The map of {@code dataset}'s places, fitted to them, its events outside {@code range} muted (null: none
     * are), titled with the dataset's title and credited with its credit and Natural Earth's.
     */
    public static WritableImage map(Dataset dataset, TimeRange range, PictureSize size, List<String> stylesheets) {
        MapView map = new MapView();
        map.getMarkers().setAll(mapMarkers(dataset.events(), dataset, range, null));
        return framedMap(map, null, size, stylesheets, dataset.title(), mapCredit(dataset.credit()));
    }

    /** The map as {@code shown} shows it: its markers, view (at the picture's size, the same centre) and selection. */
    public static WritableImage mapAsShown(MapView shown, String title, String credit, PictureSize size,
                                           List<String> stylesheets) {
        MapView map = new MapView();
        map.getMarkers().setAll(shown.getMarkers());
        map.setSelectedItem(shown.getSelectedItem());
        return framedMap(map, shown.getViewport(), size, stylesheets, title, mapCredit(credit));
    }

    private static WritableImage framedMap(MapView map, MapViewport view, PictureSize size, List<String> stylesheets,
                                           String title, String credit) {
        map.setOutputScale(size.scale());
        map.setMinSize(0, 0);
        if (view != null) {
            map.setViewport(view);
        }
        ImageExport.layOutDetached(map, size, stylesheets);
        return ImageExport.frame(map, size, title, credit);
    }

    /** A map picture's credit: the dataset's, with the outlines' under it. */
    public static String mapCredit(String datasetCredit) {
        String mapData = MapView.credit();
        return datasetCredit == null || datasetCredit.isBlank() ? mapData : datasetCredit + "\n" + mapData;
    }

    /**
     * The map's markers for {@code events}: one per place of each event, in its era's colour, muted when the event
     * lies outside {@code range} or outside {@code selectedEra} (either may be null: nothing is muted by it). The
     * one rule for the window's map, the presentation's and the exported picture's.
     */
    public static List<MapMarker> mapMarkers(List<TimelineEvent> events, Dataset dataset, TimeRange range,
                                             Era selectedEra) {
        Map<String, Color> colours = new HashMap<>();
        for (Era era : dataset == null ? List.<Era>of() : dataset.eras()) {
            colours.put(era.id(), Color.web(era.color()));
        }
        List<MapMarker> markers = new ArrayList<>();
        for (TimelineEvent event : events) {
            boolean muted = (range != null && !event.range().overlaps(range))
                    || (selectedEra != null && !selectedEra.id().equals(event.eraId()));
            Color colour = event.eraId() == null ? NO_ERA : colours.getOrDefault(event.eraId(), NO_ERA);
            for (Place place : event.places()) {
                markers.add(new MapMarker(event, place.name(), place.lat(), place.lon(), colour, muted));
            }
        }
        return markers;
    }

    private static FiguresChart chartOf(Dataset dataset, FigureSeries series) {
        FiguresChart chart = new FiguresChart();
        chart.setSeries(series);
        chart.setColorIndex(Math.max(0, dataset.series().indexOf(series)));
        chart.setMinSize(0, 0);
        return chart;
    }

    /**
     * The figures the chart of {@code series} labels (its peak and the points the dataset highlights), written as
     * the chart writes them: "165,000 troops (2007)", with the point's note where it has one. For a document that
     * shows the chart as a picture and wants its figures as text too.
     */
    public static List<String> chartLabels(FigureSeries series) {
        return FiguresChart.annotatedPoints(series).stream()
                .map(point -> FigureFormat.annotation(series, point)
                        + (point.note() == null || point.note().isBlank() ? "" : ": " + point.note().strip()))
                .toList();
    }

    /** The title an exported chart carries: the series' titles, joined. */
    private static String chartTitle(List<FigureSeries> series) {
        return series.stream().map(FigureSeries::title).collect(Collectors.joining(" · "));
    }

    /** The credit an exported chart carries: the dataset's credit, or the series' own sources when it has none. */
    public static String chartCredit(Dataset dataset, List<FigureSeries> series) {
        if (!dataset.credit().isBlank()) {
            return dataset.credit();
        }
        return TEXT.text("chart.sources",
                series.stream().map(s -> s.source().name()).distinct().collect(Collectors.joining("; ")));
    }
}
