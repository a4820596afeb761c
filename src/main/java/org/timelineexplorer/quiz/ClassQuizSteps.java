package org.timelineexplorer.quiz;

import org.timelineexplorer.i18n.Messages;

/**
 * Where a class quiz is: each question is two steps, the question and then its answer revealed, stepped through
 * with the presentation's keys. No score is kept: the class answers aloud.
 */
public final class ClassQuizSteps {

    private static final Messages TEXTS = Messages.of(ClassQuizSteps.class);

    private final int questions;
    private int step;

    /** The steps of a round of {@code questions} questions, at the first question. */
    public ClassQuizSteps(int questions) {
        if (questions < 1) {
            throw new IllegalArgumentException("a class quiz needs a question");
        }
        this.questions = questions;
    }

    /** The question shown, from 0. */
    public int question() {
        return step / 2;
    }

    /** Whether the shown question's answer is revealed. */
    public boolean revealed() {
        return step % 2 == 1;
    }

    /** Reveals the answer, or goes on to the next question; stays at the last answer. */
    public void next() {
        step = Math.min(step + 1, last());
    }

    /** Hides the answer again, or goes back to the previous question's answer; stays at the first question. */
    public void previous() {
        step = Math.max(step - 1, 0);
    }

    public void first() {
        step = 0;
    }

    /** The last question, its answer revealed. */
    public void toLast() {
        step = last();
    }

    private int last() {
        return 2 * questions - 1;
    }

    /** "Question 3 of 10". */
    public String position() {
        return TEXTS.text("steps.position", question() + 1, questions);
    }
}
