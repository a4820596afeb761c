package org.timelineexplorer.quiz;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a round is drawn from besides the dataset: the seed, the kinds of question and the series chosen, and
 * the filter that makes the pool (the search words and the hidden categories, as the window's search and category
 * list set them). The same spec on the same dataset draws the same round; a {@link RoundCode} writes it short.
 *
 * @param seed             0 to {@link #MAX_SEED}
 * @param seriesIds        the series "Read the figures" may use
 * @param searchText       the words every event of the pool contains, as typed
 * @param hiddenCategories the categories left out of the pool
 */
public record RoundSpec(int seed, Set<QuestionKind> kinds, Set<String> seriesIds, String searchText,
                        Set<String> hiddenCategories) {

    /** The largest seed: twenty bits, about a million rounds, keep the code short. */
    public static final int MAX_SEED = (1 << 20) - 1;

    public RoundSpec {
        if (seed < 0 || seed > MAX_SEED) {
            throw new IllegalArgumentException("a seed runs from 0 to " + MAX_SEED + ": " + seed);
        }
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        seriesIds = Set.copyOf(seriesIds);
        searchText = Objects.requireNonNullElse(searchText, "").strip();
        hiddenCategories = Set.copyOf(hiddenCategories);
    }
}
