package org.timelineexplorer.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every bundle of the app's texts is complete in every language: the same keys as the English base bundle, the
 * same placeholders in each text, and no plain apostrophe that {@link java.text.MessageFormat} would read as a quote.
 * Read from the source tree, so that a bundle added in a new package is checked without being listed here.
 */
class BundlesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    /** English base bundles, each {@code …/name.properties} with {@code name_fr} and {@code name_ar} beside it. */
    private static List<Path> baseBundles() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".properties"))
                    .filter(file -> !file.getFileName().toString().contains("_"))
                    .filter(BundlesTest::hasTranslations)
                    .sorted().toList();
        }
    }

    private static boolean hasTranslations(Path base) {
        return Files.exists(translation(base, Language.FRENCH)) || Files.exists(translation(base, Language.ARABIC));
    }

    private static Path translation(Path base, Language language) {
        String name = base.getFileName().toString().replace(".properties", "_" + language.tag() + ".properties");
        return base.resolveSibling(name);
    }

    private static Map<String, String> read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> texts = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
        return texts;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    @Test
    void theInterfaceHasBundles() throws IOException {
        assertFalse(baseBundles().isEmpty(), "no bundle of texts found under " + RESOURCES.toAbsolutePath());
    }

    @Test
    void everyBundleHasEveryKeyInEveryLanguage() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path base : baseBundles()) {
            Set<String> keys = read(base).keySet();
            for (Language language : List.of(Language.FRENCH, Language.ARABIC)) {
                Path file = translation(base, language);
                if (!Files.exists(file)) {
                    problems.add(file + " is missing");
                    continue;
                }
                Set<String> translated = read(file).keySet();
                keys.stream().filter(key -> !translated.contains(key))
                        .forEach(key -> problems.add(file + " lacks " + key));
                translated.stream().filter(key -> !keys.contains(key))
                        .forEach(key -> problems.add(file + " has " + key + ", which English does not"));
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void placeholdersMatchTheEnglish() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path base : baseBundles()) {
            Map<String, String> english = read(base);
            for (Language language : List.of(Language.FRENCH, Language.ARABIC)) {
                Path file = translation(base, language);
                if (!Files.exists(file)) {
                    continue;
                }
                read(file).forEach((key, text) -> {
                    String original = english.get(key);
                    if (original != null && !placeholders(original).equals(placeholders(text))) {
                        problems.add(file + " " + key + ": placeholders " + placeholders(text) + ", English has "
                                + placeholders(original));
                    }
                });
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void noTextHasAPlainApostrophe() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                read(file).forEach((key, text) -> {
                    if (text.contains("'")) {
                        problems.add(file + " " + key + ": write ’ rather than ' (MessageFormat reads ' as a quote)");
                    }
                });
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void anEnglishTextIsReadInEnglishOnAFrenchSystem() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.FRENCH);
            assertEquals("English", Language.ENGLISH.ownName());
            assertEquals("Français", Language.FRENCH.ownName());
            assertEquals("العربية", Language.ARABIC.ownName());
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void arabicNumbersAreInIraqsDigitsUnlessWesternOnesAreChosen() {
        java.text.NumberFormat eastern = java.text.NumberFormat.getIntegerInstance(Messages.locale(Language.ARABIC));
        assertEquals("٢٬٠٠٣", eastern.format(2003));
        try {
            Messages.useWesternDigits(true);
            assertEquals("2,003", java.text.NumberFormat.getIntegerInstance(Messages.locale(Language.ARABIC))
                    .format(2003).replace('٬', ','));
        } finally {
            Messages.useWesternDigits(false);
        }
    }

    @Test
    void everyLanguageHasATagThatNamesIt() {
        for (Language language : Language.values()) {
            assertEquals(language, Language.forTag(language.tag()).orElseThrow());
        }
        assertEquals(Language.FRENCH, Language.forTag("fr_BE").orElseThrow());
        assertEquals(Language.ARABIC, Language.forSystem(java.util.Locale.forLanguageTag("ar-EG")));
        assertEquals(Language.ENGLISH, Language.forSystem(java.util.Locale.GERMANY));
        assertEquals(Set.of("en", "fr", "ar"),
                Stream.of(Language.values()).map(Language::tag).collect(Collectors.toSet()));
    }
}
