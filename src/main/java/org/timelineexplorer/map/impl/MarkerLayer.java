package org.timelineexplorer.map.impl;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.timelineexplorer.color.Contrast;
import org.timelineexplorer.i18n.Language;
import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.map.MapMarker;
import org.timelineexplorer.map.MapView;
import org.timelineexplorer.map.MapViewport;

import java.text.MessageFormat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The markers of one map: gathered by place when the markers are set (and only the places changed when a few
 * markers change), then gathered into clusters of places too close to tell apart, drawn, and labelled where a
 * label covers no other. The places are kept in the order labels win in (those not muted first, then those with more markers), so the first place found in
 * a cluster is the one it is drawn and labelled as.
 */
final class MarkerLayer {

    /**
     * A marker's radius; a place or cluster with a count gets a larger one. Both grow with a label font larger than
     * 16 pixels (a presentation's), so that the count stays inside its disc.
     */
    static final double RADIUS = 6;
    static final double COUNT_RADIUS = 10;
    private static final double RADIUS_PER_FONT_PIXEL = RADIUS / 16;
    private static final double COUNT_RADIUS_PER_FONT_PIXEL = COUNT_RADIUS / 16;
    /** Places closer than this many pixels are drawn as one cluster... */
    private static final double CLUSTER_DISTANCE = 2 * COUNT_RADIUS + 2;
    /** ...unless more places are in view than this: then farther ones too, so that a frame draws about as many. */
    private static final int MOST_CLUSTERS = 250;
    /** The largest count a cluster's disc has room for; beyond it, "99+". */
    private static final int MOST_COUNTED = 99;
    /** At most this many labels are tried a frame: beyond it, a frame would be all label. */
    private static final int MAX_LABEL_TRIES = 400;
    /**
     * Levels of clustering per doubling of the zoom: at sixteen, places join when 22 to 23 pixels apart or less,
     * close to the distance at which their discs touch, whatever the zoom.
     */
    private static final int LEVELS_PER_DOUBLING = 16;
    private static final int LEVELS_KEPT = 32;

    /** What makes markers one place: the same label at the same coordinates. */
    private record PlaceKey(String label, double lat, double lon) {
    }

    /**
     * The order labels win in: places not muted first, then those with more markers; then by position and name,
     * so that the order is the same however the places came about, whole or by {@link #update}. Written out rather
     * than chained: sorting 100,000 places with a chain of key extractors, names before positions, took the map's
     * build from 131 to 400 ms in the map benchmark; this order takes it to 190 ms.
     */
    private static final Comparator<Place> LABEL_ORDER = (a, b) -> {
        if (a.muted() != b.muted()) {
            return a.muted() ? 1 : -1;
        }
        int byCount = Integer.compare(b.count(), a.count());
        if (byCount != 0) {
            return byCount;
        }
        // Then by position, cheap to compare, and by name only for two places at one point.
        int byX = Double.compare(a.worldX(), b.worldX());
        if (byX != 0) {
            return byX;
        }
        int byY = Double.compare(a.worldY(), b.worldY());
        return byY != 0 ? byY : a.label().compareTo(b.label());
    };

    /** Markers at one place: drawn as one, with their count. */
    record Place(double worldX, double worldY, String label, MapMarker[] markers, boolean muted, Color color) {

        int count() {
            return markers.length;
        }

