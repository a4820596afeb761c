package org.timelineexplorer.app;

import javafx.application.Application;

/**
 * The jar's entry point. It does not extend {@link Application} so that {@code java -jar} works with JavaFX on the
 * class path, where the JavaFX launcher would otherwise refuse to start an Application main class.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Application.launch(TimelineExplorerApp.class, args);
    }
}
