package org.timelineexplorer.io;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.timelineexplorer.i18n.Language;
import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.Translation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A dataset's main language and its translations: read, checked with located problems, and written back. The file
 * by hand has every kind of text translated somewhere, in French and Arabic, some left untranslated.
 */
class TranslationsFormatTest {

    private static final byte[] BY_HAND = resource("translated-by-hand.json");

    private static byte[] resource(String name) {
        try (InputStream in = TranslationsFormatTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LoadResult read(String json) {
        return new DatasetReader().read(json.getBytes(StandardCharsets.UTF_8), "t.json");
    }

    private static Dataset dataset(byte[] bytes) {
        LoadResult result = new DatasetReader().read(bytes, "translated.json");
        assertTrue(result.errors().isEmpty(), () -> result.errors().toString());
        return result.dataset().orElseThrow();
    }

    /** The file by hand with {@code from} replaced by {@code to}, once. */
    private static String edited(String from, String to) {
        String text = new String(BY_HAND, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), from);
        return text.replace(from, to);
    }

    /** The one problem of {@code result}, formatted as the command line prints it. */
    private static String onlyProblem(LoadResult result) {
        List<Problem> problems = result.problems();
        assertEquals(1, problems.size(), problems::toString);
        return problems.get(0).format("t.json");
    }

    @AfterEach
    void backToEnglish() {
        Messages.use(Language.ENGLISH);
    }

    @Test
    void aFileWithTranslationsIsReadIntoTheModelWithoutProblems() {
        LoadResult result = new DatasetReader().read(BY_HAND, "translated.json");
        assertEquals(List.of(), result.problems());
        Dataset dataset = result.dataset().orElseThrow();
        assertEquals("en", dataset.language());
        assertEquals(List.of("fr", "ar"), List.copyOf(dataset.translations().languages().keySet()));
        Translation french = dataset.translations().in("fr");
        assertEquals("L’Irak en trois événements", french.title());
        assertEquals("militaire", french.categories().get("military"));
        assertEquals(List.of("Bagdad", "Bassorah"), french.event("invasion-begins").places());
        assertEquals("Chars près de Bassorah", french.event("invasion-begins").caption());
        assertEquals(null, french.event("invasion-begins").alt());
        assertEquals("Milieu d’année.", french.series("us-troops").points().get(2003));
        assertEquals("morts violentes", french.series("us-troops").estimates().get("ifhs").counts());
        assertEquals("", dataset.translations().in("ar").event("invasion-begins").places().get(1));
    }

    @Test
    void aFileWithoutLanguageIsInEnglishAndHasNoTranslations() {
        Dataset dataset = dataset(edited("\"language\": \"en\",", "").replaceAll("(?s),\\s*\"translations\".*\\}\\s*\\}\\s*\\}\\s*$", "}")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals("en", dataset.language());
        assertTrue(dataset.translations().isEmpty());
        assertFalse(new String(NativeJson.bytes(dataset), StandardCharsets.UTF_8).contains("\"language\""),
                "a file of today is written back without the field it did not have");
    }

    @Test
    void anAppWrittenFileIsWrittenBackByteForByte() {
        byte[] written = NativeJson.bytes(dataset(BY_HAND));
        Dataset again = dataset(written);
        assertEquals(dataset(BY_HAND), again);
        assertArrayEquals(written, NativeJson.bytes(again));
        String text = new String(written, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"translations\": {\n    \"fr\": {\n      \"title\": \"L’Irak en trois événements\""), text);
        assertTrue(text.contains("\"places\": [\n            \"بغداد\",\n            \"\"\n          ]"), text);
    }

    @Test
    void savingDropsTheTranslationsOfWhatTheDatasetNoLongerHas() {
        Dataset dataset = dataset(BY_HAND);
        Dataset withoutFallujah = dataset.withEvents(dataset.events().stream()
                .filter(e -> !e.id().equals("fallujah")).toList());
        Dataset again = dataset(NativeJson.bytes(withoutFallujah));
        assertFalse(again.translations().in("ar").events().containsKey("fallujah"));
        assertTrue(again.translations().in("ar").events().containsKey("invasion-begins"));
    }

    @Test
    void anUnknownLanguageTagIsAnErrorAtItsPlace() {
        String problem = onlyProblem(read(edited("\"ar\": {", "\"arabic language\": {")));
        assertEquals("t.json:42:24: translations[\"arabic language\"]: language \"arabic language\" is not a language "
                + "tag: write one such as \"en\", \"fr\" or \"ar\"", problem);
        assertEquals("t.json:3:15: language: language \"english\" is not a language tag: write one such as \"en\", "
                + "\"fr\" or \"ar\"", onlyProblem(read(edited("\"language\": \"en\"", "\"language\": \"english\""))));
    }

    @Test
    void aTranslationIntoTheMainLanguageIsAnErrorAndALanguageNotShownAWarning() {
        assertTrue(onlyProblem(read(edited("\"ar\": {", "\"en\": {")))
                .startsWith("t.json:42:11: translations.en: \"en\" is the file’s own language"));
        LoadResult german = read(edited("\"ar\": {", "\"de\": {"));
        assertTrue(german.isLoaded());
        assertTrue(onlyProblem(german).startsWith("t.json:42:11: translations.de: Timeline Explorer shows no language \"de\""));
    }

    @Test
    void anIdThatNamesNothingIsAWarningAndTheEntryIsLeftOut() {
        LoadResult result = read(edited("\"fallujah\": { \"title\": \"معركة", "\"falluja\": { \"title\": \"معركة"));
        assertTrue(result.isLoaded(), "a stale translation must not keep the class from opening the file");
        assertEquals("t.json:47:20: translations.ar.events.falluja: no event has the id \"falluja\": its translation "
                + "is left out, and saving drops it", onlyProblem(result));
        assertFalse(result.dataset().orElseThrow().translations().in("ar").events().containsKey("falluja"));
        assertTrue(onlyProblem(read(edited("\"occupation\": { \"title\": \"Occupation\" }", "\"occupied\": { \"title\": \"Occupation\" }")))
                .contains("translations.fr.eras.occupied: no era has the id \"occupied\""));
        assertTrue(onlyProblem(read(edited("\"series\": { \"us-troops\"", "\"series\": { \"uk-troops\"")))
                .contains("translations.fr.series.uk-troops: no series has the id \"uk-troops\""));
        assertTrue(onlyProblem(read(edited("\"estimates\": { \"ifhs\"", "\"estimates\": { \"lancet\"")))
                .contains("translations.fr.series.us-troops.estimates.lancet: no estimate of this series has the id \"lancet\""));
    }

    @Test
    void aPointYearTheSeriesLacksIsAWarning() {
        LoadResult result = read(edited("\"points\": { \"2003\"", "\"points\": { \"2005\""));
        assertTrue(result.isLoaded());
        assertEquals("t.json:39:112: translations.fr.series.us-troops.points[\"2005\"]: the series has no point for the "
                + "year \"2005\": its translation is left out, and saving drops it", onlyProblem(result));
    }

    @Test
    void placesOfTheWrongLengthAreAnError() {
        LoadResult result = read(edited("\"places\": [ \"الفلوجة\" ]", "\"places\": [ \"الفلوجة\", \"الرمادي\" ]"));
        assertFalse(result.isLoaded());
        assertEquals("t.json:47:107: translations.ar.events.fallujah.places: places gives 2 names, but the event has "
                + "1 place: write one name per place, in the event’s order, and \"\" for a place not translated",
                onlyProblem(result));
    }

    @Test
    void aTextThatIsNotTextIsAnError() {
        LoadResult result = read(edited("\"unit\": \"soldats\"", "\"unit\": 12"));
        assertFalse(result.isLoaded());
        assertEquals("t.json:39:81: translations.fr.series.us-troops.unit: unit must be text, not 12",
                onlyProblem(result));
        assertTrue(onlyProblem(read(edited("\"military\": \"militaire\"", "\"military\": [\"militaire\"]")))
                .contains("translations.fr.categories.military: a translation must be text, not "));
    }

    @Test
    void theProblemsAreWrittenInTheLanguageInUse() {
        Messages.use(Language.FRENCH);
        assertTrue(onlyProblem(read(edited("\"fallujah\": { \"title\": \"معركة", "\"falluja\": { \"title\": \"معركة")))
                .endsWith("aucun événement n’a l’identifiant \"falluja\" : sa traduction est ignorée, et "
                        + "l’enregistrement la supprime"));
        Messages.use(Language.ARABIC);
        assertTrue(onlyProblem(read(edited("\"places\": [ \"الفلوجة\" ]", "\"places\": [ \"الفلوجة\", \"الرمادي\" ]")))
                .contains("لكن للحدث"));
    }

    @Test
    void theAppsSpreadsheetCarriesTheTranslationsInColumnsOfTheirOwn() {
        Dataset dataset = dataset(BY_HAND);
        byte[] csv = AppSheet.bytes(dataset);
        String text = new String(csv, StandardCharsets.UTF_8);
        String header = text.lines().findFirst().orElseThrow();
        assertTrue(header.contains(",Language,Title@fr,Text@fr,Category@fr,Note@fr,"), header);
        assertTrue(header.endsWith(",Place@ar,Place 2@ar"), header);
        assertTrue(text.contains("Début de l’invasion"), text);
        LoadResult read = new DatasetReader().read(csv, "translated.csv");
        assertEquals(List.of(), read.problems());
        assertEquals(dataset, read.dataset().orElseThrow());
    }
}
