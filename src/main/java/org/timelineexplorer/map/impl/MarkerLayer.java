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
    /** Places closer than this many pixels are drawn as one cluster. */
    private static final double CLUSTER_DISTANCE = 2 * COUNT_RADIUS + 2;
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
    private final List<Cluster> drawn = new ArrayList<>();
    private int[] grid = new int[0];
    private int gridCols;
    private int gridRows;
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
     * The world box where most markers are: minX, minY, maxX, maxY, from the 5th to the 95th percentile of the
     * markers' x and of their y, so that the one event in Washington does not shrink the hundred in Iraq to a dot
     * (with fewer than 20 markers, all of them); {@code null} without markers.
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
        int low = n < 20 ? 0 : (int) Math.floor(n * 0.05);
        int high = n < 20 ? n - 1 : (int) Math.ceil(n * 0.95) - 1;
        return new double[] {xs[low], ys[low], xs[high], ys[high]};
    }

    /** Gathers the places in view into clusters, for {@link #paint} and {@link #clusterAt}. */
    void layOut(MapViewport view, double w, double h) {
        drawn.clear();
        int cols = (int) Math.ceil(w / CLUSTER_DISTANCE) + 1;
        int rows = (int) Math.ceil(h / CLUSTER_DISTANCE) + 1;
        if (grid.length < cols * rows) {
            grid = new int[cols * rows];
        }
        Arrays.fill(grid, 0, cols * rows, -1);
        gridCols = cols;
        gridRows = rows;
        for (Place p : places) {
            double x = view.screenX(p.worldX(), w);
            double y = view.screenY(p.worldY(), h);
            if (x < -COUNT_RADIUS || y < -COUNT_RADIUS || x > w + COUNT_RADIUS || y > h + COUNT_RADIUS) {
                continue;
            }
            int col = (int) Math.max(0, Math.min(cols - 1, x / CLUSTER_DISTANCE));
            int row = (int) Math.max(0, Math.min(rows - 1, y / CLUSTER_DISTANCE));
            Cluster near = nearCluster(col, row, cols, rows, x, y);
            if (near != null) {
                near.places++;
                near.count += p.count();
            } else {
                grid[row * cols + col] = drawn.size();
                drawn.add(new Cluster(x, y, p));
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
                    if (dx * dx + dy * dy < CLUSTER_DISTANCE * CLUSTER_DISTANCE) {
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
        for (Cluster c : drawn) {
            if (c.first.muted()) {
                drawCluster(gc, c, palette);
            }
        }
        gc.setGlobalAlpha(1);
        for (Cluster c : drawn) {
            if (!c.first.muted()) {
                drawCluster(gc, c, palette);
            }
        }
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

    private void drawCluster(GraphicsContext gc, Cluster c, MapPalette palette) {
        double r = c.radius;
        Paint fill = c.isPlace() ? c.first.color() : palette.cluster();
        gc.setFill(fill);
        gc.fillOval(c.x - r, c.y - r, 2 * r, 2 * r);
        gc.setStroke(palette.halo());
        gc.strokeOval(c.x - r, c.y - r, 2 * r, 2 * r);
        if (c.count > 1) {
            gc.setFill(countColour(fill, palette));
            gc.fillText(c.count > 99 ? "99+" : Integer.toString(c.count), c.x, c.y, 2 * r - 2);
        }
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
        int col0 = Math.max(0, (int) ((box[0] - COUNT_RADIUS) / CLUSTER_DISTANCE));
        int col1 = Math.min(gridCols - 1, (int) ((box[2] + COUNT_RADIUS) / CLUSTER_DISTANCE));
        int row0 = Math.max(0, (int) ((box[1] - COUNT_RADIUS) / CLUSTER_DISTANCE));
        int row1 = Math.min(gridRows - 1, (int) ((box[3] + COUNT_RADIUS) / CLUSTER_DISTANCE));
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
