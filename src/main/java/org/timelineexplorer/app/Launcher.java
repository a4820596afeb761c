package org.timelineexplorer.app;

import javafx.application.Application;
import org.timelineexplorer.cli.CommandLine;
import org.timelineexplorer.ui.ViewLoader;

import java.util.List;

/**
 * The jar's entry point: the command line first ({@code validate}, {@code export-chart}, {@code --help}, …), the
 * window otherwise. It does not extend {@link Application} so that {@code java -jar} works with JavaFX on the class
 * path, where the JavaFX launcher would otherwise refuse to start an Application main class.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        // Pictures from the command line are drawn in the window's stylesheet, so that they look the same.
        int exitCode = CommandLine.run(args, System.out, System.err, List.of(ViewLoader.stylesheet()));
        if (exitCode != CommandLine.START_GUI) {
            System.exit(exitCode);
        }
        Application.launch(TimelineExplorerApp.class, args);
    }
}
