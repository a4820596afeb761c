package org.timelineexplorer.export;

import javafx.application.Platform;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/** Runs work on the JavaFX application thread and waits for its result, from any thread. */
public final class FxThread {

    private FxThread() {
    }

    /**
     * Calls {@code work} on the JavaFX thread (directly when already on it) and returns its result.
     *
     * @throws Exception whatever {@code work} threw, unwrapped
     */
    public static <T> T call(Callable<T> work) throws Exception {
        if (Platform.isFxApplicationThread()) {
            return work.call();
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        try {
            return result.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }
}
