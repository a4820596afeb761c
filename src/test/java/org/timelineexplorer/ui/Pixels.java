package org.timelineexplorer.ui;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;

import javax.imageio.ImageIO;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/** What a picture of the screen shows, for tests that check colours where a person would see them. */
public final class Pixels {

    private Pixels() {
    }

    /** The colour most pixels of {@code area} of {@code image} have: the background of a part of the window. */
    public static Color dominant(Image image, Bounds area) {
        PixelReader pixels = image.getPixelReader();
        Map<Integer, Integer> counts = new HashMap<>();
        int minX = (int) Math.max(0, Math.ceil(area.getMinX()));
        int minY = (int) Math.max(0, Math.ceil(area.getMinY()));
        int maxX = (int) Math.min(image.getWidth(), Math.floor(area.getMaxX()));
        int maxY = (int) Math.min(image.getHeight(), Math.floor(area.getMaxY()));
        for (int y = minY; y < maxY; y++) {
            for (int x = minX; x < maxX; x++) {
                counts.merge(pixels.getArgb(x, y), 1, Integer::sum);
            }
        }
        int argb = counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .orElseThrow(() -> new AssertionError("no pixels in " + area)).getKey();
        return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF);
    }

    /** The colour most pixels of the whole {@code image} have. */
    public static Color dominant(Image image) {
        return dominant(image, new javafx.geometry.BoundingBox(0, 0, image.getWidth(), image.getHeight()));
    }

    /** Relative luminance, 0 for black to 1 for white, as WCAG defines it. */
    public static double luminance(Color colour) {
        return 0.2126 * linear(colour.getRed()) + 0.7152 * linear(colour.getGreen()) + 0.0722 * linear(colour.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    /** Saves {@code image} as {@code target/screenshots/NAME.png} for a person to look at. */
    public static void save(Image image, String name) {
        File dir = new File("target/screenshots");
        dir.mkdirs();
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", new File(dir, name + ".png"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
