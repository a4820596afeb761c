package org.timelineexplorer.bench;

import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.timelineexplorer.chart.FiguresChart;
import org.timelineexplorer.export.FxThread;
import org.timelineexplorer.export.HeadlessFx;
import org.timelineexplorer.export.Pictures;
import org.timelineexplorer.map.MapMarker;
import org.timelineexplorer.map.MapView;
import org.timelineexplorer.map.WorldOutlines;
import org.timelineexplorer.model.ChartStyle;
import org.timelineexplorer.model.FigurePoint;
import org.timelineexplorer.model.FigureSeries;
import org.timelineexplorer.model.Place;
import org.timelineexplorer.model.Source;
import org.timelineexplorer.model.TimelineEvent;
import org.timelineexplorer.timeline.SampleTimeline;
import org.timelineexplorer.timeline.TimelineView;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * How fast the map reads its outlines, builds with 100,000 events at places all over the world in a 1600 x 900
 * control, and zooms and pans, each step through to pixels (a snapshot after each change); and the heap with the
 * timeline, the chart and the map of those events alive together. The map starts fitted to the places, the whole
 * world, where the markers are densest: the hardest view. {@code BENCHMARK_RUNS} sets how many fresh maps are
 * measured (5); each figure printed is the median over them. The CPU time the FX and render threads spent per
 * step is printed too: other load on the machine does not inflate it.
 */
public final class MapBenchmark {

    private static final int WIDTH = 1600;
    private static final int HEIGHT = 900;
    private static final int EVENTS = 100_000;
    private static final int STEPS = 30;
    private static final int RUNS = Integer.parseInt(System.getenv().getOrDefault("BENCHMARK_RUNS", "5"));

    private MapBenchmark() {
    }

    public static void run() throws Exception {
        HeadlessFx.ensureStarted();
        TimelineBenchmark.findThreads();
        System.out.println("Load average now: " + String.format(Locale.ROOT, "%.1f",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()) + " on "
                + Runtime.getRuntime().availableProcessors() + " cores (figures under that load).");
        double[] parse = new double[7];
        for (int i = 0; i < parse.length; i++) {
            long t0 = System.nanoTime();
            try (InputStream in = WorldOutlines.class.getResourceAsStream("natural-earth.bin")) {
                WorldOutlines.read(in);
            }
            parse[i] = (System.nanoTime() - t0) / 1e6;
        }
        System.out.printf(Locale.ROOT, "outline file parsed: first %.1f ms, best of the next six %.1f ms%n", parse[0],
                java.util.Arrays.stream(parse, 1, parse.length).min().orElseThrow());

        List<TimelineEvent> events = placed(SampleTimeline.synthetic(EVENTS, 42), new Random(14));
        List<MapMarker> markers = Pictures.mapMarkers(events, null, null, null);
        // Warm-up, then the measured runs.
        for (int i = 0; i < 3; i++) {
            measure(markers);
        }
        print(EVENTS + " events", markers);
        print("no events (the outlines alone)", List.of());
        oneEventChanged(events);
        heapWithEverything(events, markers);
    }

