package org.timelineexplorer.model;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Each event's title and text as {@link SearchText} compares them, made once per event shown rather than once per
 * event at every key typed in the search field. Kept by the event object itself (events are immutable, and an
 * edit makes a new one), so a look-up costs no comparison of records.
 */
final class SearchIndex {

    private final Map<TimelineEvent, String> folded = new IdentityHashMap<>();

    /** Whether {@code event}'s title or text holds every one of {@code words}, which {@link SearchText#words} made. */
    boolean matchesAll(TimelineEvent event, String[] words) {
        if (words.length == 0) {
            return true;
        }
        String haystack = folded.computeIfAbsent(event, e -> SearchText.of(e.title() + "\n" + e.text()));
        for (String word : words) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** Forgets {@code event} (or nothing, for null), which an edit replaced. */
    void forget(TimelineEvent event) {
        if (event != null) {
            folded.remove(event);
        }
    }

    /** Forgets every event: another dataset, or the same in another language, is shown. */
    void clear() {
        folded.clear();
    }
}
