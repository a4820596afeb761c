package org.timelineexplorer.ui;

import org.junit.jupiter.api.Test;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.ui.presentation.Presentation;
import org.timelineexplorer.ui.quiz.QuizViewModel;

import java.lang.ref.WeakReference;

import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The presentation and the quiz follow the one state for as long as their views hold them, and no longer: the window
 * makes a presentation with each build of its views (a change of language makes another), and each quiz window a
 * quiz, so a state that held them would keep every one alive and at work on every change, all day.
 */
class ViewModelsLetGoTest {

    @Test
    void aPresentationAndAQuizThatNothingHoldsAreCollected() throws InterruptedException {
        AppState state = new AppState(UiFixture.bundled());
        WeakReference<Presentation> presentation = new WeakReference<>(new Presentation(state));
        WeakReference<QuizViewModel> quiz = new WeakReference<>(new QuizViewModel(state));
        for (int i = 0; i < 50 && (presentation.get() != null || quiz.get() != null); i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertNull(presentation.get(), "the state let go of the presentation");
        assertNull(quiz.get(), "the state let go of the quiz");
        state.setSelectedEvent(state.getEvents().get(1)); // and what it let go of does not trip it up
    }
}
