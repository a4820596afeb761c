package org.timelineexplorer.quiz;

import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.TimelineEvent;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * "Put them in order": four to six event cards, shown without dates in {@code cards}' order, to sort earliest
 * first. Events with the same date may come in either order.
 */
public record OrderQuestion(List<TimelineEvent> cards) implements Question {

    private static final Messages TEXTS = Messages.of(Question.class);

    public OrderQuestion {
        cards = List.copyOf(cards);
        if (cards.size() < 2) {
            throw new IllegalArgumentException("an order question needs at least two cards");
        }
    }

    @Override
    public QuestionKind kind() {
        return QuestionKind.ORDER;
    }

    @Override
    public String prompt() {
        return TEXTS.text("order.prompt");
    }

    /** The cards in date order (of two with the same date, either would do; this takes them by title). */
    public List<TimelineEvent> rightOrder() {
        return cards.stream().sorted(Dataset.chronological()).toList();
    }

    @Override
    public String rightAnswer(Locale locale) {
        return rightOrder().stream().map(e -> e.title() + " (" + e.formatDate(locale) + ")")
                .collect(Collectors.joining(" → "));
    }

    @Override
    public Optional<TimelineEvent> subject() {
        return Optional.of(rightOrder().get(0));
    }

    /**
     * The share of neighbouring cards in {@code order} that stand the right way round (the earlier first, or two of
     * the same date): 1 for the right order, less for each pair the wrong way round.
     *
     * @throws IllegalArgumentException when {@code order} is not this question's cards
     */
    public double points(List<TimelineEvent> order) {
        if (order.size() != cards.size() || !new HashSet<>(order).equals(new HashSet<>(cards))) {
            throw new IllegalArgumentException("an answer puts this question's cards in order, no others");
        }
        int right = 0;
        for (int i = 1; i < order.size(); i++) {
            if (order.get(i - 1).start().compareTo(order.get(i).start()) <= 0) {
                right++;
            }
        }
        return (double) right / (order.size() - 1);
    }
}
