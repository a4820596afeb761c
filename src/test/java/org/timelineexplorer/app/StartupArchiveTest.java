package org.timelineexplorer.app;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The command that makes the class-data-sharing archive. The archive in use, missing and stale is checked on the
 * installed app, by the packaging check ({@code src/packaging/check-installers.sh}).
 */
class StartupArchiveTest {

    @Test
    void theDumpRepeatsTheLaunchersOptionsButNotItsArchiveOnes() {
        List<String> launcher = List.of("-Djava.class.path=/old/app.jar", "--add-exports=javafx.base/x=ALL-UNNAMED",
                "-XX:SharedArchiveFile=/app/timeline-explorer.jsa", "-Xshare:auto", "-Xlog:cds=off",
                "-Dtimeline-explorer.cds.archive=/app/timeline-explorer.jsa",
                "-D" + StartupClock.QUIT_PROPERTY + "=true");

        List<String> command = StartupArchive.dumpCommand("/runtime", launcher, "/app/a.jar:/app/b.jar",
                Path.of("/app/list"), Path.of("/app/timeline-explorer.jsa.partial"));

        assertEquals(List.of(Path.of("/runtime", "bin", "java").toString(),
                "--add-exports=javafx.base/x=ALL-UNNAMED",
                "-Dtimeline-explorer.cds.archive=/app/timeline-explorer.jsa",
                "-Djava.class.path=/app/a.jar:/app/b.jar",
                "-Xshare:dump", "-XX:SharedClassListFile=/app/list",
                "-XX:SharedArchiveFile=/app/timeline-explorer.jsa.partial"), command);
    }
}
