package org.timelineexplorer.model;

import java.util.List;
import java.util.Locale;

/**
 * The Okabe–Ito palette as CSS hex colours: its colours stay distinguishable for people with every common kind of
 * colour blindness. Kept as text, like {@link Era#color()}, because the model knows nothing of the scene graph.
 */
public final class OkabeIto {

    /**
     * The colours given in turn to eras whose file names none: the palette's seven hues, strongest first, then its
     * black, on which era text is written in white (color.Contrast). Not the grey often paired with the palette: it
     * nearly merges with reddish purple for deuteranopes (ΔE about 7 in a Machado 2009 simulation), while the eight
     * colours stay at least ΔE 15 apart under protanopia, deuteranopia and tritanopia.
     */
    public static final List<String> ERA_COLOURS =
            List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000");

    /** Every colour of the palette, black included, and its grey. */
    public static final List<String> ALL = List.of("#000000", "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2",
            "#D55E00", "#CC79A7", "#999999");

    private OkabeIto() {
    }

    /** Whether a CSS hex colour (either case) is one of the palette's. */
    public static boolean contains(String hex) {
        return hex != null && ALL.contains(hex.toUpperCase(Locale.ROOT));
    }
}
