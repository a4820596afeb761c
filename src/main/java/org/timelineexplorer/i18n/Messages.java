package org.timelineexplorer.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * One resource bundle of user-facing texts, read in the language in use. Each part of the app keeps its words in a
 * bundle of its own beside its classes ({@code messages.properties} in English, {@code messages_fr.properties},
 * {@code messages_ar.properties}), so that a screen's texts are found beside its code.
 *
 * <p>Every text goes through {@link MessageFormat}, with or without arguments, so that a translator writes each text
 * one way whether or not it has placeholders. The bundles therefore never hold a plain ASCII apostrophe (which
 * {@code MessageFormat} reads as a quote): texts use the typographic one, ’, as French and English typesetting do;
 * a test holds every bundle to that.
 *
 * <p>The language in use is one value for the whole app, as the JVM's default locale is: the window sets it from
 * the model's language before it builds its views, and the command line from {@code --lang}.
 */
public final class Messages {

    /**
     * No fallback to the JVM's default locale: on a French system, English asked for must be English (the base
     * bundle), not French.
     */
    private static final ResourceBundle.Control NO_SYSTEM_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /**
     * A brace that opens no placeholder, as in the loader's "an object { … }": a brace to show, which
     * {@link MessageFormat} would otherwise refuse unless quoted with the apostrophes bundles do not hold.
     */
    private static final Pattern LITERAL_BRACE = Pattern.compile("\\{(?![0-9])");

    private static volatile Language inUse = Language.ENGLISH;
    private static volatile boolean westernDigits;

    private final String baseName;

    private Messages(String baseName) {
        this.baseName = baseName;
    }

    /**
     * The bundle named {@code messages} in {@code neighbour}'s package, for example {@code Messages.of(QuizWindow.class)}
     * reads {@code org/timelineexplorer/ui/quiz/messages*.properties}.
     */
    public static Messages of(Class<?> neighbour) {
        return named(neighbour.getPackageName() + ".messages");
    }

    /** The bundle with the full {@code baseName}, for example {@code "org.timelineexplorer.ui.forms"}. */
    public static Messages named(String baseName) {
        return new Messages(Objects.requireNonNull(baseName, "baseName"));
    }

    /** The language texts are read in now. */
    public static Language language() {
        return inUse;
    }

    /** Reads every text from now on in {@code language}; views built before keep the words they were built with. */
    public static void use(Language language) {
        inUse = Objects.requireNonNull(language, "language");
    }

    /**
     * Writes numbers and dates in Western digits (0–9) even in a language that has digits of its own (Arabic's
     * ٠–٩), for classes that read those.
     */
    public static void useWesternDigits(boolean western) {
        westernDigits = western;
    }

    public static boolean westernDigits() {
        return westernDigits;
    }

    /** The locale of dates and numbers in the language in use, in the digits chosen. */
    public static Locale locale() {
        return locale(inUse);
    }

    /** The locale of dates and numbers in {@code language}, in the digits chosen. */
    public static Locale locale(Language language) {
        return language.locale(westernDigits);
    }

    /** The bundle in the language in use, for example for {@code FXMLLoader.setResources}. */
    public ResourceBundle bundle() {
        return bundle(inUse);
    }

    /** The bundle in {@code language}; keys it lacks come from the English base bundle. */
    public ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle(baseName, language.locale(), Messages.class.getClassLoader(), NO_SYSTEM_FALLBACK);
    }

    /**
     * The text {@code key} in the language in use, its placeholders ({@code {0}}, {@code {1,number,integer}},
     * {@code {0,choice,0#no events|1#one event|1<{0} events}}) filled with {@code arguments}.
     */
    public String text(String key, Object... arguments) {
        return text(inUse, key, arguments);
    }

    /** {@link #text(String, Object...)} in {@code language}. */
    public String text(Language language, String key, Object... arguments) {
        String pattern = LITERAL_BRACE.matcher(bundle(language).getString(key)).replaceAll("'{'");
        return new MessageFormat(pattern, locale(language)).format(arguments);
    }

    /** The full name of the bundle, as {@link ResourceBundle#getBundle(String)} takes it. */
    public String baseName() {
        return baseName;
    }

    @Override
    public String toString() {
        return "Messages[" + baseName + "]";
    }
}
