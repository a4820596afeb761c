package org.timelineexplorer.data;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.timelineexplorer.i18n.Language;
import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.io.BundledDataset;
import org.timelineexplorer.io.DatasetReader;
import org.timelineexplorer.io.LoadResult;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.FigureSeries;
import org.timelineexplorer.model.TimelineEvent;
import org.timelineexplorer.model.Translated;
import org.timelineexplorer.model.Translation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bundled datasets come in English, French and Arabic: every text a class reads (the dataset's, every era's,
 * event's and series' texts and every place name) has its French and Arabic, so nothing falls back to English.
 */
class BundledTranslationsTest {

    static Stream<BundledDataset> bundled() {
        return BundledDataset.ALL.stream();
    }

    private static Dataset read(BundledDataset bundled) {
        LoadResult result = new DatasetReader().read(bundled, org.timelineexplorer.io.OpeningProgress.NONE);
        assertTrue(result.problems().isEmpty(), () -> bundled.id() + ": " + result.problems());
        return result.dataset().orElseThrow();
    }

    /** File → Examples names each example as its file does, in each language, without opening the file. */
    @ParameterizedTest
    @MethodSource("bundled")
    void theExamplesMenuNamesEachFileByItsOwnTitle(BundledDataset bundled) {
        Dataset dataset = read(bundled);
        try {
            for (Language language : Language.values()) {
                Messages.use(language);
                String title = dataset.shownIn(language.tag()).title();
                // The bundles write the typographic apostrophe, the files the typewriter one.
                assertEquals(title.replace('\'', '’'), bundled.title(), language.tag());
            }
        } finally {
            Messages.use(Language.ENGLISH);
        }
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void everyTextIsTranslatedIntoFrenchAndArabic(BundledDataset bundled) {
        Dataset dataset = read(bundled);
        assertEquals("en", dataset.language());
        for (String language : List.of("fr", "ar")) {
            Translation translation = dataset.translations().languages().get(language);
            List<String> missing = new ArrayList<>();
            if (translation.title() == null || translation.summary() == null || translation.credit() == null) {
                missing.add("the dataset's title, summary or credit");
            }
            for (TimelineEvent event : dataset.events()) {
                if (!Translated.untranslated(event, translation).isEmpty()) {
                    missing.add(event.id() + " " + Translated.untranslated(event, translation));
                }
            }
            for (Era era : dataset.eras()) {
                if (translation.era(era.id()).title() == null || translation.era(era.id()).summary() == null) {
                    missing.add("era " + era.id());
                }
            }
            for (FigureSeries series : dataset.series()) {
                if (translation.series(series.id()).title() == null) {
                    missing.add("series " + series.id());
                }
            }
            dataset.categories().stream().filter(category -> !translation.categories().containsKey(category))
                    .forEach(category -> missing.add("category " + category));
            assertTrue(missing.isEmpty(), bundled.id() + " in " + language + " lacks " + missing);
        }
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void shownInFrenchOrArabicEveryTitleDiffersFromTheEnglish(BundledDataset bundled) {
        Dataset english = read(bundled);
        for (String language : List.of("fr", "ar")) {
            Dataset shown = english.shownIn(language);
            assertNotEquals(english.title(), shown.title());
            assertEquals(english.events().size(), shown.events().size());
            for (TimelineEvent original : english.events()) {
                TimelineEvent translated = shown.event(original.id()).orElseThrow();
                assertEquals(original.start(), translated.start(), "a translation never moves an event");
                if (language.equals("ar")) {
                    assertTrue(translated.title().codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                            == Character.UnicodeScript.ARABIC), original.id() + ": " + translated.title());
                }
            }
        }
    }
}
