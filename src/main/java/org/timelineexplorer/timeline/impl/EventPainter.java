package org.timelineexplorer.timeline.impl;

import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.timelineexplorer.model.TimeRange;
import org.timelineexplorer.timeline.TimeScale;

/**
 * The events in view, each in its lane with its label, the clusters of those that found no lane, and the selected
 * event on top; it notes where each was drawn in {@link Drawn} for clicks and hovers. Only the visible slice of
 * the events is touched, found by binary search.
 */
final class EventPainter {

    private final EventIndex index;
    private Image dot;
    private double dotRadius;
    private Paint dotColor;
    private double dotScale;

    // The frame being painted.
    private GraphicsContext g;
    private Drawn drawn;
    private Palette palette;
    private Lettering type;
    private LaneLayout.Level layout;
    private LaneLayout.Metrics m;
    private double viewStart;
    private double dpp;
    private double barHeight;

    EventPainter(EventIndex index) {
        this.index = index;
    }

    /**
     * Paints the events with {@code lanes}, {@code selected} (an index, or -1) last.
     *
     * @param pixelScale the canvas' pixels per layout pixel, for a sharp dot
     */
    void paint(GraphicsContext gc, LaneLayout.Level lanes, int selected, Palette colours, Lettering lettering,
               Drawn frame, double pixelScale) {
        if (index.size() == 0) {
            return;
        }
        g = gc;
        drawn = frame;
        palette = colours;
        type = lettering;
        layout = lanes;
        m = frame.metrics;
        drawn.lanes = lanes;
        Geometry geo = frame.geometry;
        TimeScale scale = frame.scale;
        TimeRange view = scale.range();
        viewStart = view.start();
        dpp = scale.daysPerPixel();
        barHeight = Math.round(geo.laneHeight() * 0.72);
        int from = index.lowerBound(view.start() - layout.maxExtentDays());
        int to = index.lowerBound(view.end());
        layout.ensure(selected < 0 ? to : Math.max(to, selected + 1), view.end());
        drawn.shownClusters.reset(layout.firstClusterEndingAfter(view.start()), layout.clusters());
        double r = m.dotRadius();
        Image dotImage = dotImage(palette.event(), r, pixelScale);
        for (int i = from; i < to; i++) {
            int lane = layout.lane(i);
            if (lane < 0) {
                // Counted where its dot would touch the view: a cluster's number is of the events hidden in view.
                if ((index.start(i) - viewStart) / dpp > -2 * r) {
                    drawn.shownClusters.add(layout.cluster(i), i, index.start(i), index.end(i));
                }
                continue;
            }
            if (i != selected) {
                paintEvent(i, geo.laneCentre(lane), geo.width(), dotImage);
            }
        }
        paintClusters(geo, selected, dotImage);
        if (selected >= 0) {
            int lane = layout.lane(selected);
            // Alone in view on the cluster row, it is drawn there; in a counted cluster, just above it.
            boolean counted = lane < 0 && drawn.shownClusters.count(layout.cluster(selected)) != 1;
            double cy = lane >= 0 ? geo.laneCentre(lane)
                    : counted ? geo.clusterRowY() - geo.laneHeight() / 2 : geo.clusterRowCentre();
            paintSelected(selected, cy, geo, counted);
        }
        g = null;
    }

    /**
     * Paints event {@code i} centred on {@code cy}: its bar or dot, and its label shortened to end before
     * {@code rightLimit}; and notes where, for clicks and hovers. Nothing for an event wholly left of the view: the
     * visible slice starts early enough for the longest event, not for each one.
     */
    private void paintEvent(int i, double cy, double rightLimit, Image dotImage) {
        double x0 = (index.start(i) - viewStart) / dpp;
        double x1 = (index.end(i) - viewStart) / dpp;
        double lx = labelX(i, x0, x1);
        float labelWidth = index.labelWidth(i);
        if (Math.max(Math.max(x1, x0 + m.minBarWidth()), lx + labelWidth) < 0) {
            return;
        }
        double r = m.dotRadius();
        double right;
        if (index.isSpan(i)) {
            double bx1 = Math.max(x1, x0 + m.minBarWidth());
            g.setFill(palette.spanFill());
            g.fillRect(x0, cy - barHeight / 2, bx1 - x0, barHeight);
            g.setFill(palette.event());
            g.fillRect(x0, cy - barHeight / 2, Math.max(2, Math.min(3, bx1 - x0)), barHeight);
            right = bx1;
        } else {
            double mid = (x0 + x1) / 2;
            g.drawImage(dotImage, Math.round(mid - r) - 1, Math.round(cy - r) - 1, dotSize(r), dotSize(r));
            right = mid + r;
        }
        g.setFill(palette.text());
        paintLabel(index.label(i), lx, labelWidth, cy, rightLimit);
        double laneH = drawn.geometry.laneHeight();
        double labelEnd = Math.min(rightLimit, lx + labelWidth);
        drawn.events.add(i, Math.min(x0, lx) - r, cy - laneH / 2, Math.max(right, labelEnd), cy + laneH / 2);
    }