        boolean holds(Object item) {
            for (MapMarker m : markers) {
                if (m.item().equals(item)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** One drawn marker of one or more places, at its pixel position; its first place is its face. */
    static final class Cluster {
        final double x;
        final double y;
        final Place first;
        int places = 1;
        int count;
        double radius;

        Cluster(double x, double y, Place first) {
            this.x = x;
            this.y = y;
            this.first = first;
            this.count = first.count();
        }

        boolean isPlace() {
            return places == 1;
        }
    }

    private Place[] places = new Place[0];
    /** The places' world coordinates, in the places' order: one tight loop per frame reads them. */
    private double[] placeX = new double[0];
    private double[] placeY = new double[0];
    private final List<Cluster> drawn = new ArrayList<>();
    /**
     * The clusters of the levels asked for last since the markers changed, by level (cells 2^(−level/16) world
     * units wide): a few, since the finest levels hold about one cluster per place.
     */
    private final Map<Integer, WorldClusters> levels = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, WorldClusters> eldest) {
            return size() > LEVELS_KEPT;
        }
    };
    private int[] markersPerPlace = new int[0];
    private final Map<PlaceKey, Place> placesByKey = new HashMap<>();
    /** The drawn clusters by screen cell of the last frame: each cell's first, and each cluster's next. */
    private int[] grid = new int[0];
    private int[] nextInCell = new int[0];
    private int gridCols;
    private int gridRows;
    /** The cluster distance of the last frame. */
    private double distance = CLUSTER_DISTANCE;
    private final MarkerStamps stamps = new MarkerStamps();
    private Object lastItem;
    private Place lastPlace;
    private final Map<String, Double> labelWidths = new HashMap<>();
    /** The counts a cluster shows, "2" to "99" and "99+", in the digits of {@link #countsLocale}. */
    private final String[] countTexts = new String[MOST_COUNTED + 2];
    private Locale countsLocale;
    private final Text probe = new Text();
    private Font font;

    /**
     * Gathers {@code markers} by place and orders the places by the rule labels win by: all of them anew, for a new
     * set of markers; {@link #update} changes a few.
     */
    void setMarkers(List<MapMarker> markers) {
        Map<PlaceKey, List<MapMarker>> byPlace = new HashMap<>();
        for (MapMarker m : markers) {
            byPlace.computeIfAbsent(new PlaceKey(m.label(), m.lat(), m.lon()), k -> new ArrayList<>(1)).add(m);
        }
        places = byPlace.values().stream().map(MarkerLayer::place).sorted(LABEL_ORDER).toArray(Place[]::new);
        placeX = new double[places.length];
        placeY = new double[places.length];
        markersPerPlace = new int[places.length];
        placesByKey.clear();
        for (int i = 0; i < places.length; i++) {
            placeX[i] = places[i].worldX();
            placeY[i] = places[i].worldY();
            markersPerPlace[i] = places[i].count();
            placesByKey.put(keyOf(places[i]), places[i]);
        }
        forgetLayout();
    }

    /**
     * Takes {@code removed} markers away and adds {@code added}, changing only the places they are at: an edit of
     * one event among 100,000 costs what its places do, not a gathering of every marker again. The clusters are
     * gathered again when next asked for, as one place can change which cluster each of its neighbours joins.
     */
    void update(List<MapMarker> removed, List<MapMarker> added) {
        Map<PlaceKey, List<MapMarker>> changed = new HashMap<>();
        for (MapMarker m : removed) {
            markersAt(changed, m).remove(m);
        }
        for (MapMarker m : added) {
            markersAt(changed, m).add(m);
        }
        for (Map.Entry<PlaceKey, List<MapMarker>> entry : changed.entrySet()) {
            Place before = placesByKey.remove(entry.getKey());
            if (before != null) {
                removePlace(Arrays.binarySearch(places, before, LABEL_ORDER));
            }
            if (!entry.getValue().isEmpty()) {
                Place after = place(entry.getValue());
                placesByKey.put(entry.getKey(), after);
                insertPlace(-1 - Arrays.binarySearch(places, after, LABEL_ORDER), after);
            }
        }
        forgetLayout();
    }

    /** The markers now at {@code m}'s place, as a list to change, gathered into {@code changed}. */
    private List<MapMarker> markersAt(Map<PlaceKey, List<MapMarker>> changed, MapMarker m) {
        return changed.computeIfAbsent(new PlaceKey(m.label(), m.lat(), m.lon()), key -> {
            Place now = placesByKey.get(key);
            return now == null ? new ArrayList<>(1) : new ArrayList<>(Arrays.asList(now.markers()));
        });
    }

    private static PlaceKey keyOf(Place place) {
        MapMarker any = place.markers()[0];
        return new PlaceKey(any.label(), any.lat(), any.lon());
    }

    private void removePlace(int index) {
        int tail = places.length - index - 1;
        Place[] fewer = Arrays.copyOf(places, places.length - 1);
        System.arraycopy(places, index + 1, fewer, index, tail);
        places = fewer;
        placeX = without(placeX, index);
        placeY = without(placeY, index);
        int[] counts = Arrays.copyOf(markersPerPlace, markersPerPlace.length - 1);
        System.arraycopy(markersPerPlace, index + 1, counts, index, tail);
        markersPerPlace = counts;
    }

    private void insertPlace(int index, Place place) {
        int tail = places.length - index;
        Place[] more = Arrays.copyOf(places, places.length + 1);
        System.arraycopy(places, index, more, index + 1, tail);
        more[index] = place;
        places = more;
        placeX = with(placeX, index, place.worldX());
        placeY = with(placeY, index, place.worldY());
        int[] counts = Arrays.copyOf(markersPerPlace, markersPerPlace.length + 1);
        System.arraycopy(markersPerPlace, index, counts, index + 1, tail);
        counts[index] = place.count();
        markersPerPlace = counts;
    }

    private static double[] without(double[] values, int index) {
        double[] fewer = Arrays.copyOf(values, values.length - 1);
        System.arraycopy(values, index + 1, fewer, index, values.length - index - 1);
        return fewer;
    }

    private static double[] with(double[] values, int index, double value) {
        double[] more = Arrays.copyOf(values, values.length + 1);
        System.arraycopy(values, index, more, index + 1, values.length - index);
        more[index] = value;
        return more;
    }

    private static Place place(List<MapMarker> markers) {
        MapMarker face = markers.get(0);
        boolean muted = true;
        for (MapMarker m : markers) {
            if (!m.muted()) {
                face = muted ? m : face;
                muted = false;
            }
        }
        return new Place(face.worldX(), face.worldY(), face.label(), markers.toArray(MapMarker[]::new), muted,
                face.color());
    }

    /** Forgets what was gathered from the places before they changed. */
    private void forgetLayout() {
        levels.clear();
        lastItem = null;
        lastPlace = null;
    }

    /** The places, in the order labels win in. */
    Place[] places() {
        return places;
    }

    /** The place that holds {@code item}'s marker, or {@code null}. */
    Place placeOf(Object item) {
        // Every frame asks for the selected item's place: the last answer is kept, as a search walks every place.
        if (item == null || item == lastItem) {
            return item == null ? null : lastPlace;
        }
        lastItem = item;
        lastPlace = null;
        for (Place p : places) {
            if (p.holds(item)) {
                lastPlace = p;
                break;
            }
        }
        return lastPlace;
    }

    /**
     * The world box where most markers are: minX, minY, maxX, maxY, the narrowest span of x and of y that holds
     * four in five of the markers, so that the few events in Washington do not shrink the many in Iraq to a dot
     * (with fewer than 20 markers, all of them); {@code null} without markers. The narrowest span, not the 10th to
     * 90th percentile: when more than a tenth of the markers lie far off on one side, the percentile still reaches
     * them.
     */
    double[] bounds() {
        int n = 0;
        for (Place p : places) {
            n += p.count();
        }
        if (n == 0) {
            return null;
        }
        double[] xs = new double[n];
        double[] ys = new double[n];
        int i = 0;
        for (Place p : places) {
            for (int k = 0; k < p.count(); k++, i++) {
                xs[i] = p.worldX();
                ys[i] = p.worldY();
            }
        }
        Arrays.sort(xs);
        Arrays.sort(ys);
        int kept = n < 20 ? n : (int) Math.ceil(n * 0.8);
        int x = narrowest(xs, kept);
        int y = narrowest(ys, kept);
        return new double[] {xs[x], ys[y], xs[x + kept - 1], ys[y + kept - 1]};
    }

    /** Where the narrowest run of {@code kept} values of {@code sorted} starts. */
    private static int narrowest(double[] sorted, int kept) {
        int best = 0;
        for (int start = 1; start + kept <= sorted.length; start++) {
            if (sorted[start + kept - 1] - sorted[start] < sorted[best + kept - 1] - sorted[best]) {
                best = start;
            }
        }
        return best;
    }

    /**
     * Gathers the places in view into clusters, for {@link #paint} and {@link #clusterAt}: those of the finest level
     * whose cells are at least {@link #CLUSTER_DISTANCE} wide at this zoom, or a coarser one while more than
     * {@link #MOST_CLUSTERS} of its clusters would be in view, so that a frame draws about as many whatever is shown.
     */
    void layOut(MapViewport view, double w, double h, Font labelFont) {
        drawn.clear();
        double radius = Math.max(RADIUS, labelFont.getSize() * RADIUS_PER_FONT_PIXEL);
        double countRadius = Math.max(COUNT_RADIUS, labelFont.getSize() * COUNT_RADIUS_PER_FONT_PIXEL);
        // Places join when their discs would touch.
        double apart = CLUSTER_DISTANCE * countRadius / COUNT_RADIUS;
        double zoom = view.zoom();
        // The view with a marker's radius around it, in world units: what lies outside is skipped unprojected.
        double minX = view.worldX(-COUNT_RADIUS, w);
        double maxX = view.worldX(w + COUNT_RADIUS, w);
        double minY = view.worldY(-COUNT_RADIUS, h);
        double maxY = view.worldY(h + COUNT_RADIUS, h);
        int level = Math.max(0, (int) Math.floor(LEVELS_PER_DOUBLING * Math.log(zoom / apart)
                / Math.log(2)));
        WorldClusters clusters = clusters(level);
        for (int n = inView(clusters, minX, minY, maxX, maxY); level > 0 && n > MOST_CLUSTERS;
             n = inView(clusters, minX, minY, maxX, maxY)) {
            // Clusters in view fall about as the square of the cells' side grows: skip the levels that cannot do.
            int skip = (int) Math.ceil(LEVELS_PER_DOUBLING * Math.log((double) n / MOST_CLUSTERS) / Math.log(4));
            level = Math.max(0, level - Math.max(1, skip));
            clusters = clusters(level);
        }
        distance = clusters.cell * zoom;
        double left = w / 2 - view.centreX() * zoom;
        double top = h / 2 - view.centreY() * zoom;
        for (int c = 0; c < clusters.size; c++) {
            int i = clusters.face[c];
            if (placeX[i] >= minX && placeX[i] <= maxX && placeY[i] >= minY && placeY[i] <= maxY) {
                Cluster cluster = new Cluster(left + placeX[i] * zoom, top + placeY[i] * zoom, places[i]);
                cluster.places = clusters.placeCount[c];
                cluster.count = clusters.markerCount[c];
                cluster.radius = cluster.count == 1 ? radius : countRadius;
                drawn.add(cluster);
            }
        }
        // The drawn clusters by screen cell, each cell's a chain, for the labels' test of what they would cover.
        gridCols = (int) Math.ceil(w / distance) + 1;
        gridRows = (int) Math.ceil(h / distance) + 1;
        if (grid.length < gridCols * gridRows) {
            grid = new int[gridCols * gridRows];
        }
        Arrays.fill(grid, 0, gridCols * gridRows, -1);
        if (nextInCell.length < drawn.size()) {
            nextInCell = new int[drawn.size() * 2];
        }
        for (int k = 0; k < drawn.size(); k++) {
            int cell = cellOf(drawn.get(k).y, gridRows) * gridCols + cellOf(drawn.get(k).x, gridCols);
            nextInCell[k] = grid[cell];
            grid[cell] = k;
        }
    }

    private int cellOf(double pixel, int cells) {
        return (int) Math.max(0, Math.min(cells - 1, pixel / distance));
    }

    /** The clusters of a level, gathered the first time it is asked for since the markers changed. */
    private WorldClusters clusters(int level) {
        return levels.computeIfAbsent(level,
                k -> new WorldClusters(Math.pow(2, -(double) k / LEVELS_PER_DOUBLING), placeX, placeY,
                        markersPerPlace));
    }

    private int inView(WorldClusters clusters, double minX, double minY, double maxX, double maxY) {
        int n = 0;
        for (int c = 0; c < clusters.size; c++) {
            int i = clusters.face[c];
            if (placeX[i] >= minX && placeX[i] <= maxX && placeY[i] >= minY && placeY[i] <= maxY) {
                n++;
            }
        }
        return n;
    }

    /** The cluster drawn at pixel (x, y) in the last frame, or {@code null}; the nearest where several are. */
    Cluster clusterAt(double x, double y) {
        Cluster best = null;
        double bestDistance = Double.MAX_VALUE;
        for (Cluster c : drawn) {
            double d = Math.hypot(c.x - x, c.y - y);
            if (d <= c.radius + 3 && d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    /**
     * Writes clusters' counts as {@code locale} does ("12", "١٢" in Iraq's digits), from the map's bundle: a
     * count is drawn in every frame, so the texts are made once per locale.
     */
    void useLocale(Locale locale) {
        if (locale.equals(countsLocale)) {
            return;
        }
        countsLocale = locale;
        ResourceBundle texts = Messages.of(MapView.class)
                .bundle(Language.forTag(locale.getLanguage()).orElse(Language.ENGLISH));
        MessageFormat counted = new MessageFormat(texts.getString("cluster.count"), locale);
        for (int count = 2; count <= MOST_COUNTED; count++) {
            countTexts[count] = counted.format(new Object[] {count});
        }
        countTexts[MOST_COUNTED + 1] = new MessageFormat(texts.getString("cluster.more"), locale)
                .format(new Object[] {MOST_COUNTED});
    }

    /** Draws the clusters laid out last, muted ones faint and first, the selected one ringed, then the labels. */
    void paint(GraphicsContext gc, MapViewport view, double w, double h, double scale, MapPalette palette,
               Font labelFont, Object selected) {
        if (!labelFont.equals(font)) {
            font = labelFont;
            labelWidths.clear();
            probe.setFont(labelFont);
        }
        gc.setFont(labelFont);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.setGlobalAlpha(0.35);
        drawClusters(gc, true, palette, scale);
        gc.setGlobalAlpha(1);
        drawClusters(gc, false, palette, scale);
        Place selectedPlace = placeOf(selected);
        Cluster selectedCluster = null;
        if (selectedPlace != null) {
            double x = view.screenX(selectedPlace.worldX(), w);
            double y = view.screenY(selectedPlace.worldY(), h);
            selectedCluster = clusterAt(x, y);
            double r = (selectedCluster == null ? Math.max(RADIUS, font.getSize() * RADIUS_PER_FONT_PIXEL)
                    : selectedCluster.radius) + 4;
            gc.setStroke(palette.selected());
            gc.setLineWidth(3);
            gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
        }
        paintLabels(gc, w, h, palette, selectedCluster);
    }

    /**
     * Draws the clusters that are muted or not: each disc a stamp of its colour and size, then the counts.
     */
    private void drawClusters(GraphicsContext gc, boolean muted, MapPalette palette, double scale) {
        for (Cluster c : drawn) {
            if (c.first.muted() == muted) {
                // At whole output pixels: the software renderer copies an image there several times faster than
                // it resamples one between pixels (245 stamps: under 0.5 ms against 3 ms), and a disc half a pixel
                // off its place is not seen.
                double side = MarkerStamps.side(c.radius);
                gc.drawImage(stamps.stamp(fillOf(c, palette), palette.halo(), c.radius, scale),
                        Math.round((c.x - side / 2) * scale) / scale, Math.round((c.y - side / 2) * scale) / scale,
                        side, side);
            }
        }
        for (Cluster c : drawn) {
            if (c.first.muted() == muted && c.count > 1) {
                gc.setFill(countColour(fillOf(c, palette), palette));
                gc.fillText(countTexts[Math.min(c.count, MOST_COUNTED + 1)], c.x, c.y, 2 * c.radius - 2);
            }
        }
    }

    private static Paint fillOf(Cluster c, MapPalette palette) {
        return c.isPlace() ? c.first.color() : palette.cluster();
    }

    /** White or black on a place's own colour, whichever reads better; the cluster text colour on clusters. */
    private static Paint countColour(Paint fill, MapPalette palette) {
        if (fill instanceof Color c && fill != palette.cluster()) {
            return Contrast.blackReadsBetter(c.getRed(), c.getGreen(), c.getBlue()) ? Color.BLACK : Color.WHITE;
        }
        return palette.clusterText();
    }

    private void paintLabels(GraphicsContext gc, double w, double h, MapPalette palette, Cluster selected) {
        gc.setTextAlign(TextAlignment.LEFT);
        List<double[]> taken = new ArrayList<>();
        double height = font.getSize() * 1.25;
        int tries = 0;
        List<Cluster> order = new ArrayList<>(drawn.size() + 1);
        if (selected != null) {
            order.add(selected);
        }
        for (Cluster c : drawn) {
            if (c != selected) {
                order.add(c);
            }
        }
        gc.setLineWidth(3);
        gc.setLineJoin(javafx.scene.shape.StrokeLineJoin.ROUND);
        for (Cluster c : order) {
            if (!c.isPlace() || c.first.label().isEmpty()) {
                continue;
            }
            if (++tries > MAX_LABEL_TRIES) {
                break;
            }
            String text = c.first.label();
            double width = labelWidths.computeIfAbsent(text, this::measure);
            double top = c.y - height / 2;
            double[] right = {c.x + c.radius + 3, top, c.x + c.radius + 3 + width, top + height};
            double[] left = {c.x - c.radius - 3 - width, top, c.x - c.radius - 3, top + height};
            double[] box = fits(right, taken, w, h) ? right : fits(left, taken, w, h) ? left : null;
            if (box == null) {
                continue;
            }
            taken.add(box);
            gc.setGlobalAlpha(c.first.muted() ? 0.55 : 1);
            gc.setStroke(palette.halo());
            gc.strokeText(text, box[0], c.y);
            gc.setFill(palette.text());
            gc.fillText(text, box[0], c.y);
        }
        gc.setGlobalAlpha(1);
    }

    private double measure(String text) {
        probe.setText(text);
        return Math.ceil(probe.getLayoutBounds().getWidth());
    }

    private boolean fits(double[] box, List<double[]> taken, double w, double h) {
        if (box[0] < 0 || box[1] < 0 || box[2] > w || box[3] > h) {
            return false;
        }
        for (double[] t : taken) {
            if (box[0] < t[2] && box[2] > t[0] && box[1] < t[3] && box[3] > t[1]) {
                return false;
            }
        }
        // A marker covered by the label: one whose cell, or a neighbour's, the box reaches.
        int col0 = Math.max(0, (int) ((box[0] - COUNT_RADIUS) / distance));
        int col1 = Math.min(gridCols - 1, (int) ((box[2] + COUNT_RADIUS) / distance));
        int row0 = Math.max(0, (int) ((box[1] - COUNT_RADIUS) / distance));
        int row1 = Math.min(gridRows - 1, (int) ((box[3] + COUNT_RADIUS) / distance));
        for (int r = row0; r <= row1; r++) {
            for (int col = col0; col <= col1; col++) {
                for (int index = grid[r * gridCols + col]; index >= 0; index = nextInCell[index]) {
                    Cluster c = drawn.get(index);
                    if (c.x + c.radius > box[0] && c.x - c.radius < box[2] && c.y + c.radius > box[1]
                            && c.y - c.radius < box[3]) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
