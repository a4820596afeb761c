package org.timelineexplorer.app;

import javafx.application.Application;
import org.timelineexplorer.cli.CommandLine;
import org.timelineexplorer.ui.ViewLoader;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The jar's entry point: the command line first ({@code validate}, {@code export-chart}, {@code --help}, …), the
 * window otherwise. It does not extend {@link Application} so that {@code java -jar} works with JavaFX on the class
 * path, where the JavaFX launcher would otherwise refuse to start an Application main class.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        args = openedFile(args);
        // Pictures from the command line are drawn in the window's stylesheets, in the language asked for, so that
        // they look the same.
        int exitCode = CommandLine.run(args, System.out, System.err, ViewLoader::stylesheets);
        if (exitCode != CommandLine.START_GUI) {
            System.exit(exitCode);
        }
        TimelineExplorerApp.readAhead(args);
        Application.launch(TimelineExplorerApp.class, args);
    }

    /**
     * A file as the only argument opens it, as {@code --data FILE} does: that is how a desktop starts the app for a
     * timeline file double-clicked in a file manager (the installers associate {@code *.timeline.json}).
     */
    static String[] openedFile(String[] args) {
        if (args.length == 1 && !args[0].startsWith("-") && Files.isRegularFile(Path.of(args[0]))) {
            return new String[] {"--data", args[0]};
        }
        return args;
    }
}
