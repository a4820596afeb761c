package org.timelineexplorer.quiz;

import org.timelineexplorer.model.TimelineEvent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The cards of an order question as a student has laid them out: their order in the list, earliest at the top, and
 * where on the timeline those dropped onto it lie. The cards on the timeline always stand in the list in the order
 * of their times; a drop or a move that would break that order moves the least it can to keep it.
 *
 * @param order  the cards, in the list's order
 * @param placed the time, in epoch days, of each card dropped onto the timeline
 */
public record CardLayout(List<TimelineEvent> order, Map<TimelineEvent, Double> placed) {

    public CardLayout {
        order = List.copyOf(order);
        placed = Map.copyOf(placed);
        if (!order.containsAll(placed.keySet())) {
            throw new IllegalArgumentException("only the question's cards lie on the timeline");
        }
    }

    /** The cards as the question deals them: in its order, none on the timeline. */
    public static CardLayout dealt(OrderQuestion question) {
        return new CardLayout(question.cards(), Map.of());
    }

    /** Where {@code card} lies on the timeline, in epoch days; empty while it is only in the list. */
    public OptionalDouble placedAt(TimelineEvent card) {
        Double day = placed.get(card);
        return day == null ? OptionalDouble.empty() : OptionalDouble.of(day);
    }

    /**
     * {@code card} dropped onto the timeline at {@code day} (or moved there along it). It keeps its place in the
     * list unless that puts it after a card on the timeline later than it, or before one earlier (or at the same
     * time: the card dropped last goes after); then it moves to just before, or just after, that card.
     */
    public CardLayout place(TimelineEvent card, double day) {
        Objects.requireNonNull(card, "card");
        int from = order.indexOf(card);
        if (from < 0) {
            throw new IllegalArgumentException("not one of the question's cards: " + card.title());
        }
        List<TimelineEvent> others = new ArrayList<>(order);
        others.remove(from);
        int earliest = 0;
        int latest = others.size();
        for (int i = 0; i < others.size(); i++) {
            Double at = placed.get(others.get(i));
            if (at != null && at <= day) {
                earliest = i + 1;
            } else if (at != null && latest == others.size()) {
                latest = i;
            }
        }
        others.add(Math.max(earliest, Math.min(latest, from)), card);
        Map<TimelineEvent, Double> times = new HashMap<>(placed);
        times.put(card, day);
        return new CardLayout(others, times);
    }

    /**
     * The card at {@code from} moved to {@code to} in the list, as a drag in the list or {@code Alt}+arrows do. If
     * the new place contradicts where the card lies on the timeline, it comes off the timeline: the list is the
     * answer, and a marker that says otherwise would mislead.
     */
    public CardLayout move(int from, int to) {
        Objects.checkIndex(from, order.size());
        Objects.checkIndex(to, order.size());
        List<TimelineEvent> moved = new ArrayList<>(order);
        TimelineEvent card = moved.remove(from);
        moved.add(to, card);
        Map<TimelineEvent, Double> times = new HashMap<>(placed);
        if (times.containsKey(card) && !inTimeOrder(moved, times)) {
            times.remove(card);
        }
        return new CardLayout(moved, times);
    }

    /** Whether the cards of {@code list} that lie on the timeline stand in the order of their times. */
    private static boolean inTimeOrder(List<TimelineEvent> list, Map<TimelineEvent, Double> times) {
        double last = Double.NEGATIVE_INFINITY;
        for (TimelineEvent card : list) {
            Double at = times.get(card);
            if (at != null) {
                if (at < last) {
                    return false;
                }
                last = at;
            }
        }
        return true;
    }
}
