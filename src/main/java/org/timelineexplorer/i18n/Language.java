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
 * @param digits        the Unicode numbering system its readers write digits in when it is not the Western one
 *                      ({@code "arab"}: ٠١٢٣٤٥٦٧٨٩, as Iraq writes them), or null. The locale names the numbering
 *                      system either way ({@code nu-arab} or {@code nu-latn}), since Java's defaults differ from one
 *                      Arabic-speaking country to another
 */
public enum Language {
    ENGLISH("en", Locale.ENGLISH, false, null),
    FRENCH("fr", Locale.FRENCH, false, null),
    ARABIC("ar", Locale.forLanguageTag("ar-IQ"), true, "arab");

    private final String tag;
    private final Locale locale;
    private final boolean rightToLeft;
    private final String digits;

    Language(String tag, Locale locale, boolean rightToLeft, String digits) {
        this.tag = tag;
        this.locale = locale;
        this.rightToLeft = rightToLeft;
        this.digits = digits;
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

    /** Whether its readers write digits other than 0–9, so that a setting may choose between the two. */
    public boolean hasOwnDigits() {
        return digits != null;
    }

    /** The locale of its dates and numbers, in its own digits or in Western ones. */
    public Locale locale(boolean westernDigits) {
        if (digits == null) {
            return locale;
        }
        return new Locale.Builder().setLocale(locale).setUnicodeLocaleKeyword("nu", westernDigits ? "latn" : digits)
                .build();
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
