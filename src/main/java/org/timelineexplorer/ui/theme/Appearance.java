package org.timelineexplorer.ui.theme;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.util.List;

/**
 * The look a teacher chose: the theme and the text size. A view model with no scene graph, so its rules are tested
 * without a screen; {@link Theming} puts it on the windows, and the window remembers it in the user's settings.
 */
public final class Appearance {

    /** Text sizes in px that Ctrl+plus and Ctrl+minus step through. */
    public static final List<Integer> FONT_SIZES = List.of(10, 11, 12, 13, 14, 15, 16, 18, 20, 22, 24, 28, 32);
    public static final int DEFAULT_FONT_SIZE = 15;
    public static final Theme DEFAULT_THEME = Theme.LIGHT;

    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", DEFAULT_THEME);
    private final ReadOnlyObjectWrapper<Integer> fontSize =
            new ReadOnlyObjectWrapper<>(this, "fontSize", DEFAULT_FONT_SIZE);

    public Appearance() {
        theme.addListener((o, old, now) -> {
            if (now == null) {
                theme.set(old); // there is always a theme
            }
        });
    }

    /** The theme; never {@code null} (setting it to {@code null} keeps the one there is). */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public Theme getTheme() {
        return theme.get();
    }

    public void setTheme(Theme value) {
        theme.set(value);
    }

    /** The text size in px, one of {@link #FONT_SIZES}. */
    public ReadOnlyObjectProperty<Integer> fontSizeProperty() {
        return fontSize.getReadOnlyProperty();
    }

    public int getFontSize() {
        return fontSize.get();
    }

    /** Sets the text size to the one of {@link #FONT_SIZES} nearest {@code px}. */
    public void setFontSize(int px) {
        int best = DEFAULT_FONT_SIZE;
        for (int size : FONT_SIZES) {
            if (Math.abs(size - px) < Math.abs(best - px)) {
                best = size;
            }
        }
        fontSize.set(best);
    }

    public void larger() {
        int i = FONT_SIZES.indexOf(getFontSize());
        fontSize.set(FONT_SIZES.get(Math.min(FONT_SIZES.size() - 1, i + 1)));
    }

    public void smaller() {
        int i = FONT_SIZES.indexOf(getFontSize());
        fontSize.set(FONT_SIZES.get(Math.max(0, i - 1)));
    }

    public void resetFontSize() {
        fontSize.set(DEFAULT_FONT_SIZE);
    }
}
