package org.timelineexplorer.timeline;

import javafx.animation.PauseTransition;
import javafx.beans.Observable;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.event.EventHandler;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Transform;
import javafx.util.Duration;
import org.timelineexplorer.color.Contrast;
import org.timelineexplorer.model.DatePrecision;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.TimeRange;
import org.timelineexplorer.model.TimelineEvent;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The default skin of {@link TimelineView}: one canvas for the axis, eras and events, drawn only for the visible
 * slice and at most once per pulse (a dirty flag checked in {@link #layoutChildren}), and a thin overview strip
 * below it whose visible-window rectangle is a CSS-styled node.
 */
public class TimelineViewSkin extends SkinBase<TimelineView> {

    private static final double DRAG_THRESHOLD = 3;
    private static final double FOCUS_RING_WIDTH = 3;
    /** Space between the main band and the overview strip. */
    private static final double OVERVIEW_GAP = 4;
    /** Zoom per wheel notch, as an exponent: one notch zooms by about a fifth, away from the user zooms in. */
    private static final double WHEEL_ZOOM_PER_NOTCH = 0.2;
    private static final double KEY_ZOOM = 1.5;
    private static final double DOUBLE_CLICK_ZOOM = 2;
    /** How much of the width one Shift+arrow press pans. */
    private static final double KEY_PAN_FRACTION = 0.2;
    private static final double EDGE_GRAB = 6;
    /** How long a zooming gesture must rest before the lanes settle into the new zoom level's. */
    private static final Duration SETTLE_AFTER = Duration.millis(300);
    /** How many of a cluster's events its tooltip names. */
    private static final int CLUSTER_EXAMPLES = 5;
    /** How many zoom levels' lane layouts to keep: a few steps of zooming out and back in. */
    private static final int LEVELS_KEPT = 6;
    /**
     * The widest or tallest canvas drawn at an output scale, in pixels: graphics cards refuse larger textures and
     * would show nothing, and 8192 is one that all of them take. A wider picture is drawn at a lower scale.
     */
    private static final double MAX_CANVAS_PIXELS = 8192;

    private final Canvas canvas = new Canvas();
    private final Canvas overview = new Canvas();
    /** Pixels per layout pixel in both canvases, which are scaled back down by as much. */
    private double pixelScale = 1;
    private final Region window = new Region();
    private final Tooltip tooltip = new Tooltip();

    private boolean dataDirty = true;
    private boolean mainDirty = true;
    private boolean overviewDirty = true;

    // The events as parallel arrays in date order: the drawing loop touches no records.
    private TimelineEvent[] items = new TimelineEvent[0];
    private double[] starts = new double[0];
    private double[] ends = new double[0];
    private boolean[] spans = new boolean[0];
    private String[] labels = new String[0];
    private float[] labelWidths = new float[0];
    private Map<TimelineEvent, Integer> indexOf = new HashMap<>();
    private Era[] eras = new Era[0];
    private Color[] eraColors = new Color[0];

    private TextMeasurer measurer;
    private TextMeasurer boldMeasurer;
    /** Counts with the locale's grouping: "+15,215" reads at a glance on a projector, "+15215" does not. */
    private NumberFormat countFormat = NumberFormat.getIntegerInstance();
    private Font boldFont;
    /** The lane layout drawn last, for clicks and hovers on its clusters. */
    private LaneLayout.Level lanes;
    private LaneLayout.Events laneInput = new LaneLayout.Events(new double[0], new double[0], new boolean[0],
            new float[0]);
    /**
     * Lane layouts of recently shown zoom levels, most recent last: zooming out and back in again reuses them.
     * They hold for {@link #levelsKey} only.
     */
    private final Map<Integer, LaneLayout.Level> levels = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, LaneLayout.Level> eldest) {
            return size() > LEVELS_KEPT;
        }
    };
    private LevelsKey levelsKey;
    /** The zoom level of the lanes drawn last. */
    private int shownLevel = Integer.MIN_VALUE;
    /** The animation target that {@link #animationLevel} was chosen for, or null when not animating. */
    private TimeRange animatedTo;
    /** The one level whose lanes an animated jump draws all its frames with. */
    private int animationLevel;
    /** The level a zooming gesture holds the lanes at while it goes on, or {@code Integer.MIN_VALUE}. */
    private int heldLevel = Integer.MIN_VALUE;
    /** Ends the hold once the gesture has rested. */
    private final PauseTransition settle = new PauseTransition(SETTLE_AFTER);
    private TimeScale scale;

    // Where things were drawn in the last frame, for hit tests.
    private final HitList eventHits = new HitList();
    private final HitList clusterHits = new HitList();
    private final ShownClusters shownClusters = new ShownClusters();
    private final HitList eraHits = new HitList();
    private double eraTop;
    private double eraBottom;

    /** The mean width of an event's label, for estimating how far to zoom into a cluster. */
    private double meanExtent;
    private int[] density = new int[0];
    private Image dot;
    private double dotRadius;
    private Paint dotColor;
    private double dotScale;

    private double pressX;
    private TimeRange pressRange;
    private boolean dragging;
    private DragMode overviewDrag = DragMode.NONE;
    private Object hovered;

    private enum DragMode { NONE, MOVE, LEFT, RIGHT }

    private final ListChangeListener<Object> dataListener = c -> invalidateData();
    private final EventHandler<KeyEvent> keyHandler = this::keyPressed;
    /** The lists whose changes the skin is listening to. */
    private ObservableList<?> events;
    private ObservableList<?> erasList;

    /** Creates the skin for {@code control}; {@link TimelineView#createDefaultSkin()} calls it. */
    public TimelineViewSkin(TimelineView control) {
        super(control);
        canvas.getStyleClass().add("timeline-canvas");
        overview.getStyleClass().add("overview-canvas");
        window.getStyleClass().add("overview-window");
        window.setMouseTransparent(true);
        window.setManaged(false);
        getChildren().addAll(canvas, overview, window);
        tooltip.setShowDelay(Duration.millis(250));
        tooltip.getStyleClass().add("timeline-tooltip");
        settle.setOnFinished(e -> {
            heldLevel = Integer.MIN_VALUE;
            requestRedraw();
        });

        // Registered through SkinBase so that replacing the skin removes them.
        registerChangeListener(control.eventsProperty(), o -> swap(events, control.getEvents(), true));
        registerChangeListener(control.erasProperty(), o -> swap(erasList, control.getEras(), false));
        swap(null, control.getEvents(), true);
        swap(null, control.getEras(), false);
        for (Observable o : List.of(control.visibleRangeProperty(), control.selectedEventProperty(),
                control.selectedEraProperty(), control.axisColorProperty(), control.gridColorProperty(),
                control.textColorProperty(), control.selectedColorProperty(), control.clusterColorProperty(),
                control.clusterTextColorProperty(), control.focusColorProperty(), control.focusedProperty(),
                control.outputScaleProperty())) {
            registerInvalidationListener(o, x -> requestRedraw());
        }
        for (Observable o : List.of(control.labelFontProperty(), control.localeProperty(),
                control.canvasBackgroundProperty(), control.eventColorProperty(), control.fullSpanProperty())) {
            registerInvalidationListener(o, x -> invalidateData());
        }

        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::mousePressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::mouseDragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::mouseReleased);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::mouseMoved);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover(null));
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        canvas.addEventHandler(ZoomEvent.ZOOM, this::zoomed);
        overview.addEventHandler(MouseEvent.MOUSE_PRESSED, this::overviewPressed);
        overview.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::overviewDragged);
        overview.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> overviewDrag = DragMode.NONE);
        overview.addEventHandler(MouseEvent.MOUSE_MOVED, this::overviewMoved);
        overview.addEventHandler(ScrollEvent.SCROLL, this::overviewScrolled);
        control.addEventHandler(KeyEvent.KEY_PRESSED, keyHandler);
    }

    /** Moves the content listener from the list the skin was watching to the control's current one. */
    private void swap(ObservableList<?> old, ObservableList<?> now, boolean isEvents) {
        if (old != null) {
            old.removeListener(dataListener);
        }
        if (now != null) {
            now.addListener(dataListener);
        }
        if (isEvents) {
            events = now;
        } else {
            erasList = now;
        }
        invalidateData();
    }

    @Override
    public void dispose() {
        if (getSkinnable() == null) {
            return;
        }
        getSkinnable().removeEventHandler(KeyEvent.KEY_PRESSED, keyHandler);
        settle.stop();
        swap(events, null, true);
        swap(erasList, null, false);
        Tooltip.uninstall(canvas, tooltip);
        super.dispose();
    }

    private void invalidateData() {
        dataDirty = true;
        overviewDirty = true;
        requestRedraw();
    }

    private void requestRedraw() {
        mainDirty = true;
        getSkinnable().requestLayout();
    }

    // ----- layout and data

    /** Vertical metrics, all derived from the label font so that larger type scales the whole timeline. */
    private double fontSize() {
        return getSkinnable().getLabelFont().getSize();
    }

    private double rowHeight() {
        return Math.round(fontSize() * 1.7);
    }

    private double laneHeight() {
        return Math.round(fontSize() * 1.75);
    }

    // The canvases' sizes in layout pixels.
    private double mainWidth() {
        return canvas.getWidth() / pixelScale;
    }

    private double mainHeight() {
        return canvas.getHeight() / pixelScale;
    }

    private double overviewWidth() {
        return overview.getWidth() / pixelScale;
    }

    /** The overview strip's height for the current type size. */
    private double overviewHeight() {
        return Math.round(Math.max(30, fontSize() * 2.4));
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 900 + left + right;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return heightFor(6) + top + bottom;
    }

    /** Room for one lane and the cluster row: any less and the lane would be drawn over the clusters. */
    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return heightFor(1) + top + bottom;
    }

    /** The height that holds the axis, the era band, {@code lanes} lanes, the cluster row and the overview. */
    private double heightFor(int lanes) {
        return lanesTop() + (lanes + 1) * laneHeight() + OVERVIEW_GAP + overviewHeight();
    }

    /** Where the first lane starts: under the two axis rows and the era band. */
    private double lanesTop() {
        double f = fontSize();
        return eraTopFor(rowHeight()) + Math.round(f * 1.9) + Math.round(f * 0.5);
    }

    private static double eraTopFor(double row) {
        return row * 2 + 2;
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double ovH = overviewHeight();
        double mainH = Math.max(1, h - ovH - OVERVIEW_GAP);
        double wanted = getSkinnable().getOutputScale() > 1 ? getSkinnable().getOutputScale() : 1;
        double scale = Math.max(1, Math.min(wanted, MAX_CANVAS_PIXELS / Math.max(w, mainH)));
        if (scale != pixelScale) {
            pixelScale = scale;
            List<Transform> scaledDown = scale == 1 ? List.of() : List.of(new Scale(1 / scale, 1 / scale));
            canvas.getTransforms().setAll(scaledDown);
            overview.getTransforms().setAll(scaledDown);
        }
        if (canvas.getWidth() != w * scale || canvas.getHeight() != mainH * scale) {
            canvas.setWidth(w * scale);
            canvas.setHeight(mainH * scale);
            mainDirty = true;
        }
        if (overview.getWidth() != w * scale || overview.getHeight() != ovH * scale) {
            overview.setWidth(w * scale);
            overview.setHeight(ovH * scale);
            overviewDirty = true;
        }
        canvas.relocate(x, y);
        overview.relocate(x, y + h - ovH);
        if (dataDirty) {
            rebuildData();
        }
        if (mainDirty) {
            drawMain();
        }
        if (overviewDirty) {
            drawOverview();
        }
        placeWindow();
    }

    private void rebuildData() {
        dataDirty = false;
        TimelineView control = getSkinnable();
        if (measurer == null || !measurer.font().equals(control.getLabelFont())) {
            measurer = new TextMeasurer(control.getLabelFont());
            Font f = control.getLabelFont();
            boldFont = Font.font(f.getFamily(), FontWeight.BOLD, f.getSize());
            boldMeasurer = new TextMeasurer(boldFont);
        }
        countFormat = NumberFormat.getIntegerInstance(control.getLocale());
        List<TimelineEvent> list = control.getEvents() == null ? List.of() : control.getEvents();
        int n = list.size();
        items = list.toArray(new TimelineEvent[0]);
        starts = new double[n];
        ends = new double[n];
        spans = new boolean[n];
        boolean sorted = true;
        for (int i = 0; i < n; i++) {
            TimeRange r = items[i].range();
            starts[i] = r.start();
            ends[i] = r.end();
            sorted &= i == 0 || starts[i] >= starts[i - 1];
        }
        if (!sorted) {
            // The list should come in date order; sort a copy rather than draw garbage if it does not.
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            double[] s = starts;
            Arrays.sort(order, (a, b) -> Double.compare(s[a], s[b]));
            TimelineEvent[] sortedItems = new TimelineEvent[n];
            double[] ss = new double[n];
            double[] ee = new double[n];
            for (int i = 0; i < n; i++) {
                sortedItems[i] = items[order[i]];
                ss[i] = starts[order[i]];
                ee[i] = ends[order[i]];
            }
            items = sortedItems;
            starts = ss;
            ends = ee;
        }
        labels = new String[n];
        labelWidths = new float[n];
        double totalLabelWidth = 0;
        indexOf = new HashMap<>(n * 2);
        double maxLabel = fontSize() * 20;
        for (int i = 0; i < n; i++) {
            TimelineEvent e = items[i];
            spans[i] = e.end() != null || e.start().precision() != DatePrecision.DAY;
            String label = measurer.elide(e.title(), maxLabel);
            labels[i] = label;
            labelWidths[i] = (float) measurer.width(label);
            totalLabelWidth += labelWidths[i];
            indexOf.put(e, i);
        }
        meanExtent = n == 0 ? 0 : totalLabelWidth / n;
        List<Era> eraList = control.getEras() == null ? List.of() : control.getEras();
        eras = eraList.toArray(new Era[0]);
        Arrays.sort(eras, (a, b) -> Double.compare(a.range().start(), b.range().start()));
        eraColors = new Color[eras.length];
        for (int i = 0; i < eras.length; i++) {
            eraColors[i] = parseColor(eras[i].color());
        }
        laneInput = new LaneLayout.Events(starts, ends, spans, labelWidths);
        levels.clear();
        lanes = null;
        density = new int[0];
    }

    private static Color parseColor(String css) {
        try {
            return Color.web(css);
        } catch (IllegalArgumentException e) {
            return Color.GRAY;
        }
    }

    private LaneLayout.Metrics metrics() {
        double f = fontSize();
        return new LaneLayout.Metrics(Math.round(f * 0.38), Math.round(f * 0.35), Math.round(f * 0.8),
                Math.max(3, Math.round(f * 0.25)), measurer.width("99999") + f);
    }

    /** What the lane layouts depend on besides the events and the zoom level. */
    private record LevelsKey(int laneCount, LaneLayout.Metrics metrics, double rightLimit) {
    }

    /**
     * The lane layout for the current zoom level: one per level rather than per scale, so that zooming within a
     * level and every pan reuse it, laid out lazily only as far right as has been shown.
     */
    private LaneLayout.Level lanesFor(TimeScale s, int laneCount, LaneLayout.Metrics m) {
        TimeRange limits = s.limits();
        double rightLimit = limits == null ? Double.MAX_VALUE / 4 : limits.end();
        LevelsKey key = new LevelsKey(laneCount, m, rightLimit);
        if (!key.equals(levelsKey)) {
            levels.clear();
            levelsKey = key;
        }
        int level = Math.max(LaneLayout.levelOf(s.daysPerPixel()), animationLevel(s));
        if (heldLevel != Integer.MIN_VALUE) {
            level = Math.max(level, heldLevel);
            heldLevel = level;
        }
        shownLevel = level;
        LaneLayout.Level layout = levels.get(level);
        if (layout == null) {
            layout = LaneLayout.level(laneInput, LaneLayout.levelDaysPerPixel(level), laneCount, m, rightLimit);
            levels.put(level, layout);
        }
        return layout;
    }

    /**
     * The level an animated jump draws with, or {@code Integer.MIN_VALUE} when the view is not animating. A jump
     * passes through many levels in its 300 ms, and with a layout for each, labels would hop from lane to lane
     * all the way. Instead every frame uses the coarser of the level shown before the jump and the target's: a
     * coarser level's layout never overlaps at a finer scale, and every frame lies between the two, so the labels
     * glide and settle into their final lanes once, at the end of a zoom in (at the start of a zoom out).
     */
    private int animationLevel(TimeScale s) {
        TimeRange target = getSkinnable().getAnimationTarget();
        if (target == null) {
            animatedTo = null;
            return Integer.MIN_VALUE;
        }
        if (!target.equals(animatedTo)) {
            animatedTo = target;
            animationLevel = Math.max(shownLevel, LaneLayout.levelOf(target.length() / Math.max(1, s.width())));
        }
        return animationLevel;
    }

    /**
     * Holds the lanes while the wheel, the fingers or the overview's edges zoom, as {@link #animationLevel} does for
     * a jump: each wheel notch crosses a zoom level or two, and labels would hop between lanes at every one.
     * Zooming in keeps the level shown (its labels only move apart), zooming out moves to each coarser level it
     * must, and once the gesture has rested the lanes settle into the exact level's, in one step.
     */
    private void holdLanes() {
        if (heldLevel == Integer.MIN_VALUE) {
            heldLevel = shownLevel;
        }
        settle.playFromStart();
    }

    // ----- drawing

    private void drawMain() {
        mainDirty = false;
        TimelineView control = getSkinnable();
        if (control.getVisibleRange() == null) {
            return;
        }
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setTransform(pixelScale, 0, 0, pixelScale, 0, 0);
        double w = mainWidth();
        double h = mainHeight();
        scale = control.scale(w);
        eventHits.clear();
        clusterHits.clear();
        eraHits.clear();

        double f = fontSize();
        double row = rowHeight();
        double laneH = laneHeight();
        eraTop = eraTopFor(row);
        eraBottom = eraTop + Math.round(f * 1.9);
        double lanesTop = lanesTop();
        double clusterRowY = h - laneH;
        int laneCount = (int) Math.max(1, Math.floor((clusterRowY - lanesTop) / laneH));

        drawBackground(g, w, h);
        g.setFont(measurer.font());
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);

        AxisLayout.Axis axis = AxisLayout.layout(scale, control.getLocale(), measurer::width, boldMeasurer::width,
                Math.round(f * 0.8));
        drawAxis(g, axis, w, h, row);
        drawEraBands(g, w, f);
        drawEvents(g, w, lanesTop, laneH, laneCount, clusterRowY);
        drawFocusRing(g, w, h);
    }

    /** Four filled strips rather than a stroked outline: a software renderer fills rectangles fast. */
    private void drawFocusRing(GraphicsContext g, double w, double h) {
        Paint ring = getSkinnable().focusColorProperty().get();
        if (ring == null || ring.equals(Color.TRANSPARENT)) {
            return;
        }
        double t = FOCUS_RING_WIDTH;
        g.setFill(ring);
        g.fillRect(0, 0, w, t);
        g.fillRect(0, h - t, w, t);
        g.fillRect(0, t, t, h - 2 * t);
        g.fillRect(w - t, t, t, h - 2 * t);
    }

    /**
     * Paints the background, tinted under each era. Each pixel is painted once, with opaque colours: a software
     * renderer pays for every screen-sized fill and far more for blending one.
     */
    private void drawBackground(GraphicsContext g, double w, double h) {
        Paint background = getSkinnable().canvasBackgroundProperty().get();
        double cursor = 0;
        for (int i = 0; i < eras.length && cursor < w; i++) {
            TimeRange r = eras[i].range();
            double x0 = Math.max(cursor, Math.round(scale.timeToX(r.start())));
            double x1 = Math.min(w, Math.round(scale.timeToX(r.end())));
            if (x1 <= x0) {
                continue;
            }
            if (x0 > cursor) {
                g.setFill(background);
                g.fillRect(cursor, 0, x0 - cursor, h);
            }
            g.setFill(background instanceof Color bg ? bg.interpolate(eraColors[i], 0.07) : background);
            g.fillRect(x0, 0, x1 - x0, h);
            cursor = x1;
        }
        if (cursor < w) {
            g.setFill(background);
            g.fillRect(cursor, 0, w - cursor, h);
        }
    }

    private void drawAxis(GraphicsContext g, AxisLayout.Axis axis, double w, double h, double row) {
        TimelineView control = getSkinnable();
        Paint axisColor = control.axisColorProperty().get();
        // Lines as one-pixel rectangles: filling a rectangle is a fast path where stroking is not.
        // Grid lines and the context row's ticks stop short of the main row so that no line crosses a label.
        double axisBottom = Math.round(row * 2);
        g.setFill(control.gridColorProperty().get());
        for (double x : axis.ticks()) {
            g.fillRect(Math.round(x), axisBottom, 1, h - axisBottom);
        }
        g.setFill(axisColor);
        for (double x : axis.contextTicks()) {
            g.fillRect(Math.round(x), 0, 1, row);
        }
        // Short ticks under the text: a label every second or fifth year is as wide as its year.
        double tickTop = Math.round(row * 1.8);
        for (double x : axis.ticks()) {
            g.fillRect(Math.round(x), tickTop, 1, axisBottom - tickTop);
        }
        g.fillRect(0, axisBottom, w, 1);
        g.setFont(boldFont);
        for (AxisLayout.Label l : axis.context()) {
            g.fillText(l.text(), l.x(), row / 2);
        }
        g.setFont(measurer.font());
        for (AxisLayout.Label l : axis.labels()) {
            g.fillText(l.text(), l.x(), row * 1.5);
        }
    }

    private void drawEraBands(GraphicsContext g, double w, double f) {
        Era selected = getSkinnable().getSelectedEra();
        double bandH = eraBottom - eraTop;
        for (int i = 0; i < eras.length; i++) {
            TimeRange r = eras[i].range();
            double x0 = scale.timeToX(r.start());
            double x1 = scale.timeToX(r.end());
            if (x1 <= 0 || x0 >= w) {
                continue;
            }
            double vx0 = Math.max(0, x0);
            double vx1 = Math.min(w, x1);
            Color c = eraColors[i];
            g.setFill(c);
            g.fillRect(vx0, eraTop, vx1 - vx0, bandH);
            eraHits.add(i, vx0, eraTop, vx1, eraBottom);
            boolean isSelected = eras[i].equals(selected);
            if (isSelected) {
                g.setStroke(getSkinnable().selectedColorProperty().get());
                g.setLineWidth(3);
                g.strokeRect(vx0 + 1.5, eraTop + 1.5, vx1 - vx0 - 3, bandH - 3);
            }
            // Black or white text, whichever contrasts more with the era's own colour, as on its button.
            g.setFill(Contrast.blackReadsBetter(c.getRed(), c.getGreen(), c.getBlue()) ? Color.BLACK : Color.WHITE);
            double pad = f * 0.5;
            TextMeasurer tm = isSelected ? boldMeasurer : measurer;
            String name = tm.elide(eras[i].title(), vx1 - vx0 - 2 * pad);
            if (name.length() > 1) {
                double tw = tm.width(name);
                double tx = Math.max(vx0 + pad, Math.min(vx1 - pad - tw, (x0 + x1) / 2 - tw / 2));
                g.setFont(tm.font());
                g.fillText(name, tx, (eraTop + eraBottom) / 2);
            }
        }
        g.setFont(measurer.font());
    }

    private void drawEvents(GraphicsContext g, double w, double lanesTop, double laneH, int laneCount,
                            double clusterRowY) {
        TimelineView control = getSkinnable();
        int n = items.length;
        if (n == 0) {
            return;
        }
        LaneLayout.Metrics m = metrics();
        LaneLayout.Level layout = lanesFor(scale, laneCount, m);
        lanes = layout;
        double dpp = scale.daysPerPixel();
        // Absolute pixels at this scale minus this offset give canvas x.
        double offset = scale.range().start() / dpp;
        TimeRange view = scale.range();
        int from = lowerBound(starts, view.start() - layout.maxExtentDays());
        int to = lowerBound(starts, view.end());
        Integer selectedIndex = control.getSelectedEvent() == null ? null
                : indexOf.get(control.getSelectedEvent());
        layout.ensure(selectedIndex == null ? to : Math.max(to, selectedIndex + 1), view.end());
        shownClusters.reset(layout.firstClusterEndingAfter(view.start()), layout.clusters());
        Paint eventColor = control.eventColorProperty().get();
        Paint textColor = control.textColorProperty().get();
        // Opaque, mixed with the background: blending hundreds of bars is what a software renderer is slowest at.
        Color spanFill = control.eventColorProperty().get() instanceof Color c
                && control.canvasBackgroundProperty().get() instanceof Color bg ? bg.interpolate(c, 0.22)
                : Color.rgb(31, 78, 156, 0.22);
        double barH = Math.round(laneH * 0.72);
        double r = m.dotRadius();
        EventStyle style = new EventStyle(eventColor, textColor, spanFill, dotImage(eventColor, r), barH, laneH);
        for (int i = from; i < to; i++) {
            int lane = layout.lane(i);
            double x0 = (starts[i] - view.start()) / dpp;
            if (lane < 0) {
                // Counted where its dot would touch the view: a cluster's number is of the events hidden in view.
                if (x0 > -2 * r) {
                    shownClusters.add(layout.cluster(i), i, starts[i], ends[i]);
                }
                continue;
            }
            if (selectedIndex == null || selectedIndex != i) {
                drawEvent(g, i, lanesTop + lane * laneH + laneH / 2, w, layout, m, style);
            }
        }
        drawClusters(g, layout, w, clusterRowY, m, style, selectedIndex == null ? -1 : selectedIndex);
        if (selectedIndex != null) {
            int lane = layout.lane(selectedIndex);
            // Alone in view on the cluster row, it is drawn there; in a counted cluster, just above it.
            boolean counted = lane < 0 && shownClusters.count(layout.cluster(selectedIndex)) != 1;
            double cy = lane >= 0 ? lanesTop + lane * laneH + laneH / 2
                    : counted ? clusterRowY - laneH / 2 : clusterRowY + laneH / 2;
            drawSelected(g, selectedIndex, cy, laneH, barH, m, layout, offset, counted);
        }
    }

    /** How events are painted in this frame. */
    private record EventStyle(Paint color, Paint textColor, Color spanFill, Image dot, double barHeight,
                              double laneHeight) {
    }

    /**
     * Draws event {@code i} centred on {@code cy}: its bar or dot, and its label shortened to end before
     * {@code rightLimit}; and notes where, for clicks and hovers. Nothing for an event wholly left of the view: the
     * visible slice starts early enough for the longest event, not for each one.
     */
    private void drawEvent(GraphicsContext g, int i, double cy, double rightLimit, LaneLayout.Level layout,
                           LaneLayout.Metrics m, EventStyle style) {
        TimeRange view = scale.range();
        double dpp = scale.daysPerPixel();
        double x0 = (starts[i] - view.start()) / dpp;
        double x1 = (ends[i] - view.start()) / dpp;
        double lx = labelX(layout, i, view.start() / dpp, dpp, x0, x1, m);
        if (Math.max(Math.max(x1, x0 + m.minBarWidth()), lx + labelWidths[i]) < 0) {
            return;
        }
        double r = m.dotRadius();
        double barH = style.barHeight();
        double right;
        if (spans[i]) {
            double bx1 = Math.max(x1, x0 + m.minBarWidth());
            g.setFill(style.spanFill());
            g.fillRect(x0, cy - barH / 2, bx1 - x0, barH);
            g.setFill(style.color());
            g.fillRect(x0, cy - barH / 2, Math.max(2, Math.min(3, bx1 - x0)), barH);
            right = bx1;
        } else {
            double mid = (x0 + x1) / 2;
            g.drawImage(style.dot(), Math.round(mid - r) - 1, Math.round(cy - r) - 1, dotSize(r), dotSize(r));
            right = mid + r;
        }
        g.setFill(style.textColor());
        drawLabel(g, labels[i], lx, labelWidths[i], cy, rightLimit);
        double laneH = style.laneHeight();
        double labelEnd = Math.min(rightLimit, lx + labelWidths[i]);
        eventHits.add(i, Math.min(x0, lx) - r, cy - laneH / 2, Math.max(right, labelEnd), cy + laneH / 2);
    }

    /**
     * The event dot, drawn once and then copied: copying an image is far cheaper for a software renderer than
     * filling an oval, and a dense view has hundreds of them.
     */
    private Image dotImage(Paint color, double r) {
        if (dot == null || dotRadius != r || !color.equals(dotColor) || dotScale != pixelScale) {
            Canvas c = new Canvas(dotSize(r) * pixelScale, dotSize(r) * pixelScale);
            GraphicsContext g = c.getGraphicsContext2D();
            g.scale(pixelScale, pixelScale);
            g.setFill(color);
            g.fillOval(1 + Math.round(r) - r, 1 + Math.round(r) - r, 2 * r, 2 * r);
            SnapshotParameters params = new SnapshotParameters();
            params.setFill(Color.TRANSPARENT);
            dot = c.snapshot(params, null);
            dotRadius = r;
            dotColor = color;
            dotScale = pixelScale;
        }
        return dot;
    }

    /** The side of the dot's image in layout pixels: the dot with a pixel to spare all round. */
    private static double dotSize(double r) {
        return Math.ceil(2 * r) + 2;
    }

    /**
     * Where event {@code i}'s label starts on the canvas. A bar that starts off screen keeps its label in view for
     * as long as the bar is.
     */
    private double labelX(LaneLayout.Level layout, int i, double offset, double dpp, double x0, double x1,
                          LaneLayout.Metrics m) {
        double lx = layout.labelX(i, dpp) - offset;
        boolean labelAfterStart = lx >= x0;
        if (spans[i] && labelAfterStart) {
            lx = Math.min(Math.max(lx, m.labelPad()), Math.max(lx, x1 - labelWidths[i] - m.labelPad()));
        }
        return lx;
    }

    /**
     * Draws a label unless it would be cut by the left edge; one running past {@code rightLimit} (the right edge,
     * or whatever comes next on its row) is shortened with an ellipsis, so no label is ever clipped mid-letter.
     */
    private void drawLabel(GraphicsContext g, String text, double x, double width, double cy, double rightLimit) {
        if (x < 0) {
            return;
        }
        if (x + width > rightLimit) {
            double room = rightLimit - x - 2;
            if (room < fontSize() * 3) {
                return;
            }
            text = measurer.elide(text, room);
        }
        g.fillText(text, x, cy);
    }

    /**
     * Draws the clusters in view. They are placed by time, so within a zoom level they spread apart as the view
     * zooms in, and never overlap. One with a single event in view draws that event instead of "+1", with its
     * label up to the next cluster: named, it can be clicked and read like any other.
     */
    private void drawClusters(GraphicsContext g, LaneLayout.Level layout, double w, double y, LaneLayout.Metrics m,
                              EventStyle style, int selectedIndex) {
        TimeRange view = scale.range();
        double dpp = scale.daysPerPixel();
        Paint fill = getSkinnable().clusterColorProperty().get();
        double laneH = style.laneHeight();
        double h = Math.round(laneH * 0.8);
        double cy = y + laneH / 2;
        double gap = m.gap() / 2;
        int clusters = layout.clusters();
        for (int c = layout.firstClusterEndingAfter(view.start()); c < clusters; c++) {
            double x0 = (layout.clusterLeftDay(c) - view.start()) / dpp;
            if (x0 > w) {
                break;
            }
            double x1 = (layout.clusterRightDay(c) - view.start()) / dpp - gap;
            if (x1 < 0) {
                continue;
            }
            if (shownClusters.count(c) == 1) {
                int only = shownClusters.firstMember(c);
                if (only != selectedIndex) {
                    double next = c + 1 < clusters ? (layout.clusterLeftDay(c + 1) - view.start()) / dpp : w;
                    drawEvent(g, only, cy, Math.min(w, next - gap), layout, m, style);
                }
                continue;
            }
            g.setFill(fill);
            // A plain rectangle: rounded ones are paths, which cost a software renderer many times more.
            g.fillRect(x0, cy - h / 2, x1 - x0, h);
            int count = shownClusters.count(c);
            if (count > 0) {
                // Centred on the part in view, so that a cluster running off screen still shows its number.
                double vx0 = Math.max(0, x0);
                double vx1 = Math.min(w, x1);
                String text = "+" + countFormat.format(count);
                double tw = measurer.width(text);
                g.setFill(getSkinnable().clusterTextColorProperty().get());
                g.fillText(text, vx0 + Math.max(2, (vx1 - vx0 - tw) / 2), cy);
            }
            // Clipped to the view: beyond it a cluster may not be laid out to its end yet.
            clusterHits.add(c, Math.max(0, x0), cy - h / 2, Math.min(w, x1), cy + h / 2);
        }
    }

    private void drawSelected(GraphicsContext g, int i, double cy, double laneH, double barH,
                              LaneLayout.Metrics m, LaneLayout.Level layout, double offset, boolean clustered) {
        TimelineView control = getSkinnable();
        TimeRange view = scale.range();
        double dpp = scale.daysPerPixel();
        double x0 = (starts[i] - view.start()) / dpp;
        double x1 = (ends[i] - view.start()) / dpp;
        Paint sel = control.selectedColorProperty().get();
        double r = m.dotRadius() * 1.4;
        double lx = labelX(layout, i, offset, dpp, x0, x1, m);
        double right;
        if (spans[i]) {
            right = Math.max(x1, x0 + m.minBarWidth());
        } else {
            double mid = (x0 + x1) / 2;
            right = mid + r;
            if (lx >= mid) {
                lx = mid + r + m.labelPad();
            }
        }
        double left = Math.min(x0, lx) - r;
        double boxRight = Math.max(right, lx + labelWidths[i]) + 4;
        // A plate behind the selected event keeps it readable even where it is drawn over a cluster.
        g.setFill(control.canvasBackgroundProperty().get());
        g.fillRect(left - 3, cy - laneH / 2, boxRight - left + 3, laneH);
        g.setFill(sel instanceof Color c ? c.deriveColor(0, 1, 1, 0.14) : Color.TRANSPARENT);
        g.fillRect(left - 3, cy - laneH / 2, boxRight - left + 3, laneH);
        g.setStroke(sel);
        g.setLineWidth(2);
        g.strokeRect(left - 2, cy - laneH / 2 + 1, boxRight - left + 1, laneH - 2);
        g.setFill(sel);
        if (spans[i]) {
            g.fillRect(x0, cy - barH / 2, 4, barH);
            g.fillRect(x0, cy + barH / 2 - 3, right - x0, 3);
        } else {
            double mid = (x0 + x1) / 2;
            g.fillOval(mid - r, cy - r, 2 * r, 2 * r);
        }
        drawLabel(g, labels[i], lx, labelWidths[i], cy, mainWidth());
        if (!clustered) {
            eventHits.add(i, left, cy - laneH / 2, Math.max(right, lx + labelWidths[i]), cy + laneH / 2);
        }
    }

    /** The first index whose value is at least {@code key}, in an ascending array. */
    static int lowerBound(double[] a, double key) {
        return LaneLayout.lowerBound(a, key);
    }

    // ----- overview strip

    private TimeScale overviewScale() {
        TimeRange limits = getSkinnable().getZoomLimits();
        return limits == null ? null : new TimeScale(limits, overviewWidth(), limits);
    }

    private void drawOverview() {
        overviewDirty = false;
        GraphicsContext g = overview.getGraphicsContext2D();
        g.setTransform(pixelScale, 0, 0, pixelScale, 0, 0);
        double w = overviewWidth();
        double h = overviewHeight();
        TimelineView control = getSkinnable();
        g.setFill(control.gridColorProperty().get());
        g.fillRect(0, 0, w, h);
        TimeScale s = overviewScale();
        if (s == null) {
            return;
        }
        for (int i = 0; i < eras.length; i++) {
            double x0 = s.timeToX(eras[i].range().start());
            double x1 = s.timeToX(eras[i].range().end());
            g.setFill(eraColors[i].deriveColor(0, 1, 1, 0.55));
            g.fillRect(x0, 0, x1 - x0, h);
        }
        int columns = (int) Math.max(1, Math.ceil(w / 2));
        if (density.length != columns) {
            density = new int[columns];
            for (double start : starts) {
                int col = (int) (s.timeToX(start) / 2);
                if (col >= 0 && col < columns) {
                    density[col]++;
                }
            }
        }
        int max = 1;
        for (int d : density) {
            max = Math.max(max, d);
        }
        // Square root so that a few events still show next to dense years.
        g.setFill(control.eventColorProperty().get());
        g.beginPath();
        g.moveTo(0, h);
        for (int c = 0; c < columns; c++) {
            double bar = density[c] == 0 ? 0 : Math.max(2, (h - 4) * Math.sqrt(density[c] / (double) max));
            g.lineTo(c * 2, h - bar);
            g.lineTo(c * 2 + 2, h - bar);
        }
        g.lineTo(w, h);
        g.closePath();
        g.fill();
    }

    private void placeWindow() {
        TimeScale s = overviewScale();
        if (s == null) {
            window.setVisible(false);
            return;
        }
        TimeRange view = getSkinnable().getVisibleRange();
        window.setVisible(view != null);
        if (view == null) {
            return;
        }
        double x0 = Math.max(0, s.timeToX(view.start()));
        double x1 = Math.min(overviewWidth(), s.timeToX(view.end()));
        double width = Math.max(6, x1 - x0);
        window.resizeRelocate(overview.getLayoutX() + Math.min(x0, overviewWidth() - width),
                overview.getLayoutY(), width, overviewHeight());
    }

    private DragMode overviewHit(double x) {
        TimeScale s = overviewScale();
        if (s == null) {
            return DragMode.NONE;
        }
        TimeRange view = getSkinnable().getVisibleRange();
        double x0 = s.timeToX(view.start());
        double x1 = s.timeToX(view.end());
        if (Math.abs(x - x0) <= EDGE_GRAB && x1 - x0 > 2 * EDGE_GRAB) {
            return DragMode.LEFT;
        }
        if (Math.abs(x - x1) <= EDGE_GRAB) {
            return DragMode.RIGHT;
        }
        return x > x0 && x < x1 ? DragMode.MOVE : DragMode.NONE;
    }

    private void overviewMoved(MouseEvent e) {
        DragMode mode = overviewHit(unscaled(e.getX()));
        overview.setCursor(switch (mode) {
            case LEFT, RIGHT -> Cursor.H_RESIZE;
            case MOVE -> Cursor.OPEN_HAND;
            case NONE -> Cursor.DEFAULT;
        });
    }

    private void overviewPressed(MouseEvent e) {
        getSkinnable().requestFocus();
        TimeScale s = overviewScale();
        if (s == null || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        overviewDrag = overviewHit(unscaled(e.getX()));
        pressX = unscaled(e.getX());
        pressRange = getSkinnable().getVisibleRange();
        if (overviewDrag == DragMode.NONE) {
            // A press beside the window centres the view there; dragging on moves it.
            TimeRange view = pressRange;
            getSkinnable().zoomTo(view.shift(s.xToTime(unscaled(e.getX())) - view.center()));
            overviewDrag = DragMode.MOVE;
            pressRange = getSkinnable().getAnimationTarget() != null ? getSkinnable().getAnimationTarget()
                    : getSkinnable().getVisibleRange();
        }
        e.consume();
    }

    private void overviewDragged(MouseEvent e) {
        TimeScale s = overviewScale();
        if (s == null || overviewDrag == DragMode.NONE) {
            return;
        }
        TimelineView control = getSkinnable();
        control.stopAnimation();
        double days = (unscaled(e.getX()) - pressX) * s.daysPerPixel();
        TimeRange limits = s.limits();
        TimeRange next = switch (overviewDrag) {
            case MOVE -> new TimeScale(pressRange, pressRange.length(), limits).pan(days).range();
            case LEFT -> resized(Math.min(pressRange.start() + days, pressRange.end() - TimeScale.MIN_SPAN_DAYS),
                    pressRange.end(), limits);
            case RIGHT -> resized(pressRange.start(),
                    Math.max(pressRange.end() + days, pressRange.start() + TimeScale.MIN_SPAN_DAYS), limits);
            case NONE -> pressRange;
        };
        if (overviewDrag != DragMode.MOVE) {
            // Resizing the window zooms, as the wheel does.
            holdLanes();
        }
        control.setVisibleRange(next);
        e.consume();
    }

    /** The wheel over the overview zooms the window about its centre, as if over the middle of the timeline. */
    private void overviewScrolled(ScrollEvent e) {
        double dy = e.getDeltaY();
        if (dy == 0 || e.isControlDown() || e.isShortcutDown()) {
            return;
        }
        TimelineView control = getSkinnable();
        TimeScale s = control.scale(mainWidth());
        double notches = e.getMultiplierY() > 0 ? dy / e.getMultiplierY() : dy / 40;
        control.stopAnimation();
        holdLanes();
        control.setVisibleRange(s.zoom(Math.exp(notches * WHEEL_ZOOM_PER_NOTCH), s.range().center()).range());
        e.consume();
    }

    private static TimeRange resized(double start, double end, TimeRange limits) {
        return new TimeRange(Math.max(limits.start(), start), Math.min(limits.end(), end));
    }

    // ----- mouse on the main canvas

    /** A pointer coordinate on a canvas in layout pixels: the canvases draw at the output scale, scaled down. */
    private double unscaled(double canvasCoordinate) {
        return canvasCoordinate / pixelScale;
    }

    private void mousePressed(MouseEvent e) {
        getSkinnable().requestFocus();
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        pressX = unscaled(e.getX());
        pressRange = getSkinnable().getVisibleRange();
        dragging = false;
        e.consume();
    }

    private void mouseDragged(MouseEvent e) {
        if (pressRange == null || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        double dx = unscaled(e.getX()) - pressX;
        if (!dragging && Math.abs(dx) < DRAG_THRESHOLD) {
            return;
        }
        if (!dragging) {
            dragging = true;
            getSkinnable().stopAnimation();
            canvas.setCursor(Cursor.CLOSED_HAND);
            hover(null);
        }
        TimelineView control = getSkinnable();
        // Dragging right pulls earlier times into view: the content follows the pointer.
        control.setVisibleRange(new TimeScale(pressRange, mainWidth(), control.getZoomLimits())
                .pan(-dx).range());
        e.consume();
    }

    private void mouseReleased(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || pressRange == null) {
            return;
        }
        pressRange = null;
        canvas.setCursor(Cursor.DEFAULT);
        if (dragging) {
            dragging = false;
            e.consume();
            return;
        }
        click(unscaled(e.getX()), unscaled(e.getY()), e.getClickCount());
        e.consume();
    }

    private void click(double x, double y, int clicks) {
        TimelineView control = getSkinnable();
        int c = clusterHits.find(x, y);
        if (c >= 0 && lanes != null) {
            control.zoomTo(separating(c, scale.xToTime(x)));
            return;
        }
        int i = eventHits.find(x, y);
        if (i >= 0) {
            control.setSelectedEvent(items[i]);
            if (clicks >= 2) {
                control.openSelected();
            }
            return;
        }
        int era = eraHits.find(x, y);
        if (era >= 0) {
            control.selectEra(eras[era]);
        } else if (clicks == 2) {
            // A double click where there is nothing to open zooms in there, as on a map.
            TimeScale s = control.scale(mainWidth());
            control.zoomTo(s.zoom(DOUBLE_CLICK_ZOOM, s.xToTime(x)).range());
        }
    }

    /**
     * A range in which the members of cluster {@code c} shown in the last frame have room for their own lanes:
     * their lanes' worth of labels side by side over their time, so one click usually separates them. Never wider
     * than those members' range with a margin; where that range is wider, centred as near {@code anchorDay}, the
     * time clicked, as it allows.
     */
    private TimeRange separating(int c, double anchorDay) {
        int count = shownClusters.count(c);
        double start = count > 0 ? shownClusters.firstStart(c) : lanes.clusterLeftDay(c);
        double end = count > 0 ? shownClusters.lastEnd(c) : lanes.clusterRightDay(c);
        TimeRange members = new TimeRange(start, Math.max(end, start + 1));
        LaneLayout.Metrics m = metrics();
        double perEvent = meanExtent + m.labelPad() + m.gap() + 2 * m.dotRadius();
        // Every event at this zoom level competes for the lanes, and the cluster is what did not fit.
        double needPixels = (Math.max(1, count) + lanes.lanes()) * perEvent / lanes.lanes();
        double daysPerPixel = members.length() / Math.max(1, needPixels);
        double length = Math.min(members.length() * 1.5, daysPerPixel * mainWidth());
        double half = length / 2;
        double center = members.length() <= length ? members.center()
                : Math.max(members.start() + half, Math.min(members.end() - half, anchorDay));
        return new TimeRange(center - half, center + half);
    }

    private void mouseMoved(MouseEvent e) {
        int i = eventHits.find(unscaled(e.getX()), unscaled(e.getY()));
        if (i >= 0) {
            hover(items[i]);
            return;
        }
        int c = clusterHits.find(unscaled(e.getX()), unscaled(e.getY()));
        if (c >= 0 && shownClusters.count(c) > 0) {
            hover(new ClusterHover(c, shownClusters.count(c), examplesOf(c)));
            return;
        }
        int era = eraHits.find(unscaled(e.getX()), unscaled(e.getY()));
        hover(era >= 0 ? eras[era] : null);
    }

    /** A cluster under the pointer: how many of its events are in view, and the first few of them. */
    private record ClusterHover(int cluster, int count, List<Integer> examples) {
    }

    /** Up to {@link #CLUSTER_EXAMPLES} of cluster {@code c}'s events in view, earliest first, for its tooltip. */
    private List<Integer> examplesOf(int c) {
        List<Integer> found = new ArrayList<>();
        double viewEnd = scale.range().end();
        for (int i = shownClusters.firstMember(c); i < lanes.laidOut() && starts[i] < viewEnd
                && found.size() < CLUSTER_EXAMPLES; i++) {
            if (lanes.cluster(i) == c) {
                found.add(i);
            }
        }
        return found;
    }

    private void hover(Object target) {
        if (target == null ? hovered == null : target.equals(hovered)) {
            return;
        }
        hovered = target;
        canvas.setCursor(target == null ? Cursor.DEFAULT : Cursor.HAND);
        if (target == null) {
            tooltip.hide();
            Tooltip.uninstall(canvas, tooltip);
            return;
        }
        var locale = getSkinnable().getLocale();
        if (target instanceof TimelineEvent ev) {
            tooltip.setText(ev.title() + "\n" + ev.formatDate(locale));
        } else if (target instanceof Era era) {
            tooltip.setText(era.title() + "\n" + org.timelineexplorer.model.HistoricalDate.formatRange(
                    era.start(), era.end(), locale));
        } else if (target instanceof ClusterHover ch) {
            // A few names say what is hidden there, so that a student can tell whether to zoom in.
            StringBuilder text = new StringBuilder(countFormat.format(ch.count())).append(" more events here:");
            for (int i : ch.examples()) {
                text.append("\n• ").append(items[i].title()).append(" · ").append(items[i].formatDate(locale));
            }
            int others = ch.count() - ch.examples().size();
            if (others > 0) {
                text.append("\n… and ").append(countFormat.format(others)).append(others == 1 ? " other" : " others");
            }
            tooltip.setText(text.append("\nClick to zoom in on them.").toString());
        }
        Tooltip.install(canvas, tooltip);
    }

    private void scrolled(ScrollEvent e) {
        TimelineView control = getSkinnable();
        double dx = e.getDeltaX();
        double dy = e.getDeltaY();
        if (e.isControlDown() || e.isShortcutDown()) {
            return;
        }
        TimeScale s = control.scale(mainWidth());
        if (e.isShiftDown() || Math.abs(dx) > Math.abs(dy)) {
            // Some platforms turn Shift+wheel into a horizontal delta, others do not.
            double d = dx != 0 ? dx : dy;
            control.stopAnimation();
            control.setVisibleRange(s.pan(-d).range());
        } else if (dy != 0) {
            control.stopAnimation();
            // In wheel notches: platforms report a notch as 40 pixels or as 1, and say which in the multiplier.
            double notches = e.getMultiplierY() > 0 ? dy / e.getMultiplierY() : dy / 40;
            double anchor = s.xToTime(unscaled(e.getX()));
            holdLanes();
            control.setVisibleRange(s.zoom(Math.exp(notches * WHEEL_ZOOM_PER_NOTCH), anchor).range());
        }
        e.consume();
    }

    private void zoomed(ZoomEvent e) {
        TimelineView control = getSkinnable();
        TimeScale s = control.scale(mainWidth());
        control.stopAnimation();
        holdLanes();
        control.setVisibleRange(s.zoom(e.getZoomFactor(), s.xToTime(unscaled(e.getX()))).range());
        e.consume();
    }

    // ----- keyboard

    private void keyPressed(KeyEvent e) {
        // Ctrl/Cmd combinations belong to the application (Ctrl + and - set its type size).
        if (e.isControlDown() || e.isShortcutDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        TimelineView control = getSkinnable();
        TimeRange view = control.getAnimationTarget() != null ? control.getAnimationTarget()
                : control.getVisibleRange();
        TimeScale s = new TimeScale(view, Math.max(1, mainWidth()), control.getZoomLimits());
        switch (e.getCode()) {
            case PLUS, ADD, EQUALS -> control.zoomTo(s.zoom(KEY_ZOOM, zoomAnchor(view)).range());
            case MINUS, SUBTRACT -> control.zoomTo(s.zoom(1 / KEY_ZOOM, zoomAnchor(view)).range());
            case DIGIT0, NUMPAD0 -> control.fitAll();
            case LEFT, KP_LEFT -> {
                if (e.isShiftDown()) {
                    control.zoomTo(s.pan(-s.width() * KEY_PAN_FRACTION).range());
                } else {
                    control.selectRelative(-1);
                }
            }
            case RIGHT, KP_RIGHT -> {
                if (e.isShiftDown()) {
                    control.zoomTo(s.pan(s.width() * KEY_PAN_FRACTION).range());
                } else {
                    control.selectRelative(1);
                }
            }
            case HOME -> control.selectFirst();
            case END -> control.selectLast();
            case ENTER -> control.openSelected();
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Keys zoom around the selected event when it is in view, else around the centre. */
    private double zoomAnchor(TimeRange view) {
        TimelineEvent selected = getSkinnable().getSelectedEvent();
        if (selected != null && view.contains(selected.range().center())) {
            return selected.range().center();
        }
        return view.center();
    }

    // ----- for tests: where things were drawn

    /** The centre of {@code event}'s marker in the control's coordinates, if it was drawn in the last frame. */
    Point2D locate(TimelineEvent event) {
        Integer index = indexOf.get(event);
        if (index == null) {
            return null;
        }
        int hit = eventHits.indexOfId(index);
        if (hit < 0) {
            return null;
        }
        double x = (starts[index] + ends[index]) / 2;
        double cx = spans[index] ? scale.timeToX(starts[index]) + 2 : scale.timeToX(x);
        return new Point2D(canvas.getLayoutX() + cx,
                canvas.getLayoutY() + (eventHits.y0(hit) + eventHits.y1(hit)) / 2);
    }

    /** The centre of {@code era}'s band in the control's coordinates, if it was drawn. */
    Point2D locate(Era era) {
        for (int i = 0; i < eras.length; i++) {
            if (eras[i].equals(era)) {
                int hit = eraHits.indexOfId(i);
                if (hit >= 0) {
                    return new Point2D(canvas.getLayoutX() + (eraHits.x0(hit) + eraHits.x1(hit)) / 2,
                            canvas.getLayoutY() + (eraTop + eraBottom) / 2);
                }
            }
        }
        return null;
    }

    /** The x of a time on the main canvas in the control's coordinates. */
    double xOf(double epochDay) {
        return canvas.getLayoutX() + getSkinnable().scale(mainWidth()).timeToX(epochDay);
    }

    /** The time at an x position in the control's coordinates. */
    double timeAt(double controlX) {
        return getSkinnable().scale(mainWidth()).xToTime(controlX - canvas.getLayoutX());
    }

    /** A point inside the overview strip at {@code epochDay}, in the control's coordinates. */
    Point2D overviewPoint(double epochDay) {
        TimeScale s = overviewScale();
        return new Point2D(overview.getLayoutX() + s.timeToX(epochDay), overview.getLayoutY() + overviewHeight() / 2);
    }

    /** The centre of the first cluster drawn in the last frame, in the control's coordinates, or null. */
    Point2D firstClusterCentre() {
        if (clusterHits.size() == 0) {
            return null;
        }
        return new Point2D(canvas.getLayoutX() + (clusterHits.x0(0) + clusterHits.x1(0)) / 2,
                canvas.getLayoutY() + (clusterHits.y0(0) + clusterHits.y1(0)) / 2);
    }

    /** The zoom level of the lanes drawn in the last frame. */
    int shownLevel() {
        return shownLevel;
    }

    /** The number of clusters drawn in the last frame. */
    int drawnClusters() {
        return clusterHits.size();
    }
}
