package org.timelineexplorer.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A dataset's translations, one per language other than its main one, by BCP 47 language tag ({@code "fr"},
 * {@code "ar"}), in the order the file had them.
 */
public record Translations(Map<String, Translation> languages) {

    /** No translation: what every dataset of today's files has, and what costs nothing to show. */
    public static final Translations NONE = new Translations(Map.of());

    public Translations {
        languages = Translation.ordered(languages);
    }

    /** The translation into {@code language}, or {@link Translation#EMPTY}. */
    public Translation in(String language) {
        return languages.getOrDefault(language, Translation.EMPTY);
    }

    public boolean has(String language) {
        return languages.containsKey(language);
    }

    public boolean isEmpty() {
        return languages.isEmpty();
    }

    /** The same translations with the one into {@code language} replaced; an empty one is removed. */
    public Translations with(String language, Translation translation) {
        Objects.requireNonNull(language, "language");
        return new Translations(Translation.put(languages, language, translation, Translation.EMPTY));
    }

    /** Every language's translation as {@code change} makes it: for example without a deleted event's texts. */
    public Translations mapped(UnaryOperator<Translation> change) {
        Map<String, Translation> changed = new LinkedHashMap<>();
        languages.forEach((language, translation) -> changed.put(language, change.apply(translation)));
        return new Translations(changed);
    }

    static Translations orNone(Translations translations) {
        return translations == null ? NONE : translations;
    }
}
