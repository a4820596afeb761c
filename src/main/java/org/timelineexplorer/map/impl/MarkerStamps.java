package org.timelineexplorer.map.impl;

import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

import java.util.HashMap;
import java.util.Map;

/**
 * Markers' discs with their halo ring, each colour and size computed once into a small image that every marker of
 * it stamps: the software renderer fills and strokes a path of hundreds of circles far more slowly than it copies
 * as many small images. The pixels are computed here, sixteen samples to a pixel, so no snapshot is needed.
 */
final class MarkerStamps {

    /** The halo ring's width, centred on the disc's edge, as the stroke it stands for. */
    static final double RING = 1.5;
    private static final int SAMPLES = 4;

    private record Key(Paint fill, Paint halo, double radius, double scale) {
    }

    private final Map<Key, Image> stamps = new HashMap<>();

    /** The stamp of a disc of {@code radius} layout pixels at {@code scale} output pixels per layout pixel. */
    Image stamp(Paint fill, Paint halo, double radius, double scale) {
        return stamps.computeIfAbsent(new Key(fill, halo, radius, scale), MarkerStamps::draw);
    }

    /** How many layout pixels a stamp of a disc of {@code radius} is wide. */
    static double side(double radius) {
        return 2 * Math.ceil(radius + RING);
    }

    private static Image draw(Key key) {
        int pixels = (int) Math.ceil(side(key.radius()) * key.scale());
        double centre = pixels / 2.0;
        double inner = (key.radius() - RING / 2) * key.scale();
        double outer = (key.radius() + RING / 2) * key.scale();
        Color fill = opaque(key.fill());
        Color halo = opaque(key.halo());
        WritableImage image = new WritableImage(pixels, pixels);
        PixelWriter out = image.getPixelWriter();
        for (int py = 0; py < pixels; py++) {
            for (int px = 0; px < pixels; px++) {
                int inside = 0;
                int ring = 0;
                for (int sy = 0; sy < SAMPLES; sy++) {
                    for (int sx = 0; sx < SAMPLES; sx++) {
                        double dx = px + (sx + 0.5) / SAMPLES - centre;
                        double dy = py + (sy + 0.5) / SAMPLES - centre;
                        double d = Math.sqrt(dx * dx + dy * dy);
                        if (d <= inner) {
                            inside++;
                        } else if (d <= outer) {
                            ring++;
                        }
                    }
                }
                int covered = inside + ring;
                if (covered == 0) {
                    out.setArgb(px, py, 0);
                    continue;
                }
                double f = (double) inside / covered;
                Color c = fill.interpolate(halo, 1 - f);
                out.setColor(px, py, new Color(c.getRed(), c.getGreen(), c.getBlue(),
                        (double) covered / (SAMPLES * SAMPLES)));
            }
        }
        return image;
    }

    private static Color opaque(Paint paint) {
        return paint instanceof Color c ? c : Color.GRAY;
    }
}
