package org.timelineexplorer.app;

import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Starts the whole application as a user would and reads what its window shows. */
class TimelineExplorerAppTest extends FxRobot {

    private Application application;

    @AfterEach
    void closeApplication() throws Exception {
        FxToolkit.cleanupApplication(application);
        FxToolkit.cleanupStages();
    }

    @Test
    void theWindowShowsTheBundledDatasetsTitleAndEvents() throws Exception {
        FxToolkit.registerPrimaryStage();
        application = FxToolkit.setupApplication(TimelineExplorerApp.class);

        Stage window = (Stage) listWindows().stream().filter(w -> w.isShowing()).findFirst().orElseThrow();
        assertEquals("United States and Iraq since 2003 \u2014 Timeline Explorer", window.getTitle(),
                "the title bar names what is open: a bundled example by its title");
        assertEquals("United States and Iraq since 2003", lookup("#dataset-title").queryAs(Label.class).getText());
        ListView<?> events = lookup("#event-list").queryAs(ListView.class);
        assertTrue(events.getItems().size() >= 50, "the bundled events are listed: " + events.getItems().size());
    }
}
