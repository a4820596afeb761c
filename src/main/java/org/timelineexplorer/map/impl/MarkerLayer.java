package org.timelineexplorer.map.impl;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.timelineexplorer.color.Contrast;
import org.timelineexplorer.map.MapMarker;
import org.timelineexplorer.map.MapViewport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The markers of one map: gathered by place once per change of the markers, then per frame gathered again into
 * clusters of places too close to tell apart, drawn, and labelled where a label covers no other. The places are
 * kept in the order labels win in (those not muted first, then those with more markers), so the first place found in
 * a cluster is the one it is drawn and labelled as.
 */
final class MarkerLayer {

    /** A marker's radius; a place or cluster with a count gets a larger one. */
    static final double RADIUS = 6;
    static final double COUNT_RADIUS = 10;
    /** Places closer than this many pixels are drawn as one cluster... */
    private static final double CLUSTER_DISTANCE = 2 * COUNT_RADIUS + 2;
    /** ...unless more places are in view than this: then farther ones too, so that a frame draws about as many. */
    private static final int MOST_CLUSTERS = 250;
    /** At most this many labels are tried a frame: beyond it, a frame would be all label. */
    private static final int MAX_LABEL_TRIES = 400;

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
    private int[] grid = new int[0];
    private int gridCols;
    private int gridRows;
    /** The cluster distance of the last frame. */
    private double distance = CLUSTER_DISTANCE;
    private final Map<String, Double> labelWidths = new HashMap<>();
    private final Text probe = new Text();
    private Font font;

    /** Gathers {@code markers} by place and orders the places by the rule labels win by. */
    void setMarkers(List<MapMarker> markers) {
        Map<String, List<MapMarker>> byPlace = new LinkedHashMap<>();
        for (MapMarker m : markers) {
            byPlace.computeIfAbsent(m.label() + '\u0000' + m.lat() + ',' + m.lon(), k -> new ArrayList<>()).add(m);
        }
        places = byPlace.values().stream().map(MarkerLayer::place)
                .sorted(Comparator.comparing(Place::muted).thenComparing(Place::count, Comparator.reverseOrder()))
                .toArray(Place[]::new);
        placeX = new double[places.length];
        placeY = new double[places.length];
        for (int i = 0; i < places.length; i++) {
            placeX[i] = places[i].worldX();
            placeY[i] = places[i].worldY();
        }
    }

    private static Place place(List<MapMarker> markers) {
        MapMarker face = markers.stream().filter(m -> !m.muted()).findFirst().orElse(markers.get(0));
        boolean muted = markers.stream().allMatch(MapMarker::muted);
        return new Place(face.worldX(), face.worldY(), face.label(), markers.toArray(MapMarker[]::new), muted,
                face.color());
    }

    /** The places, in the order labels win in. */
    Place[] places() {
        return places;
    }

