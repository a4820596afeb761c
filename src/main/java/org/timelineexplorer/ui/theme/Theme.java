package org.timelineexplorer.ui.theme;

import org.timelineexplorer.i18n.Messages;

import java.net.URL;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The looks a teacher can choose. Each is a stylesheet that only sets the looked-up colours ({@code -te-*} and
 * the few Modena ones the standard controls read) for {@code .root.<styleClass>}, plus focus rings.
 */
public enum Theme {
    LIGHT("theme.light", "theme-light"),
    DARK("theme.dark", "theme-dark"),
    HIGH_CONTRAST("theme.highContrast", "theme-high-contrast");

    private final String titleKey;
    private final String styleClass;

    Theme(String titleKey, String styleClass) {
        this.titleKey = titleKey;
        this.styleClass = styleClass;
    }

    /** The name in the View → Theme menu, in the language in use. */
    public String title() {
        return Messages.of(Theme.class).text(titleKey);
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
