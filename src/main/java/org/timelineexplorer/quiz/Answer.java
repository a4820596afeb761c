package org.timelineexplorer.quiz;

import java.util.Objects;

/**
 * A student's answer to one question.
 *
 * @param given  the answer as the review list writes it
 * @param points 0 to 1
 */
public record Answer(Question question, String given, double points) {

    public Answer {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(given, "given");
        if (!(points >= 0 && points <= 1)) {
            throw new IllegalArgumentException("points run from 0 to 1: " + points);
        }
    }

    /** Whether the answer earned full marks. */
    public boolean isRight() {
        return points == 1;
    }
}
