package org.timelineexplorer.color;

/**
 * Contrast between colours as WCAG 2 defines it, for choosing text that reads on a coloured background (an era's
 * band on the timeline, its button in the navigator). Pure arithmetic on sRGB channels from 0 to 1, so any view
 * may use it and tests need no toolkit.
 */
public final class Contrast {

    /**
     * The contrast WCAG 2.1 (1.4.11, non-text contrast) asks of a shape's edge against what is around it: an era's
     * band and button reach at least this against the page, by an edge of their own where their fill does not.
     */
    public static final double EDGE_RATIO = 3;

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

    /**
     * The colour to edge a shape of colour {@code fill} with on {@code page}, as sRGB channels from 0 to 1: the fill
     * itself when it already contrasts {@link #EDGE_RATIO}:1 with the page, else the fill mixed towards white or
     * black, whichever contrasts more with the page, just far enough to reach it. So a black era on a dark page gets
     * a grey edge, a yellow one on white a dark olive one, and an era that shows well keeps its own colour.
     *
     * @return red, green and blue
     */
    public static double[] edge(double[] fill, double[] page) {
        double pageLuminance = relativeLuminance(page[0], page[1], page[2]);
        if (ratio(relativeLuminance(fill[0], fill[1], fill[2]), pageLuminance) >= EDGE_RATIO) {
            return fill.clone();
        }
        boolean towardsWhite = ratio(pageLuminance, 1) > ratio(pageLuminance, 0);
        double target = towardsWhite ? 1 : 0;
        // Luminance moves one way as the mix goes towards white (or black): halve the interval to the least mix.
        double enough = 1;
        double tooLittle = 0;
        for (int i = 0; i < 24; i++) {
            double t = (enough + tooLittle) / 2;
            double[] mixed = mix(fill, target, t);
            double luminance = relativeLuminance(mixed[0], mixed[1], mixed[2]);
            boolean reaches = (towardsWhite ? luminance > pageLuminance : luminance < pageLuminance)
                    && ratio(luminance, pageLuminance) >= EDGE_RATIO;
            if (reaches) {
                enough = t;
            } else {
                tooLittle = t;
            }
        }
        return mix(fill, target, enough);
    }

    private static double[] mix(double[] colour, double target, double t) {
        return new double[] {colour[0] + (target - colour[0]) * t, colour[1] + (target - colour[1]) * t,
                colour[2] + (target - colour[2]) * t};
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