    /** The place that holds {@code item}'s marker, or {@code null}. */
    Place placeOf(Object item) {
        if (item != null) {
            for (Place p : places) {
                if (p.holds(item)) {
                    return p;
                }
            }
        }
        return null;
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

    /** Gathers the places in view into clusters, for {@link #paint} and {@link #clusterAt}. */
    void layOut(MapViewport view, double w, double h) {
        drawn.clear();
        // The view with a marker's radius around it, in world units: what lies outside is skipped unprojected.
        double minX = view.worldX(-COUNT_RADIUS, w);
        double maxX = view.worldX(w + COUNT_RADIUS, w);
        double minY = view.worldY(-COUNT_RADIUS, h);
        double maxY = view.worldY(h + COUNT_RADIUS, h);
        int inView = 0;
        for (int i = 0; i < placeX.length; i++) {
            double x = placeX[i];
            double y = placeY[i];
            if (x >= minX && x <= maxX && y >= minY && y <= maxY) {
                inView++;
            }
        }
        distance = inView <= MOST_CLUSTERS ? CLUSTER_DISTANCE
                : Math.max(CLUSTER_DISTANCE, Math.sqrt(w * h / MOST_CLUSTERS));
        int cols = (int) Math.ceil(w / distance) + 1;
        int rows = (int) Math.ceil(h / distance) + 1;
        if (grid.length < cols * rows) {
            grid = new int[cols * rows];
        }
        Arrays.fill(grid, 0, cols * rows, -1);
        gridCols = cols;
        gridRows = rows;
        double zoom = view.zoom();
        double left = w / 2 - view.centreX() * zoom;
        double top = h / 2 - view.centreY() * zoom;
        for (int i = 0; i < placeX.length; i++) {
            if (placeX[i] < minX || placeX[i] > maxX || placeY[i] < minY || placeY[i] > maxY) {
                continue;
            }
            double x = left + placeX[i] * zoom;
            double y = top + placeY[i] * zoom;
            int col = (int) Math.max(0, Math.min(cols - 1, x / distance));
            int row = (int) Math.max(0, Math.min(rows - 1, y / distance));
            Cluster near = nearCluster(col, row, cols, rows, x, y);
            if (near != null) {
                near.places++;
                near.count += places[i].count();
            } else {
                grid[row * cols + col] = drawn.size();
                drawn.add(new Cluster(x, y, places[i]));
            }
        }
        for (Cluster c : drawn) {
            c.radius = c.count == 1 ? RADIUS : COUNT_RADIUS;
        }
    }

    private Cluster nearCluster(int col, int row, int cols, int rows, double x, double y) {
        for (int r = Math.max(0, row - 1); r <= Math.min(rows - 1, row + 1); r++) {
            for (int c = Math.max(0, col - 1); c <= Math.min(cols - 1, col + 1); c++) {
                int index = grid[r * cols + c];
                if (index >= 0) {
                    Cluster cluster = drawn.get(index);
                    double dx = cluster.x - x;
                    double dy = cluster.y - y;
                    if (dx * dx + dy * dy < distance * distance) {
                        return cluster;
                    }
                }
            }
        }
        return null;
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

    /** Draws the clusters laid out last, muted ones faint and first, the selected one ringed, then the labels. */
    void paint(GraphicsContext gc, MapViewport view, double w, double h, MapPalette palette, Font labelFont,
               Object selected) {
        if (!labelFont.equals(font)) {
            font = labelFont;
            labelWidths.clear();
            probe.setFont(labelFont);
        }
        gc.setFont(labelFont);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.setLineWidth(1.5);
        gc.setGlobalAlpha(0.35);
        drawClusters(gc, true, palette);
        gc.setGlobalAlpha(1);
        drawClusters(gc, false, palette);
        Place selectedPlace = placeOf(selected);
        Cluster selectedCluster = null;
        if (selectedPlace != null) {
            double x = view.screenX(selectedPlace.worldX(), w);
            double y = view.screenY(selectedPlace.worldY(), h);
            selectedCluster = clusterAt(x, y);
            double r = (selectedCluster == null ? RADIUS : selectedCluster.radius) + 4;
            gc.setStroke(palette.selected());
            gc.setLineWidth(3);
            gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
        }
        paintLabels(gc, w, h, palette, selectedCluster);
    }

    /**
     * Draws the clusters that are muted or not: the discs of each colour as one path filled once, their halos as
     * one path stroked once, then the counts. The software renderer pays per fill and stroke, so a thousand discs
     * cost about what a few paths of a thousand circles do.
     */
    private void drawClusters(GraphicsContext gc, boolean muted, MapPalette palette) {
        Map<Paint, List<Cluster>> byFill = new LinkedHashMap<>();
        for (Cluster c : drawn) {
            if (c.first.muted() == muted) {
                byFill.computeIfAbsent(fillOf(c, palette), k -> new ArrayList<>()).add(c);
            }
        }
        for (Map.Entry<Paint, List<Cluster>> group : byFill.entrySet()) {
            gc.setFill(group.getKey());
            gc.beginPath();
            group.getValue().forEach(c -> circle(gc, c));
            gc.fill();
        }
        gc.setStroke(palette.halo());
        gc.beginPath();
        for (List<Cluster> group : byFill.values()) {
            group.forEach(c -> circle(gc, c));
        }
        gc.stroke();
        for (Map.Entry<Paint, List<Cluster>> group : byFill.entrySet()) {
            gc.setFill(countColour(group.getKey(), palette));
            for (Cluster c : group.getValue()) {
                if (c.count > 1) {
                    gc.fillText(c.count > 99 ? "99+" : Integer.toString(c.count), c.x, c.y, 2 * c.radius - 2);
                }
            }
        }
    }

    private static Paint fillOf(Cluster c, MapPalette palette) {
        return c.isPlace() ? c.first.color() : palette.cluster();
    }

    private static void circle(GraphicsContext gc, Cluster c) {
        gc.moveTo(c.x + c.radius, c.y);
        gc.arc(c.x, c.y, c.radius, c.radius, 0, 360);
        gc.closePath();
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
                int index = grid[r * gridCols + col];
                if (index >= 0) {
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
