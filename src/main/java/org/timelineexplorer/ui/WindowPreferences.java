package org.timelineexplorer.ui;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the window remembers between runs: its size, where the dividers stand and which figures the chart shows.
 * A value that is missing, unreadable or out of range is ignored, so a damaged preference file costs the user a
 * default layout, never a start-up.
 */
public final class WindowPreferences {

    /** The node the application uses: {@code org/timelineexplorer} under the user's root. */
    public static final String NODE = "org/timelineexplorer";

    static final String WIDTH = "window.width";
    static final String HEIGHT = "window.height";
    static final String MAXIMIZED = "window.maximized";
    static final String DIVIDER = "divider.";
    static final String SERIES = "chart.series";

    /** Smallest and largest window size restored: anything outside is a damaged or foreign value. */
    static final double MIN_WIDTH = 800;
    static final double MIN_HEIGHT = 500;
    static final double MAX_SIZE = 16_384;

    private final Preferences node;

    public WindowPreferences(Preferences node) {
        this.node = node;
    }

    /** The user's preferences for the application. */
    public static WindowPreferences forUser() {
        return new WindowPreferences(Preferences.userRoot().node(NODE));
    }

    public Preferences node() {
        return node;
    }

    public OptionalDouble width() {
        return number(WIDTH, MIN_WIDTH, MAX_SIZE);
    }

    public OptionalDouble height() {
        return number(HEIGHT, MIN_HEIGHT, MAX_SIZE);
    }

    public boolean maximized() {
        return "true".equals(text(MAXIMIZED));
    }

    public void saveWindow(double width, double height, boolean maximized) {
        if (!maximized) {
            node.put(WIDTH, Double.toString(width));
            node.put(HEIGHT, Double.toString(height));
        }
        node.put(MAXIMIZED, Boolean.toString(maximized));
    }

    /** The position of divider {@code name}, between 0 and 1 exclusive. */
    public OptionalDouble divider(String name) {
        return number(DIVIDER + name, 0.02, 0.98);
    }

    public void saveDivider(String name, double position) {
        if (position > 0 && position < 1) {
            node.put(DIVIDER + name, Double.toString(position));
        }
    }

    /** The id of the figures series the chart showed last. */
    public Optional<String> series() {
        return Optional.ofNullable(text(SERIES)).filter(id -> !id.isBlank() && id.length() <= 200);
    }

    public void saveSeries(String id) {
        if (id != null) {
            node.put(SERIES, id);
        }
    }

    /** Writes the values to the backing store; called off the JavaFX thread. */
    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            // Not remembering the layout is no reason to fail.
        }
    }

    private String text(String key) {
        try {
            return node.get(key, null);
        } catch (IllegalStateException e) {
            return null;
        }
    }

    private OptionalDouble number(String key, double min, double max) {
        String text = text(key);
        if (text == null) {
            return OptionalDouble.empty();
        }
        try {
            double value = Double.parseDouble(text.trim());
            return Double.isFinite(value) && value >= min && value <= max
                    ? OptionalDouble.of(value) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }
}
