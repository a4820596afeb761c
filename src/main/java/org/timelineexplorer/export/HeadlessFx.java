package org.timelineexplorer.export;

import javafx.application.Platform;
import org.timelineexplorer.fonts.Fonts;

/**
 * Starts the JavaFX toolkit for rendering without a window, as the command line's export commands need.
 *
 * <p>When the Monocle headless platform is on the class path it is always used: nothing appears on screen and no
 * display is needed, which is what a script on a server wants. Without Monocle the normal toolkit is started, which
 * needs a display; with none, {@link #ensureStarted()} fails with a message saying so instead of JavaFX's own error.
 */
public final class HeadlessFx {

    private static final String MONOCLE_FACTORY = "com.sun.glass.ui.monocle.MonoclePlatformFactory";
    private static boolean started;
    /** Held so that the level set on it is not lost to garbage collection. */
    private static final java.util.logging.Logger JAVAFX_LOGGER = java.util.logging.Logger.getLogger("javafx");

    private HeadlessFx() {
    }

    /** True when the Monocle headless platform can be used. */
    public static boolean monocleAvailable() {
        try {
            Class.forName(MONOCLE_FACTORY, false, HeadlessFx.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** True when a Linux or BSD desktop is missing (no X11 or Wayland display); Windows and macOS always have one. */
    public static boolean displayMissing() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return false;
        }
        return isBlank(System.getenv("DISPLAY")) && isBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /**
     * Starts the toolkit once (a toolkit already started, for example by the tests, is reused), keeps it alive
     * when no window is open, and loads the bundled fonts the pictures are drawn with.
     *
     * @throws IllegalStateException with a plain message when there is neither a display nor Monocle
     */
    public static synchronized void ensureStarted() {
        if (started) {
            return;
        }
        if (monocleAvailable()) {
            setIfAbsent("glass.platform", "Monocle");
            setIfAbsent("monocle.platform", "Headless");
            setIfAbsent("prism.order", "sw");
        } else if (displayMissing() && !"Monocle".equals(System.getProperty("glass.platform"))) {
            throw new IllegalStateException("Rendering images needs a display (none is set: DISPLAY is empty)."
                    + " Run this on a desktop, or under xvfb-run.");
        }
        setIfAbsent("java.awt.headless", "true");
        // JavaFX warns that it runs from the class path, which is how the jar is built: noise on a command line.
        JAVAFX_LOGGER.setLevel(java.util.logging.Level.SEVERE);
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // The toolkit was started by someone else (the app or a test): use it.
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            throw new IllegalStateException("Could not start JavaFX to render images: " + e.getMessage(), e);
        }
        Platform.setImplicitExit(false);
        Fonts.load();
        started = true;
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