    private static void print(String what, List<MapMarker> markers) throws Exception {
        List<double[]> runs = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            runs.add(measure(markers));
        }
        System.out.printf(Locale.ROOT, "%s, %d x %d, median of %d runs:%n", what, WIDTH, HEIGHT, RUNS);
        String[] names = {"build and first frame", "zoom step mean", "zoom step p95", "pan step mean", "pan step p95",
                "zoom step CPU mean", "pan step CPU mean"};
        for (int f = 0; f < names.length; f++) {
            int figure = f;
            double[] values = runs.stream().mapToDouble(r -> r[figure]).sorted().toArray();
            System.out.printf(Locale.ROOT, "  %-22s %7.2f ms  (runs %.2f-%.2f)%n", names[f],
                    TakingTurns.quantile(values, 0.5), values[0], values[values.length - 1]);
        }
    }

    /** The events, each at one or two random places on Earth (land or sea alike). */
    static List<TimelineEvent> placed(List<TimelineEvent> events, Random random) {
        List<TimelineEvent> placed = new ArrayList<>(events.size());
        for (TimelineEvent e : events) {
            List<Place> places = IntStream.range(0, random.nextInt(10) == 0 ? 2 : 1)
                    .mapToObj(i -> new Place("Place " + random.nextInt(50_000), -60 + 130 * random.nextDouble(),
                            -180 + 360 * random.nextDouble())).toList();
            placed.add(new TimelineEvent(e.id(), e.start(), e.end(), e.title(), e.text(), e.category(), e.eraId(),
                    e.sources(), e.note(), e.display(), places));
        }
        return placed;
    }

    /** Build, zoom steps, pan steps of one fresh map; times in ms: build, zoom mean, zoom p95, pan mean, pan p95. */
    private static double[] measure(List<MapMarker> markers) throws Exception {
        WritableImage image = new WritableImage(WIDTH, HEIGHT);
        MapView[] holder = new MapView[1];
        double build = FxThread.call(() -> {
            long t0 = System.nanoTime();
            MapView map = new MapView();
            map.getMarkers().setAll(markers);
            new Scene(new StackPane(map), WIDTH, HEIGHT);
            map.snapshot(null, image);
            holder[0] = map;
            return (System.nanoTime() - t0) / 1e6;
        });
        MapView map = holder[0];
        double[] zoom = new double[STEPS];
        double[] pan = new double[STEPS];
        long zoomCpu = TimelineBenchmark.cpu();
        for (int i = 0; i < STEPS; i++) {
            double factor = i % 8 < 4 ? 1.25 : 1 / 1.25;
            zoom[i] = FxThread.call(() -> step(map, image, () -> map.zoom(factor)));
        }
        zoomCpu = TimelineBenchmark.cpu() - zoomCpu;
        long panCpu = TimelineBenchmark.cpu();
        for (int i = 0; i < STEPS; i++) {
            double dx = i % 10 < 5 ? 40 : -40;
            pan[i] = FxThread.call(() -> step(map, image, () -> map.pan(dx, dx / 2)));
        }
        panCpu = TimelineBenchmark.cpu() - panCpu;
        return new double[] {build, TimelineBenchmark.mean(zoom), TimelineBenchmark.p95(zoom),
                TimelineBenchmark.mean(pan), TimelineBenchmark.p95(pan), zoomCpu / 1e6 / STEPS, panCpu / 1e6 / STEPS};
    }

    private static double step(MapView map, WritableImage image, Runnable change) {
        long t0 = System.nanoTime();
        change.run();
        map.snapshot(null, image);
        return (System.nanoTime() - t0) / 1e6;
    }

    /**
     * What the window's map costs when one event of the 100,000 changes (issue 13's editing moves one at a time):
     * as the map pane does, the moved event's markers taken away and its new ones added, and the map drawn; and, for
     * comparison, the way before issue 14's third part: the markers of every shown event made again and handed over.
     */
    private static void oneEventChanged(List<TimelineEvent> events) throws Exception {
        WritableImage image = new WritableImage(WIDTH, HEIGHT);
        MapView map = FxThread.call(() -> {
            MapView m = new MapView();
            m.getMarkers().setAll(Pictures.mapMarkers(events, null, null, null));
            new Scene(new StackPane(m), WIDTH, HEIGHT);
            m.snapshot(null, image);
            return m;
        });
        List<TimelineEvent> edited = new ArrayList<>(events);
        double[] changed = new double[STEPS];
        double[] allAgain = new double[STEPS];
        for (int i = 0; i < 2 * STEPS; i++) {
            int at = (i * 7919) % edited.size();
            TimelineEvent e = edited.get(at);
            Place moved = new Place(e.places().get(0).name(), e.places().get(0).lat() / 2, e.places().get(0).lon() / 2);
            TimelineEvent after = new TimelineEvent(e.id(), e.start(), e.end(), e.title(), e.text(), e.category(),
                    e.eraId(), e.sources(), e.note(), e.display(), List.of(moved));
            edited.set(at, after);
            if (i % 2 == 0) {
                changed[i / 2] = FxThread.call(() -> step(map, image, () -> {
                    map.getMarkers().removeIf(marker -> marker.item() == e);
                    map.getMarkers().addAll(Pictures.mapMarkers(List.of(after), null, null, null));
                }));
            } else {
                allAgain[i / 2] = FxThread.call(() -> step(map, image,
                        () -> map.getMarkers().setAll(Pictures.mapMarkers(edited, null, null, null))));
            }
        }
        System.out.printf(Locale.ROOT, "one event of %d moved to another place and drawn: its markers changed: mean"
                + " %.1f ms, p95 %.1f ms; every marker made again (before): mean %.1f ms, p95 %.1f ms%n", EVENTS,
                TimelineBenchmark.mean(changed), TimelineBenchmark.p95(changed), TimelineBenchmark.mean(allAgain),
                TimelineBenchmark.p95(allAgain));
    }

    /** The heap in use with the timeline, a chart and the map of the same 100,000 events alive in one scene. */
    private static void heapWithEverything(List<TimelineEvent> events, List<MapMarker> markers) throws Exception {
        TimelineBenchmark.gc();
        long before = TimelineBenchmark.usedHeap();
        Object[] alive = FxThread.call(() -> {
            TimelineView timeline = new TimelineView(FXCollections.observableArrayList(events),
                    FXCollections.observableArrayList(SampleTimeline.eras()));
            timeline.setAnimated(false);
            FiguresChart chart = new FiguresChart();
            chart.setSeries(new FigureSeries("s", "Series", "units", ChartStyle.LINE,
                    new Source("Source", URI.create("https://example.org/")),
                    IntStream.range(2000, 2025).mapToObj(y -> new FigurePoint(y, y * 10.0, null, false)).toList()));
            MapView map = new MapView();
            map.getMarkers().setAll(markers);
            VBox root = new VBox(timeline, new HBox(chart, map));
            new Scene(root, WIDTH, HEIGHT);
            root.snapshot(null, null);
            return new Object[] {timeline, chart, map, root};
        });
        TimelineBenchmark.gc();
        long after = TimelineBenchmark.usedHeap();
        System.out.printf(Locale.ROOT, "heap in use with timeline, chart and map of %d events alive: %.1f MB in all,"
                + " %.1f MB of it the three views' (the events themselves and the outlines are in the rest)%n",
                EVENTS, after / 1e6, (after - before) / 1e6);
        if (alive.length == 0) {
            throw new AssertionError("kept alive until measured");
        }
    }
}
