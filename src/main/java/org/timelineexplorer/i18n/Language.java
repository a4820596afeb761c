package org.timelineexplorer.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A language the interface is complete in.
 *
 * @param tag           the BCP 47 tag of the language, as {@code --lang} takes it and the settings keep it
 * @param locale        the locale of its dates and numbers: Arabic as written in Iraq ({@code ar-IQ}), the country
 *                      the bundled data is about, whose month names (آذار, نيسان, …) differ from Egypt's
 * @param rightToLeft   whether its text, and so the window's layout, runs right to left
 */
public enum Language {
    ENGLISH("en", Locale.ENGLISH, false),
    FRENCH("fr", Locale.FRENCH, false),
    ARABIC("ar", Locale.forLanguageTag("ar-IQ"), true);

    private final String tag;
    private final Locale locale;
    private final boolean rightToLeft;

    Language(String tag, Locale locale, boolean rightToLeft) {
        this.tag = tag;
        this.locale = locale;
        this.rightToLeft = rightToLeft;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /**
     * The language's name in itself ("Français", "العربية"), whatever the language in use, so that someone who cannot
     * read the current language still finds their own in the menu.
     */
    public String ownName() {
        return Messages.of(Language.class).text(this, "language.name");
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    /** The language {@code tag} names ("fr", "FR", "fr-CA" and "fr_BE" all name French), if it is one of ours. */
    public static Optional<Language> forTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        return Arrays.stream(values()).filter(candidate -> candidate.tag.equals(language)).findFirst();
    }

    /** The language a first start uses on a system set to {@code locale}: its own if we have it, else English. */
    public static Language forSystem(Locale locale) {
        return forTag(locale.toLanguageTag()).orElse(ENGLISH);
    }
}
