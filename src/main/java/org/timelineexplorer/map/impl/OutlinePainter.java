package org.timelineexplorer.map.impl;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Paint;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineJoin;
import org.timelineexplorer.map.WorldOutlines;

/**
 * Paints the sea, the countries' land, the large rivers, the coasts and the borders on one rectangle of the map at
 * one zoom (a tile of {@link OutlineTiles}). Only what meets the rectangle is drawn; points are clamped to a
 * rectangle a little larger (which leaves the fill inside as it was, as the rectangle is convex) and points less
 * than a pixel from the last one are dropped, so a tile costs about what it shows, not what the outlines hold.
 */
final class OutlinePainter {

    /** How far beyond the view points are still drawn where they are: wider than any line. */
    private static final double MARGIN = 8;
    private static final double MIN_STEP = 1;

    private GraphicsContext gc;
    private double width;
    private double height;
    private double left;
    private double top;
    private double zoom;
    private double lastX;
    private double lastY;

    /**
     * Paints the rectangle {@code w} × {@code h} whose top left corner is world pixel ({@code left}, {@code top})
     * at {@code zoom} pixels per world width.
     */
    void paint(GraphicsContext target, WorldOutlines outlines, double left, double top, double zoom, double w,
               double h, MapPalette palette) {
        gc = target;
        width = w;
        height = h;
        this.left = left;
        this.top = top;
        this.zoom = zoom;
        gc.setFill(palette.sea());
        gc.fillRect(0, 0, w, h);
        WorldOutlines.Level level = outlines.levelFor(zoom);
        double minX = (left - MARGIN) / zoom;
        double maxX = (left + w + MARGIN) / zoom;
        double minY = (top - MARGIN) / zoom;
        double maxY = (top + h + MARGIN) / zoom;

        // All land in one path, filled once: the software renderer pays per fill for the area of the shape's
        // bounding box, and Russia's alone would be a third of the view. TopoJSON winds outer rings one way and
        // holes the other, so non-zero fills the land, an enclave in its host's hole, and any overlap once.
        gc.setFill(palette.land());
        gc.setFillRule(FillRule.NON_ZERO);
        gc.beginPath();
        for (WorldOutlines.Country country : level.countries()) {
            if (!country.meets(minX, minY, maxX, maxY)) {
                continue;
            }
            for (int r = 0; r < country.ringCount(); r++) {
                boolean first = true;
                for (int ref : country.ring(r)) {
                    first = trace(level.arc(ref < 0 ? ~ref : ref), ref < 0, first);
                }
                gc.closePath();
            }
        }
        gc.fill();

        // Bevelled joins: at a pixel's width they look as round ones do, and the renderer draws them faster.
        gc.setLineJoin(StrokeLineJoin.BEVEL);
        // Rivers under the borders: the Euphrates and the Tigris cross them, and a border is the line to read there.
        gc.setStroke(palette.river());
        gc.setLineWidth(palette.riverWidth());
        gc.beginPath();
        for (int r = 0; r < level.riverCount(); r++) {
            if (level.riverMeets(r, minX, minY, maxX, maxY)) {
                trace(level.river(r), false, true);
            }
        }
        gc.stroke();
        strokeArcs(level, false, palette.border(), palette.borderWidth(), minX, minY, maxX, maxY);
        strokeArcs(level, true, palette.coast(), palette.coastWidth(), minX, minY, maxX, maxY);
    }

    private void strokeArcs(WorldOutlines.Level level, boolean coasts, Paint colour, double lineWidth,
                            double minX, double minY, double maxX, double maxY) {
        gc.setStroke(colour);
        gc.setLineWidth(lineWidth);
        gc.beginPath();
        for (int a = 0; a < level.arcCount(); a++) {
            if (level.isCoast(a) == coasts && level.arcMeets(a, minX, minY, maxX, maxY)) {
                trace(level.arc(a), false, true);
            }
        }
        gc.stroke();
    }

    /**
     * Adds the arc's points to the path, backwards if asked; starts a new sub-path if {@code first}.
     *
     * @return false: whatever follows continues this sub-path
     */
    private boolean trace(float[] xy, boolean backwards, boolean first) {
        int n = xy.length / 2;
        for (int k = 0; k < n; k++) {
            int i = backwards ? n - 1 - k : k;
            double x = clamp(xy[2 * i] * zoom - left, width);
            double y = clamp(xy[2 * i + 1] * zoom - top, height);
            if (first) {
                gc.moveTo(x, y);
                first = false;
            } else if (Math.abs(x - lastX) >= MIN_STEP || Math.abs(y - lastY) >= MIN_STEP || k == n - 1) {
                gc.lineTo(x, y);
            } else {
                continue;
            }
            lastX = x;
            lastY = y;
        }
        return false;
    }

    private static double clamp(double value, double size) {
        return Math.max(-MARGIN, Math.min(size + MARGIN, value));
    }
}
