package org.timelineexplorer.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** What the desktop hands the app when a timeline file is double-clicked. */
class LauncherTest {

    @Test
    void aFileAsTheOnlyArgumentOpensIt(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("space.timeline.json"), "{}");

        assertArrayEquals(new String[] {"--data", file.toString()}, Launcher.openedFile(new String[] {file.toString()}));
    }

    @Test
    void commandsAndOptionsAreLeftAsTheyAre(@TempDir Path dir) {
        String[] validate = {"validate"};
        String[] missing = {dir.resolve("no-such.json").toString()};
        String[] version = {"--version"};

        assertSame(validate, Launcher.openedFile(validate));
        assertSame(missing, Launcher.openedFile(missing));
        assertSame(version, Launcher.openedFile(version));
    }
}
