package org.timelineexplorer.timeline;

import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
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
import org.timelineexplorer.model.TimeRange;

import java.time.LocalDate;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the timeline says to a screen reader in French and in Arabic: its name, its selection and its keys. */
@ExtendWith(ApplicationExtension.class)
class TimelineTextsTest {

    private TimelineView view;

    @Start
    void start(Stage stage) {
        Messages.use(Language.FRENCH);
        view = new TimelineView(FXCollections.observableArrayList(SampleTimeline.events()),
                FXCollections.observableArrayList(SampleTimeline.eras()));
        view.setLocale(Locale.FRENCH);
        view.setAnimated(false);
        view.setVisibleRange(TimeRange.ofDays(LocalDate.of(2003, 1, 1), LocalDate.of(2008, 12, 31)));
        stage.setScene(new Scene(new StackPane(view), 900, 400));
        stage.show();
    }

    @AfterEach
    void backToEnglish() {
        Messages.use(Language.ENGLISH);
    }

    @Test
    void theTimelineSpeaksFrench(FxRobot robot) {
        assertEquals("Frise chronologique, aucun événement choisi", view.getAccessibleText());
        robot.interact(() -> view.setSelectedEvent(view.getEvents().get(1)));
        assertEquals("Frise chronologique, événement choisi : Baghdad falls, 9 avril 2003", view.getAccessibleText());
        assertTrue(view.getAccessibleHelp().contains("choisir l’événement suivant"), view.getAccessibleHelp());
        assertEquals("frise chronologique", view.getAccessibleRoleDescription());
    }

    @Test
    void andArabicOnceTheApplicationHandsItTheArabicLocale(FxRobot robot) {
        robot.interact(() -> {
            Messages.use(Language.ARABIC);
            view.setLocale(Messages.locale());
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("الخط الزمني، لم يُختر أي حدث", view.getAccessibleText());
        assertTrue(view.getAccessibleHelp().contains("اختيار الحدث التالي"), view.getAccessibleHelp());
    }
}
