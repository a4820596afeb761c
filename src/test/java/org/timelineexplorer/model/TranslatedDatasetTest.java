package org.timelineexplorer.model;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.timelineexplorer.i18n.Language;
import org.timelineexplorer.i18n.Messages;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A dataset shown in another language than its own, searched, edited and switched, without a screen. */
class TranslatedDatasetTest {

    private static final Source BBC = new Source("BBC", URI.create("https://www.bbc.co.uk/"));

    private static TimelineEvent event(String id, String date, String title, String text, String note,
                                       List<Place> places) {
        return new TimelineEvent(id, HistoricalDate.parse(date), null, title, text, "military", null, List.of(BBC),
                note, null, places);
    }

    private static final TimelineEvent FALLS = event("falls", "2003-04-09", "Baghdad falls", "The statue comes down.",
            "The source says 10 April.", List.of(new Place("Baghdad", 33.3, 44.4)));
    private static final TimelineEvent BATTLE = event("battle", "2004-04-04", "First battle of Fallujah",
            "Marines attack.", null, List.of(new Place("Fallujah", 33.35, 43.79)));

    private static Dataset dataset() {
        Translation french = new Translation("L’Irak", null, null, Map.of("military", "militaire"), Map.of(),
                Map.of("falls", new Translation.EventText("Chute de Bagdad", "La statue tombe.", null,
                        List.of("Bagdad"), null, null)), Map.of());
        return new Dataset("Iraq", "", "", List.of(), List.of(FALLS, BATTLE), List.of(), EraStyle.BC_AD,
                Extras.NONE, "en", new Translations(Map.of("fr", french)));
    }

    @AfterEach
    void backToEnglish() {
        Messages.use(Language.ENGLISH);
    }

    @Test
    void aDatasetShownInItsOwnLanguageOrOneItLacksIsItselfNotACopy() {
        Dataset dataset = dataset();
        assertSame(dataset, dataset.shownIn("en"));
        assertSame(dataset, dataset.shownIn("ar"));
    }

    @Test
    void theProjectionPutsTheTranslatedTextsInPlaceAndTellsWhatFellBack() {
        Dataset french = dataset().shownIn("fr");
        assertEquals("L’Irak", french.title());
        assertEquals("fr", french.language());
        TimelineEvent falls = french.event("falls").orElseThrow();
        assertEquals("Chute de Bagdad", falls.title());
        assertEquals("Bagdad", falls.places().get(0).name());
        assertEquals(33.3, falls.places().get(0).lat());
        assertEquals("militaire", falls.category());
        assertEquals("The source says 10 April.", falls.note());
        assertEquals("First battle of Fallujah", french.event("battle").orElseThrow().title());
        Translation translation = dataset().translations().in("fr");
        assertEquals(Set.of(Translated.EventField.NOTE), Translated.untranslated(FALLS, translation));
        assertEquals(Set.of(Translated.EventField.TITLE, Translated.EventField.TEXT, Translated.EventField.PLACES),
                Translated.untranslated(BATTLE, translation));
    }

    @Test
    void searchIgnoresCaseAndFrenchAccents() {
        assertEquals(SearchText.of("elysee facade oeuvre"), SearchText.of("Élysée FAÇADE Œuvre"));
        assertEquals("l'invasion", SearchText.of("L’invasion"));
    }

    @Test
    void searchIgnoresArabicMarksTatweelAndTheFormsOfAlefYaAndTaMarbuta() {
        assertEquals(SearchText.of("الفلوجة"), SearchText.of("الفَلُّوجَة"));
        assertEquals(SearchText.of("بغداد"), SearchText.of("بغـــداد"));
        assertEquals(SearchText.of("احمد"), SearchText.of("أحمد"));
        assertEquals(SearchText.of("اسلام"), SearchText.of("إسلام"));
        assertEquals(SearchText.of("القران"), SearchText.of("القرآن"));
        assertEquals(SearchText.of("ابن"), SearchText.of("ٱبن"));
        assertEquals(SearchText.of("مصطفي"), SearchText.of("مصطفى"));
        assertEquals(SearchText.of("مدرسه"), SearchText.of("مدرسة"));
    }

