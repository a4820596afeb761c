package org.timelineexplorer.quiz;

import org.junit.jupiter.api.Test;
import org.timelineexplorer.model.Dataset;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoundCodeTest {

    private final Dataset bundled = QuizData.bundled();

    @Test
    void aCodeHoldsTheSeedTheKindsTheSeriesAndTheFilter() {
        RoundSpec spec = new RoundSpec(RoundSpec.MAX_SEED - 17, EnumSet.of(QuestionKind.ERA, QuestionKind.FIGURES),
                Set.of("us-deaths"), "  surge baghdad ", Set.of("political", "protest"));

        String code = RoundCode.encode(spec, bundled);

        assertTrue(code.matches("[0-9A-Z]{4}-[0-9A-Z]{4}(-[0-9A-Z]{1,4})? surge baghdad"), code);
        assertEquals(spec, RoundCode.decode(code, bundled));
        assertEquals(spec, RoundCode.decode(code.toLowerCase().replace("-", ""), bundled),
                "case and dashes do not matter");
    }

    @Test
    void aRoundWithoutFilterHasAShortCode() {
        RoundSpec spec = new RoundSpec(12345, EnumSet.allOf(QuestionKind.class), Set.of("us-troops"), "", Set.of());

        String code = RoundCode.encode(spec, bundled);

        assertTrue(code.length() <= 9, code);
        assertEquals(spec, RoundCode.decode(code, bundled));
    }

    @Test
    void aTypoOrAnotherTimelineIsRefused() {
        RoundSpec spec = new RoundSpec(777, EnumSet.of(QuestionKind.WHEN), Set.of(), "", Set.of());
        String code = RoundCode.encode(spec, bundled);
        char wrong = code.charAt(1) == 'X' ? 'Y' : 'X';
        String typo = code.charAt(0) + String.valueOf(wrong) + code.substring(2);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RoundCode.decode(typo, bundled));
        assertTrue(e.getMessage().contains("is not a round code for this timeline"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RoundCode.decode(code, QuizData.small()));
        assertThrows(IllegalArgumentException.class, () -> RoundCode.decode("", bundled));
        assertThrows(IllegalArgumentException.class, () -> RoundCode.decode("HELLO!", bundled));
    }
}
