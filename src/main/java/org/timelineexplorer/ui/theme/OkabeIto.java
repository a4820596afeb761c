package org.timelineexplorer.ui.theme;

import java.util.Arrays;
import java.util.Locale;

/**
 * The eight colours (and a neutral grey) of the Okabe–Ito palette, told apart by people with every common kind of colour blindness.
 * Era colours in datasets and the series colours of every theme come from it, so views and exported images agree.
 */
public enum OkabeIto {
    BLACK("#000000"),
    ORANGE("#E69F00"),
    SKY_BLUE("#56B4E9"),
    BLUISH_GREEN("#009E73"),
    YELLOW("#F0E442"),
    BLUE("#0072B2"),
    VERMILLION("#D55E00"),
    REDDISH_PURPLE("#CC79A7"),
    /** The grey often paired with the palette, for a neutral band. */
    GREY("#999999");

    private final String hex;

    OkabeIto(String hex) {
        this.hex = hex;
    }

    /** The colour as CSS hex, such as {@code #0072B2}. */
    public String hex() {
        return hex;
    }

    /** Whether a CSS hex colour (either case) is one of the palette's. */
    public static boolean contains(String hex) {
        return hex != null && Arrays.stream(values()).anyMatch(c -> c.hex.equals(hex.toUpperCase(Locale.ROOT)));
    }
}
