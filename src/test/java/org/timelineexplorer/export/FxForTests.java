package org.timelineexplorer.export;

import org.testfx.api.FxToolkit;

import java.util.concurrent.TimeoutException;

/**
 * Starts JavaFX for a test that renders without a window of its own. TestFX's toolkit comes first and
 * {@link HeadlessFx} then reuses it: started the other way round in one JVM, TestFX's robot no longer reaches the
 * windows of the robot-driven tests that follow, and they fail however sound the code is.
 */
public final class FxForTests {

    private FxForTests() {
    }

    public static void start() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        HeadlessFx.ensureStarted();
    }
}
