package org.timelineexplorer.model;

import java.util.List;
import java.util.Locale;

/**
 * The Okabe–Ito palette as CSS hex colours: its colours stay distinguishable for people with every common kind of
 * colour blindness. Kept as text, like {@link Era#color()}, because the model knows nothing of the scene graph.
 */
public final class OkabeIto {

    /**
     * The colours given in turn to eras whose file names none: the palette's seven hues, strongest first, then the
     * grey often paired with it for a neutral band. Black, the palette's eighth colour, would hide an era's text.
     */
    public static final List<String> ERA_COLOURS =
            List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999");

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
