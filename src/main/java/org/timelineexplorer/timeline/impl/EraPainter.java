package org.timelineexplorer.timeline.impl;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.timelineexplorer.color.Contrast;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.TimeRange;
import org.timelineexplorer.timeline.TimeScale;

import java.util.Arrays;
import java.util.Optional;

/**
 * The era band under the axis: each era in its colour with its name, the selected one outlined. An era whose colour
 * would melt into the page (black on the dark theme) gets an edge that stands out from it, by {@link Contrast#edge}.
 */
final class EraPainter {

    /** Inside the band, so that bands side by side do not paint over each other. */
    private static final double EDGE_WIDTH = 2;

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
            edge(c, palette.background()).ifPresent(edge -> {
                // Four fills rather than a stroke, as the grid lines are drawn: the software renderer fills
                // rectangles cheaper than it strokes paths, and this runs for every era in view at every frame.
                g.setFill(edge);
                g.fillRect(vx0, top, vx1 - vx0, EDGE_WIDTH);
                g.fillRect(vx0, bottom - EDGE_WIDTH, vx1 - vx0, EDGE_WIDTH);
                g.fillRect(vx0, top, EDGE_WIDTH, bandH);
                g.fillRect(vx1 - EDGE_WIDTH, top, EDGE_WIDTH, bandH);
            });
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
                ReadableText.fill(g, name, tx, (top + bottom) / 2, drawn.rightToLeft);
            }
        }
        g.setFont(type.regular.font());
    }

    /** The edge an era of colour {@code era} needs on {@code page}; none where its colour shows by itself. */
    static Optional<Color> edge(Color era, Paint page) {
        if (!(page instanceof Color background)) {
            return Optional.empty();
        }
        double[] fill = {era.getRed(), era.getGreen(), era.getBlue()};
        double[] edge = Contrast.edge(fill, new double[] {background.getRed(), background.getGreen(),
                background.getBlue()});
        return Arrays.equals(edge, fill) ? Optional.empty() : Optional.of(Color.color(edge[0], edge[1], edge[2]));
    }
}