    @Test
    void theSearchFindsTheShownLanguagesWordsWithoutAccents() {
        Messages.use(Language.FRENCH);
        AppState state = new AppState(dataset());
        state.searchTextProperty().set("chute bagdad");
        assertEquals(List.of("Chute de Bagdad"), state.getShownEvents().stream().map(TimelineEvent::title).toList());
        state.setLanguage(Language.ENGLISH);
        assertEquals(List.of(), state.getShownEvents(), "the English titles do not say chute");
        state.searchTextProperty().set("baghdad");
        assertEquals(List.of("Baghdad falls"), state.getShownEvents().stream().map(TimelineEvent::title).toList());
    }

    @Test
    void anEditInFrenchChangesTheTranslationAndLeavesTheEnglishAsItWas() {
        Messages.use(Language.FRENCH);
        AppState state = new AppState(dataset());
        TimelineEvent shown = state.getDataset().event("battle").orElseThrow();
        state.setSelectedEvent(shown);
        TimelineEvent edited = new TimelineEvent(shown.id(), shown.start(), null, "Première bataille de Falloujah",
                shown.text(), shown.category(), null, shown.sources(), null, null, shown.places());
        state.replaceEvent(shown, edited);

        assertEquals("Première bataille de Falloujah", state.getSelectedEvent().title());
        TimelineEvent real = state.getWholeDataset().event("battle").orElseThrow();
        assertEquals("First battle of Fallujah", real.title());
        assertEquals("Marines attack.", real.text());
        assertEquals("military", real.category(), "the category shown as militaire is military in English");
        Translation.EventText words = state.getWholeDataset().translations().in("fr").event("battle");
        assertEquals("Première bataille de Falloujah", words.title());
        assertEquals(null, words.text(), "a text left as shown stays untranslated");
        assertEquals(Set.of(Translated.EventField.TEXT, Translated.EventField.PLACES),
                state.untranslated(state.getSelectedEvent()));

        state.moveEvent(state.getSelectedEvent(), state.getSelectedEvent().movedBy(1));
        assertEquals(HistoricalDate.parse("2004-04-05"), state.getWholeDataset().event("battle").orElseThrow().start());
        assertEquals("Première bataille de Falloujah", state.getSelectedEvent().title());

        state.history().undo();
        state.history().undo();
        assertEquals("First battle of Fallujah", state.getSelectedEvent().title());
        assertEquals(dataset(), state.getWholeDataset());
    }

    /** The Edit menu names a step in the language it was made in, and Undo and Redo in the one in use. */
    @Test
    void undoAndRedoAreNamedInTheLanguageInUse() {
        Messages.use(Language.FRENCH);
        AppState state = new AppState(dataset());
        assertEquals("Annuler", state.history().undoTextProperty().get());
        state.setLanguage(Language.FRENCH);
        TimelineEvent falls = state.getDataset().event("falls").orElseThrow();
        state.moveEvent(falls, falls.movedBy(1));
        assertEquals("Annuler le déplacement de « Chute de Bagdad »", state.history().undoTextProperty().get());

        Messages.use(Language.ARABIC);
        state.setLanguage(Language.ARABIC);
        assertEquals("تراجع عن le déplacement de « Chute de Bagdad »", state.history().undoTextProperty().get(),
                "the step keeps the words it was named with");
        state.history().undo();
        assertEquals("إعادة le déplacement de « Chute de Bagdad »", state.history().redoTextProperty().get());
        assertEquals("تراجع", state.history().undoTextProperty().get());
    }

    /** A deleted event's translations go with it, in every language, and an undo brings them back. */
    @Test
    void deletingAnEventForgetsItsTranslationsUntilUndone() {
        AppState state = new AppState(dataset());
        state.removeEvent(state.getDataset().event("falls").orElseThrow());
        assertEquals(Translation.EventText.NONE, state.getWholeDataset().translations().in("fr").event("falls"));
        assertEquals("L’Irak", state.getWholeDataset().translations().in("fr").title(), "the rest stays");
        state.history().undo();
        assertEquals(dataset(), state.getWholeDataset());
    }

    @Test
    void switchingTheLanguageShowsTheOtherTextsAndKeepsTheSelectionAndHiddenCategories() {
        Messages.use(Language.FRENCH);
        AppState state = new AppState(dataset());
        state.setSelectedEvent(state.getDataset().event("falls").orElseThrow());
        state.getHiddenCategories().add("militaire");
        assertEquals(List.of(), state.getShownEvents());
        state.setLanguage(Language.ENGLISH);
        assertEquals("Baghdad falls", state.getSelectedEvent().title());
        assertEquals(Set.of("military"), Set.copyOf(state.getHiddenCategories()));
        assertSame(state.getWholeDataset(), state.getDataset(), "English is the main language: nothing is copied");
    }
}
