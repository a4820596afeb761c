package org.timelineexplorer.ui.theme;

import java.net.URL;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The looks a teacher can choose. Each is a stylesheet that only sets the looked-up colours ({@code -te-*} and
 * the few Modena ones the standard controls read) for {@code .root.<styleClass>}, plus focus rings.
 */
public enum Theme {
    LIGHT("Light", "theme-light"),
    DARK("Dark", "theme-dark"),
    HIGH_CONTRAST("High contrast", "theme-high-contrast");

    private final String title;
    private final String styleClass;

    Theme(String title, String styleClass) {
        this.title = title;
        this.styleClass = styleClass;
    }

    /** The name in the View → Theme menu. */
    public String title() {
        return title;
    }

    /** The style class the scene's root carries while the theme is on, also the stylesheet's base name. */
    public String styleClass() {
        return styleClass;
    }

    /** The theme's stylesheet, to add to a scene's stylesheets. */
    public String stylesheet() {
        URL url = Theme.class.getResource(styleClass + ".css");
        return Objects.requireNonNull(url, "missing stylesheet for " + this).toExternalForm();
    }

    /** The theme of a stored name, if there is one by that name. */
    public static Optional<Theme> byName(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
    }
}
