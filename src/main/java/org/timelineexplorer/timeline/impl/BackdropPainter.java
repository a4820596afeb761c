package org.timelineexplorer.timeline.impl;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.timelineexplorer.model.TimeRange;
import org.timelineexplorer.timeline.TimeScale;

/** What lies behind and around everything else: the background, tinted under each era, and the focus ring. */
final class BackdropPainter {

    private static final double FOCUS_RING_WIDTH = 3;

    private BackdropPainter() {
    }

    /**
     * Paints the background, tinted under each era. Each pixel is painted once, with opaque colours: a software
     * renderer pays for every screen-sized fill and far more for blending one.
     */
    static void paintBackground(GraphicsContext g, EraList eras, TimeScale scale, Geometry geo, Palette palette) {
        double w = geo.width();
        double h = geo.height();
        double cursor = 0;
        for (int i = 0; i < eras.size() && cursor < w; i++) {
            TimeRange r = eras.era(i).range();
            double x0 = Math.max(cursor, Math.round(scale.timeToX(r.start())));
            double x1 = Math.min(w, Math.round(scale.timeToX(r.end())));
            if (x1 <= x0) {
                continue;
            }
            if (x0 > cursor) {
                g.setFill(palette.background());
                g.fillRect(cursor, 0, x0 - cursor, h);
            }
            g.setFill(palette.tint(eras.color(i)));
            g.fillRect(x0, 0, x1 - x0, h);
            cursor = x1;
        }
        if (cursor < w) {
            g.setFill(palette.background());
            g.fillRect(cursor, 0, w - cursor, h);
        }
    }

    /** Four filled strips rather than a stroked outline: a software renderer fills rectangles fast. */
    static void paintFocusRing(GraphicsContext g, Geometry geo, Palette palette) {
        Paint ring = palette.focus();
        if (ring == null || ring.equals(Color.TRANSPARENT)) {
            return;
        }
        double w = geo.width();
        double h = geo.height();
        double t = FOCUS_RING_WIDTH;
        g.setFill(ring);
        g.fillRect(0, 0, w, t);
        g.fillRect(0, h - t, w, t);
        g.fillRect(0, t, t, h - 2 * t);
        g.fillRect(w - t, t, t, h - 2 * t);
    }
}
