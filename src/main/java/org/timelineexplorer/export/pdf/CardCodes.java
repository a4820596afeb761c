package org.timelineexplorer.export.pdf;

import org.timelineexplorer.model.TimelineEvent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The short codes of a card sort, such as "K4": a letter (no I or O, which read as 1 and 0) and a digit from 1 to 9.
 * The codes go to the events in a shuffled order, so that neither a card's code nor its place on the sheet gives away
 * its date; the shuffle is seeded by the events' ids, so the same events always get the same codes and a teacher who
 * prints the sheet again can keep the old key.
 */
final class CardCodes {

    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";

    private CardCodes() {
    }

    /** Each event's code, in the order of the codes (the order the cards are printed in). */
    static Map<TimelineEvent, String> of(List<TimelineEvent> events) {
        List<TimelineEvent> shuffled = new ArrayList<>(events);
        shuffled.sort(java.util.Comparator.comparing(TimelineEvent::id));
        Collections.shuffle(shuffled, new Random(shuffled.stream().map(TimelineEvent::id).toList().hashCode()));
        Map<TimelineEvent, String> codes = new LinkedHashMap<>();
        for (int i = 0; i < shuffled.size(); i++) {
            codes.put(shuffled.get(i), code(i));
        }
        return codes;
    }

    /** The {@code index}th code: A1 … A9, B1 … Z9, then AA1 and so on. */
    static String code(int index) {
        int letters = index / 9;
        StringBuilder prefix = new StringBuilder();
        do {
            prefix.insert(0, LETTERS.charAt(letters % LETTERS.length()));
            letters = letters / LETTERS.length() - 1;
        } while (letters >= 0);
        return prefix.toString() + (index % 9 + 1);
    }
}
