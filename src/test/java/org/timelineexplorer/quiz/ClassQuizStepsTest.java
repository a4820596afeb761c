package org.timelineexplorer.quiz;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClassQuizStepsTest {

    @Test
    void eachQuestionIsShownThenRevealed() {
        ClassQuizSteps steps = new ClassQuizSteps(2);
        assertEquals("Question 1 of 2", steps.position());
        assertFalse(steps.revealed());

        steps.next();
        assertEquals(0, steps.question());
        assertTrue(steps.revealed());
        steps.next();
        assertEquals(1, steps.question());
        assertFalse(steps.revealed());
        steps.next();
        steps.next();
        assertEquals(1, steps.question(), "stays at the last answer");
        assertTrue(steps.revealed());

        steps.previous();
        assertFalse(steps.revealed());
        steps.first();
        steps.previous();
        assertEquals(0, steps.question());
        assertFalse(steps.revealed());
        steps.toLast();
        assertEquals("Question 2 of 2", steps.position());
        assertTrue(steps.revealed());
    }
}
