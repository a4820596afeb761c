package org.timelineexplorer.cli;

import org.timelineexplorer.export.FxThread;
import org.timelineexplorer.export.HeadlessFx;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;

import static org.timelineexplorer.cli.CommandLine.PROGRAM;
import static org.timelineexplorer.cli.CommandLine.TEXT;

/** Drawing without a window, for every command that makes a picture or a PDF: the same start and the same failures. */
final class Offscreen {

    private Offscreen() {
    }

    /**
     * Starts JavaFX's headless platform if need be and calls {@code drawing} on its thread; or empty, once
     * {@code err} says why, when JavaFX cannot start or the drawing fails.
     *
     * @param what what is drawn, for the message, in the language in use: "the picture", "the pictures"
     */
    static <T> Optional<T> draw(Callable<T> drawing, String what, PrintWriter err) {
        try {
            HeadlessFx.ensureStarted();
            return Optional.of(FxThread.call(drawing));
        } catch (IllegalStateException e) {
            err.println(PROGRAM + ": " + e.getMessage());
        } catch (Exception e) {
            err.println(PROGRAM + ": " + TEXT.text("draw.failed", what, e));
        }
        return Optional.empty();
    }
}
