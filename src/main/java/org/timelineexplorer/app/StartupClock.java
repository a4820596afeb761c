package org.timelineexplorer.app;

import javafx.animation.AnimationTimer;

import java.lang.management.ManagementFactory;

/**
 * Prints the time from JVM start to the first frame the window paints, for the README's performance figures.
 * Asked for with {@code --measure-startup}.
 */
final class StartupClock {

    private StartupClock() {
    }

    /** Call right after the stage is shown: the timer's first tick comes with the first rendering pulse. */
    static void printAtFirstFrame() {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("startup: first frame " + millis + " ms after JVM start");
            }
        }.start();
    }
}
