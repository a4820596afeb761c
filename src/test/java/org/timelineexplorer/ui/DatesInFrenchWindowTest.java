package org.timelineexplorer.ui;

import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timelineexplorer.i18n.Language;
import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.model.AppState;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The window built in French, as the app builds it at start when French is the language, writes dates in French. */
@ExtendWith(ApplicationExtension.class)
class DatesInFrenchWindowTest {

    @Start
    void start(Stage stage) {
        Messages.use(Language.FRENCH);
        UiFixture.show(stage, new AppState(UiFixture.bundled()), UiFixture.freshSettings(), 1280, 720);
    }

    @AfterEach
    void backToEnglish() {
        Messages.use(Language.ENGLISH);
    }

    @Test
    void theDetailPaneDatesTheInvasionInFrench(FxRobot robot) {
        robot.clickOn("#search-field").write("Irak commence");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#event-list .list-cell").nth(0).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("L'invasion de l'Irak commence", robot.lookup("#detail-title").queryLabeled().getText());
        assertEquals("20 mars 2003", robot.lookup("#detail-date").queryLabeled().getText());
    }
}
