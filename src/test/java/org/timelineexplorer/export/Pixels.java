package org.timelineexplorer.export;

import javafx.scene.image.Image;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading an exported picture the way a person looks at it: where its text is, where a colour is. The tests read
 * the PNG files the exports write, not the code's own record of where it drew.
 */
public final class Pixels {

    private Pixels() {
    }

    /** The pixels of one kind found in a part of a picture: how many, and the box around them. */
    public record Found(int count, int minX, int minY, int maxX, int maxY) {
        public int width() {
            return count == 0 ? 0 : maxX - minX + 1;
        }

        public int height() {
            return count == 0 ? 0 : maxY - minY + 1;
        }
    }

    /** A written PNG, read back as any image viewer would. */
    public static BufferedImage read(Path png) throws IOException {
        BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        if (image == null) {
            throw new IOException(png + " is not a picture");
        }
        return image;
    }

    public static BufferedImage of(Image image) {
        return ImageExport.toOpaqueRgb(image);
    }

    /** Text ink in rows {@code y0} (inclusive) to {@code y1}: pixels darker than mid grey, as glyphs' cores are. */
    public static Found ink(BufferedImage image, int y0, int y1) {
        return find(image, y0, y1, rgb -> grey(rgb) < 128);
    }

    /** The pixels of exactly {@code rgb} (0xRRGGBB) in rows {@code y0} to {@code y1}. */
    public static Found colour(BufferedImage image, int rgb, int y0, int y1) {
        return find(image, y0, y1, pixel -> (pixel & 0xFFFFFF) == rgb);
    }

    /**
     * The longest unbroken vertical line of exactly {@code rgb} in each column between rows {@code y0} and {@code y1}:
     * a bar's height, where a label's thin border adds little.
     */
    public static int[] columnHeights(BufferedImage image, int rgb, int y0, int y1) {
        int[] heights = new int[image.getWidth()];
        for (int x = 0; x < image.getWidth(); x++) {
            int run = 0;
            for (int y = y0; y < y1; y++) {
                run = (image.getRGB(x, y) & 0xFFFFFF) == rgb ? run + 1 : 0;
                heights[x] = Math.max(heights[x], run);
            }
        }
        return heights;
    }

    /**
     * Runs of at least {@code minimumWidth} neighbouring columns whose count is at least {@code minimumCount}, as
     * {@code {firstX, lastX, largest count}}: the bars of a chart.
     */
    public static List<int[]> runs(int[] columns, int minimumCount, int minimumWidth) {
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        int tallest = 0;
        for (int x = 0; x <= columns.length; x++) {
            boolean on = x < columns.length && columns[x] >= minimumCount;
            if (on && start < 0) {
                start = x;
                tallest = 0;
            }
            if (on) {
                tallest = Math.max(tallest, columns[x]);
            } else if (start >= 0) {
                if (x - start >= minimumWidth) {
                    runs.add(new int[] {start, x - 1, tallest});
                }
                start = -1;
            }
        }
        return runs;
    }

    /** How wide {@code text} is set in {@code font}, in layout pixels. Call on the JavaFX thread. */
    public static double textWidth(String text, Font font) {
        Text probe = new Text(text);
        probe.setFont(font);
        return probe.getLayoutBounds().getWidth();
    }

    private static Found find(BufferedImage image, int y0, int y1, java.util.function.IntPredicate wanted) {
        int count = 0;
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        for (int y = Math.max(0, y0); y < Math.min(image.getHeight(), y1); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (wanted.test(image.getRGB(x, y))) {
                    count++;
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        return new Found(count, minX, minY, maxX, maxY);
    }

    /** The brightness of a pixel, 0 (black) to 255 (white), as the eye weighs red, green and blue. */
    public static int grey(int rgb) {
        return (((rgb >> 16) & 0xFF) * 299 + ((rgb >> 8) & 0xFF) * 587 + (rgb & 0xFF) * 114) / 1000;
    }
}
