package org.timelineexplorer.app;

import javafx.application.Application;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.timelineexplorer.io.DatasetReader;
import org.timelineexplorer.io.recovery.RecoveryFile;
import org.timelineexplorer.io.recovery.RecoveryStore;
import org.timelineexplorer.model.Dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The app started on a recovery folder where a window killed without saving left its work: it asks whether to
 * restore it, and a click on Restore opens that work in the window. (The killing itself, by a second process, is
 * {@code CrashRecoveryTest}.)
 */
@Timeout(120)
class RecoveryWindowTest extends FxRobot {

    @TempDir
    Path folder;

    private final String folderBefore = System.getProperty(RecoveryStore.FOLDER_PROPERTY);
    private Application application;

    @AfterEach
    void closeApplication() throws Exception {
        if (application != null) {
            FxToolkit.cleanupApplication(application);
        }
        FxToolkit.cleanupStages();
        if (folderBefore == null) {
            System.clearProperty(RecoveryStore.FOLDER_PROPERTY);
        } else {
            System.setProperty(RecoveryStore.FOLDER_PROPERTY, folderBefore);
        }
    }

    @Test
    void aClickOnRestoreOpensTheWorkAWindowLeftUnsaved() throws Exception {
        Dataset bundled = new DatasetReader().readBundled().dataset().orElseThrow();
        Dataset work = new Dataset("Our class's timeline of the war", bundled.summary(), bundled.credit(),
                bundled.eras(), bundled.events().subList(0, 12), bundled.series());
        Instant written = Instant.now();
        Path left = folder.resolve("window-killed.recovery");
        Files.write(left, RecoveryFile.bytes(work, written, 7, Optional.empty()));
        System.setProperty(RecoveryStore.FOLDER_PROPERTY, folder.toString());

        FxToolkit.registerPrimaryStage();
        application = FxToolkit.setupApplication(TimelineExplorerApp.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#recovery-dialog").tryQuery().isPresent());

        String time = DateTimeFormatter.ofPattern("HH:mm").format(written.atZone(ZoneId.systemDefault()));
        assertEquals("Timeline Explorer closed without saving: restore “Our class's timeline of the war” (7 changes, "
                + time + " today)?", lookup("#recovery-dialog").queryAs(DialogPane.class).getHeaderText());
        clickOn("Restore");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Our class's timeline of the war", lookup("#dataset-title").queryAs(Label.class).getText());
        assertEquals(12, lookup("#event-list").queryAs(ListView.class).getItems().size());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !Files.exists(left));
        List<Path> now = Files.list(folder).filter(file -> file.toString().endsWith(".recovery")).toList();
        assertEquals(1, now.size(), "the work moved to this window's own file: " + now);
        RecoveryFile kept = RecoveryFile.readHeader(now.get(0)).orElseThrow();
        assertEquals(7, kept.changes());
        assertEquals(work, kept.read().dataset().orElseThrow());
        assertEquals(List.of(), new RecoveryStore(folder).orphans(), "this window holds it: not offered again");
    }
}
