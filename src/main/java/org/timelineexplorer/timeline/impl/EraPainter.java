package org.timelineexplorer.timeline.impl;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.timelineexplorer.color.Contrast;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.TimeRange;
import org.timelineexplorer.timeline.TimeScale;

/** The era band under the axis: each era in its colour with its name, the selected one outlined. */
final class EraPainter {

    private EraPainter() {
    }

    static void paint(GraphicsContext g, EraList eras, Era selected, Palette palette, Lettering type, Drawn drawn) {
        TimeScale scale = drawn.scale;
        Geometry geo = drawn.geometry;
        double w = geo.width();
        double top = geo.eraTop();
        double bottom = geo.eraBottom();
        double bandH = bottom - top;
        double pad = geo.fontSize() * 0.5;
        for (int i = 0; i < eras.size(); i++) {
            TimeRange r = eras.era(i).range();
            double x0 = scale.timeToX(r.start());
            double x1 = scale.timeToX(r.end());
            if (x1 <= 0 || x0 >= w) {
                continue;
            }
            double vx0 = Math.max(0, x0);
            double vx1 = Math.min(w, x1);
            Color c = eras.color(i);
            g.setFill(c);
            g.fillRect(vx0, top, vx1 - vx0, bandH);
            drawn.eras.add(i, vx0, top, vx1, bottom);
            boolean isSelected = eras.era(i).equals(selected);
            if (isSelected) {
                g.setStroke(palette.selected());
                g.setLineWidth(3);
                g.strokeRect(vx0 + 1.5, top + 1.5, vx1 - vx0 - 3, bandH - 3);
            }
            // Black or white text, whichever contrasts more with the era's own colour, as on its button.
            g.setFill(Contrast.blackReadsBetter(c.getRed(), c.getGreen(), c.getBlue()) ? Color.BLACK : Color.WHITE);
            TextMeasurer tm = isSelected ? type.bold : type.regular;
            String name = tm.elide(eras.era(i).title(), vx1 - vx0 - 2 * pad);
            if (name.length() > 1) {
                double tw = tm.width(name);
                // Centred on the era, but kept inside the part in view.
                double tx = Math.max(vx0 + pad, Math.min(vx1 - pad - tw, (x0 + x1) / 2 - tw / 2));
                g.setFont(tm.font());
                g.fillText(name, tx, (top + bottom) / 2);
            }
        }
        g.setFont(type.regular.font());
    }
}
