package org.timelineexplorer.export;

import java.util.Locale;

/**
 * The size of an exported picture, the one rule every PNG export follows (chart, timeline, and later map): the
 * picture is {@code width × height} layout pixels <em>in all</em>, the title band above and the credit band below
 * inside it, drawn at {@code scale} pixels per layout pixel. So a 1600 × 900 picture at 2× is a 3200 × 1800 PNG, a
 * 16:9 slide, and its content gets what the bands leave: 1600 × 812.
 *
 * @param width  the whole picture's width in layout pixels, {@value #MIN_SIDE} to {@value #MAX_SIDE}
 * @param height the whole picture's height in layout pixels, bands included, {@value #MIN_SIDE} to {@value #MAX_SIDE}
 * @param scale  pixels per layout pixel, {@value #MIN_SCALE} to {@value #MAX_SCALE}: 2 is sharp on projectors
 */
public record PictureSize(int width, int height, double scale) {

    public static final int MIN_SIDE = 100;
    public static final int MAX_SIDE = 10_000;
    public static final double MIN_SCALE = 0.5;
    public static final double MAX_SCALE = 4;
    /** The most pixels a side of the PNG may have: more than image viewers and slide programs take. */
    public static final int MAX_PIXELS_PER_SIDE = 16_384;
    /** The most pixels a PNG may have in all, so that drawing one never runs out of memory. */
    public static final long MAX_PIXELS = 100_000_000;

    public PictureSize {
        if (width < MIN_SIDE || width > MAX_SIDE || height < MIN_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("a picture is " + MIN_SIDE + " to " + MAX_SIDE
                    + " pixels wide and high, not " + width + " × " + height);
        }
        if (!(scale >= MIN_SCALE && scale <= MAX_SCALE)) {
            throw new IllegalArgumentException("the scale is a number from " + MIN_SCALE + " to " + MAX_SCALE
                    + ", not " + scale);
        }
        long pixelWidth = Math.round(width * scale);
        long pixelHeight = Math.round(height * scale);
        if (pixelWidth > MAX_PIXELS_PER_SIDE || pixelHeight > MAX_PIXELS_PER_SIDE
                || pixelWidth * pixelHeight > MAX_PIXELS) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the picture would be %d × %d pixels; at most %,d on a side and %,d in all",
                    pixelWidth, pixelHeight, MAX_PIXELS_PER_SIDE, MAX_PIXELS));
        }
    }

    /** The PNG's width in pixels. */
    public int pixelWidth() {
        return (int) Math.round(width * scale);
    }

    /** The PNG's height in pixels, bands included. */
    public int pixelHeight() {
        return (int) Math.round(height * scale);
    }

    /** The height left for the chart or timeline between the bands, in layout pixels. */
    public double contentHeight() {
        return height - ImageExport.TITLE_BAND - ImageExport.FOOTER_BAND;
    }

    /** "3200 × 1800 pixels", as the export dialog and the command line say it. */
    public String describePixels() {
        return pixelWidth() + " × " + pixelHeight() + " pixels";
    }
}
