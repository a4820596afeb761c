package org.timelineexplorer.quiz;

import org.junit.jupiter.api.Test;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.TimelineEvent;

import java.util.List;
import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Cards dropped onto the timeline and moved in the list: the list follows the times of the dropped ones. */
class CardLayoutTest {

    private static final TimelineEvent A = QuizData.event("a", HistoricalDate.ofYear(2001), "A", "early");
    private static final TimelineEvent B = QuizData.event("b", HistoricalDate.ofYear(2002), "B", "early");
    private static final TimelineEvent C = QuizData.event("c", HistoricalDate.ofYear(2003), "C", "early");
    private static final TimelineEvent D = QuizData.event("d", HistoricalDate.ofYear(2004), "D", "early");

    private static final CardLayout DEALT = CardLayout.dealt(new OrderQuestion(List.of(A, B, C, D)));

    @Test
    void theFirstCardDroppedKeepsItsPlaceInTheList() {
        CardLayout layout = DEALT.place(B, 500);

        assertEquals(List.of(A, B, C, D), layout.order());
        assertEquals(OptionalDouble.of(500), layout.placedAt(B));
        assertEquals(OptionalDouble.empty(), layout.placedAt(A));
    }

    @Test
    void aCardDroppedLeftOfAnotherComesBeforeIt() {
        CardLayout layout = DEALT.place(A, 900).place(D, 100);

        assertEquals(List.of(D, A, B, C), layout.order(), "D moves to just before A");
        assertEquals(List.of(B, A, C, D), DEALT.place(B, 100).place(A, 900).order(), "A moves to just after B");
    }

    @Test
    void aCardDroppedBetweenTwoStandsBetweenThemAndKeepsItsPlaceAmongTheOthers() {
        CardLayout layout = DEALT.place(A, 100).place(C, 900).place(D, 500);

        assertEquals(List.of(A, B, D, C), layout.order(), "after A, before C, and as near its old place as that allows");
    }

    @Test
    void ofTwoCardsAtTheSameTimeTheOneDroppedLastGoesAfter() {
        assertEquals(List.of(B, C, D, A), DEALT.place(D, 500).place(A, 500).order());
    }

    @Test
    void droppingACardAgainMovesItAlongTheTimeline() {
        CardLayout layout = DEALT.place(A, 100).place(B, 200).place(A, 300);

        assertEquals(List.of(B, A, C, D), layout.order());
        assertEquals(OptionalDouble.of(300), layout.placedAt(A));
    }

    @Test
    void aMoveInTheListThatContradictsTheTimelineTakesTheCardOffIt() {
        CardLayout placed = DEALT.place(A, 100).place(B, 200);

        CardLayout agreeing = placed.move(1, 3);
        assertEquals(List.of(A, C, D, B), agreeing.order());
        assertEquals(OptionalDouble.of(200), agreeing.placedAt(B), "still after A: it stays on the timeline");

        CardLayout contradicting = placed.move(1, 0);
        assertEquals(List.of(B, A, C, D), contradicting.order());
        assertEquals(OptionalDouble.empty(), contradicting.placedAt(B), "before A, yet later than A: taken off");
        assertEquals(OptionalDouble.of(100), contradicting.placedAt(A));
    }

    @Test
    void onlyTheQuestionsCardsArePlaced() {
        TimelineEvent other = QuizData.event("x", HistoricalDate.ofYear(2009), "X", "late");
        assertThrows(IllegalArgumentException.class, () -> DEALT.place(other, 1));
    }
}
