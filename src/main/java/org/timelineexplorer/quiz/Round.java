package org.timelineexplorer.quiz;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A round drawn from a spec: its questions, and for each chosen kind the pool could not ask, a word why.
 *
 * @param emptyReason why there are no questions at all, or {@code null} when there are some
 */
public record Round(RoundSpec spec, List<Question> questions, Map<QuestionKind, String> leftOut,
                    String emptyReason) {

    public Round {
        questions = List.copyOf(questions);
        leftOut = leftOut.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(leftOut));
    }

    /** Why the round has no questions, if it has none. */
    public Optional<String> empty() {
        return Optional.ofNullable(emptyReason);
    }

    /** The sum of the answers' points, out of the number of questions. */
    public static double score(List<Answer> answers) {
        return answers.stream().mapToDouble(Answer::points).sum();
    }
}
