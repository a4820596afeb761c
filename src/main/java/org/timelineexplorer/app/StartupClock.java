package org.timelineexplorer.app;

import javafx.application.Platform;
import javafx.scene.Scene;

import java.lang.management.ManagementFactory;

/**
 * The moment a window's first frame is ready: printed with {@code --measure-startup} as the time since the JVM
 * started (for the README's figures; the startup benchmark times a bare JavaFX window with this same clock), and
 * where the app does what can wait for the first frame.
 */
public final class StartupClock {

    /** Ends the app at its first frame: for the build's recorded start and the startup benchmark. */
    static final String QUIT_PROPERTY = "timeline-explorer.quit-after-first-frame";

    private StartupClock() {
    }

    /**
     * Runs {@code then} on the JavaFX thread once the scene's first pulse has applied its CSS and laid it out, the
     * frame the renderer then paints; call before the stage is shown.
     */
    public static void atFirstFrame(Scene scene, Runnable then) {
        Runnable once = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                // After the pulse, so that what comes next never delays the frame itself.
                Platform.runLater(then);
            }
        };
        scene.addPostLayoutPulseListener(once);
    }

    /** Prints "startup: first frame N ms after JVM start" at the first frame, and ends the app if asked to. */
    public static void printAtFirstFrame(Scene scene) {
        atFirstFrame(scene, () -> {
            long now = System.currentTimeMillis();
            // Read after the frame: java.management takes a moment to load.
            long millis = now - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("startup: first frame " + millis + " ms after JVM start");
            if (Boolean.getBoolean(QUIT_PROPERTY)) {
                Platform.exit();
            }
        });
    }
}