    /**
     * The event dot, drawn once and then copied: copying an image is far cheaper for a software renderer than
     * filling an oval, and a dense view has hundreds of them.
     */
    private Image dotImage(Paint color, double r, double pixelScale) {
        if (dot == null || dotRadius != r || !color.equals(dotColor) || dotScale != pixelScale) {
            Canvas c = new Canvas(dotSize(r) * pixelScale, dotSize(r) * pixelScale);
            GraphicsContext dg = c.getGraphicsContext2D();
            dg.scale(pixelScale, pixelScale);
            dg.setFill(color);
            dg.fillOval(1 + Math.round(r) - r, 1 + Math.round(r) - r, 2 * r, 2 * r);
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
    private double labelX(int i, double x0, double x1) {
        double lx = layout.labelX(i, dpp) - viewStart / dpp;
        if (index.isSpan(i) && lx >= x0) {
            lx = Math.min(Math.max(lx, m.labelPad()), Math.max(lx, x1 - index.labelWidth(i) - m.labelPad()));
        }
        return lx;
    }

    /**
     * Paints a label unless it would be cut by the left edge; one running past {@code rightLimit} (the right edge,
     * or whatever comes next on its row) is shortened with an ellipsis, so no label is ever clipped mid-letter.
     */
    private void paintLabel(String text, double x, double width, double cy, double rightLimit) {
        if (x < 0) {
            return;
        }
        if (x + width > rightLimit) {
            double room = rightLimit - x - 2;
            if (room < type.fontSize() * 3) {
                return;
            }
            text = type.regular.elide(text, room);
        }
        ReadableText.fill(g, text, x, cy, drawn.rightToLeft);
    }

    /**
     * Paints the clusters in view. They are placed by time, so within a zoom level they spread apart as the view
     * zooms in, and never overlap. One with a single event in view draws that event instead of "+1", with its
     * label up to the next cluster: named, it can be clicked and read like any other.
     */
    private void paintClusters(Geometry geo, int selected, Image dotImage) {
        double w = geo.width();
        double laneH = geo.laneHeight();
        double h = Math.round(laneH * 0.8);
        double cy = geo.clusterRowCentre();
        double gap = m.gap() / 2;
        ShownClusters shown = drawn.shownClusters;
        int clusters = layout.clusters();
        for (int c = layout.firstClusterEndingAfter(viewStart); c < clusters; c++) {
            double x0 = (layout.clusterLeftDay(c) - viewStart) / dpp;
            if (x0 > w) {
                break;
            }
            double x1 = (layout.clusterRightDay(c) - viewStart) / dpp - gap;
            if (x1 < 0) {
                continue;
            }
            if (shown.count(c) == 1) {
                int only = shown.firstMember(c);
                if (only != selected) {
                    double next = c + 1 < clusters ? (layout.clusterLeftDay(c + 1) - viewStart) / dpp : w;
                    paintEvent(only, cy, Math.min(w, next - gap), dotImage);
                }
                continue;
            }
            g.setFill(palette.cluster());
            // A plain rectangle: rounded ones are paths, which cost a software renderer many times more.
            g.fillRect(x0, cy - h / 2, x1 - x0, h);
            int count = shown.count(c);
            if (count > 0) {
                // Centred on the part in view, so that a cluster running off screen still shows its number.
                double vx0 = Math.max(0, x0);
                double vx1 = Math.min(w, x1);
                String text = "+" + type.count(count);
                double tw = type.regular.width(text);
                g.setFill(palette.clusterText());
                ReadableText.fill(g, text, vx0 + Math.max(2, (vx1 - vx0 - tw) / 2), cy, drawn.rightToLeft);
            }
            // Clipped to the view: beyond it a cluster may not be laid out to its end yet.
            drawn.clusters.add(c, Math.max(0, x0), cy - h / 2, Math.min(w, x1), cy + h / 2);
        }
    }

    /** The selected event on a plate of its own, outlined, so that it reads even over a cluster. */
    private void paintSelected(int i, double cy, Geometry geo, boolean clustered) {
        double laneH = geo.laneHeight();
        double x0 = (index.start(i) - viewStart) / dpp;
        double x1 = (index.end(i) - viewStart) / dpp;
        Paint sel = palette.selected();
        double r = m.dotRadius() * 1.4;
        double lx = labelX(i, x0, x1);
        float labelWidth = index.labelWidth(i);
        double right;
        if (index.isSpan(i)) {
            right = Math.max(x1, x0 + m.minBarWidth());
        } else {
            double mid = (x0 + x1) / 2;
            right = mid + r;
            if (lx >= mid) {
                lx = mid + r + m.labelPad();
            }
        }
        double left = Math.min(x0, lx) - r;
        double boxRight = Math.max(right, lx + labelWidth) + 4;
        g.setFill(palette.background());
        g.fillRect(left - 3, cy - laneH / 2, boxRight - left + 3, laneH);
        g.setFill(palette.selectedWash());
        g.fillRect(left - 3, cy - laneH / 2, boxRight - left + 3, laneH);
        g.setStroke(sel);
        g.setLineWidth(2);
        g.strokeRect(left - 2, cy - laneH / 2 + 1, boxRight - left + 1, laneH - 2);
        g.setFill(sel);
        if (index.isSpan(i)) {
            g.fillRect(x0, cy - barHeight / 2, 4, barHeight);
            g.fillRect(x0, cy + barHeight / 2 - 3, right - x0, 3);
        } else {
            double mid = (x0 + x1) / 2;
            g.fillOval(mid - r, cy - r, 2 * r, 2 * r);
        }
        // The label in the selection colour too.
        paintLabel(index.label(i), lx, labelWidth, cy, geo.width());
        if (!clustered) {
            drawn.events.add(i, left, cy - laneH / 2, Math.max(right, lx + labelWidth), cy + laneH / 2);
        }
    }
}
