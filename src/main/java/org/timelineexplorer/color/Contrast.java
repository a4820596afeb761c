package org.timelineexplorer.color;

/**
 * Contrast between colours as WCAG 2 defines it, for choosing text that reads on a coloured background (an era's
 * band on the timeline, its button in the navigator). Pure arithmetic on sRGB channels from 0 to 1, so any view
 * may use it and tests need no toolkit.
 */
public final class Contrast {

    private Contrast() {
    }

    /** WCAG relative luminance: 0 for black, 1 for white. */
    public static double relativeLuminance(double red, double green, double blue) {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    /** The WCAG contrast ratio of two luminances, from 1 (none) to 21 (black on white), in either order. */
    public static double ratio(double luminance, double otherLuminance) {
        double lighter = Math.max(luminance, otherLuminance);
        double darker = Math.min(luminance, otherLuminance);
        return (lighter + 0.05) / (darker + 0.05);
    }

    /** Whether black text contrasts more than white with a background of this colour. */
    public static boolean blackReadsBetter(double red, double green, double blue) {
        double background = relativeLuminance(red, green, blue);
        return ratio(background, 0) >= ratio(background, 1);
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
