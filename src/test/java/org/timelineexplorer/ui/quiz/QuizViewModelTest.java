package org.timelineexplorer.ui.quiz;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.quiz.EraQuestion;
import org.timelineexplorer.quiz.QuestionKind;
import org.timelineexplorer.quiz.QuizData;
import org.timelineexplorer.quiz.RoundCode;
import org.timelineexplorer.quiz.RoundSpec;
import org.timelineexplorer.quiz.Rounds;
import org.timelineexplorer.quiz.WhenQuestion;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The quiz's view model without a window: the pool from the state, codes that set the filter, saving results. */
class QuizViewModelTest {

    private final Dataset bundled = QuizData.bundled();
    private final AppState state = new AppState(bundled);
    private final QuizViewModel quiz = new QuizViewModel(state, new Random(1));

    @Test
    void aCodeSetsTheWindowsFilterAndReplaysTheRound() {
        RoundSpec spec = new RoundSpec(31337, EnumSet.of(QuestionKind.WHEN, QuestionKind.ERA), Set.of(),
                "iraq", Set.of("military"));
        String code = RoundCode.encode(spec, bundled);

        quiz.play(code);

        assertEquals("iraq", state.searchTextProperty().get());
        assertEquals(Set.of("military"), Set.copyOf(state.getHiddenCategories()));
        assertEquals(EnumSet.of(QuestionKind.WHEN, QuestionKind.ERA), Set.copyOf(quiz.getKinds()));
        assertEquals(code, quiz.codeProperty().get());
        assertEquals(Rounds.draw(bundled, state.getShownEvents(), spec).questions(),
                quiz.roundProperty().get().questions());
        assertTrue(state.getShownEvents().stream().noneMatch(e -> e.category().equals("military")));
    }

    @Test
    void aCodeForAnotherTimelineSaysSoAndChangesNothing() {
        quiz.play("ZZZZ-ZZZZ");

        assertTrue(quiz.messageProperty().get().contains("is not a round code for this timeline"));
        assertNull(quiz.roundProperty().get());
        assertEquals("", state.searchTextProperty().get());
    }

    @Test
    void theRoundsPoolIsWhatTheSearchLeavesAndAnEmptyPoolSaysSo() {
        state.searchTextProperty().set("no event has this word xyzzy");
        assertTrue(quiz.leftOutProperty().get().startsWith("No events are shown"));

        quiz.newRound();

        assertNull(quiz.getQuestion());
        assertTrue(quiz.messageProperty().get().contains("no events to ask about"));
    }

    @Test
    void aTypedDateAnswersWhenAndOneThatDoesNotReadSaysWhy() {
        quiz.play(RoundCode.encode(new RoundSpec(5, EnumSet.of(QuestionKind.WHEN), Set.of(), "", Set.of()), bundled));
        WhenQuestion q = (WhenQuestion) quiz.getQuestion();

        quiz.answerTyped("2003-02-30", quiz.overview());
        assertNull(quiz.getAnswer());
        assertTrue(quiz.messageProperty().get().contains("there is no 30 February in 2003"));

        quiz.answerTyped(q.event().start().toIsoString(), quiz.overview());
        assertEquals(1, quiz.getAnswer().points());
        assertEquals(q.event().start().format(java.util.Locale.ENGLISH), quiz.getAnswer().given());
    }

    @Test
    void theResultsAreSavedAsCsvWhereTheStudentChooses(@TempDir Path folder) throws IOException {
        quiz.play(RoundCode.encode(new RoundSpec(8, EnumSet.of(QuestionKind.ERA), Set.of(), "", Set.of()), bundled));
        EraQuestion first = (EraQuestion) quiz.getQuestion();
        quiz.answerEra(first.era());
        quiz.next();
        quiz.answerEra(bundled.eras().stream().filter(e -> !e.equals(((EraQuestion) quiz.getQuestion()).era()))
                .findFirst().orElseThrow());
        Path target = folder.resolve("my results.csv");

        quiz.saveResults(target);

        String csv = Files.readString(target, StandardCharsets.UTF_8);
        assertTrue(csv.contains("Score,1 of 2"), csv);
        assertTrue(csv.contains("1,Which era?,Which era does this belong to? " + first.event().title() + ","
                + first.era().title() + "," + first.era().title() + ",1"), csv);
        try (var files = Files.list(folder)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }
}
