package org.timelineexplorer.quiz;

import org.junit.jupiter.api.Test;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.FigurePoint;
import org.timelineexplorer.model.FigureSeries;
import org.timelineexplorer.model.TimeRange;
import org.timelineexplorer.model.TimelineEvent;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoundsTest {

    private static final Set<QuestionKind> ALL = EnumSet.allOf(QuestionKind.class);

    private static RoundSpec spec(int seed, Set<QuestionKind> kinds, Dataset dataset) {
        return new RoundSpec(seed, kinds, Set.of(dataset.series().stream().map(FigureSeries::id)
                .toArray(String[]::new)), "", Set.of());
    }

    @Test
    void aSeedDrawsTheSameRoundEveryTimeAndAnotherSeedAnother() {
        Dataset d = QuizData.bundled();
        Round once = Rounds.draw(d, d.events(), spec(4242, ALL, d));
        Round again = Rounds.draw(d, d.events(), spec(4242, ALL, d));
        Round other = Rounds.draw(d, d.events(), spec(4243, ALL, d));

        assertEquals(Rounds.LENGTH, once.questions().size());
        assertEquals(once.questions(), again.questions());
        assertNotEquals(once.questions(), other.questions());
        assertEquals(ALL, Set.copyOf(once.questions().stream().map(Question::kind).toList()),
                "the kinds take turns, so a round of ten has all four");
    }

    @Test
    void questionsComeFromThePoolOnly() {
        Dataset d = QuizData.bundled();
        List<TimelineEvent> pool = d.events().stream().filter(e -> e.category().equals("military")).toList();
        Round round = Rounds.draw(d, pool, spec(7, EnumSet.of(QuestionKind.WHEN, QuestionKind.ORDER), d));

        for (Question q : round.questions()) {
            List<TimelineEvent> asked = q instanceof OrderQuestion o ? o.cards() : List.of(q.subject().orElseThrow());
            assertTrue(pool.containsAll(asked), q.prompt());
        }
    }

    @Test
    void anEmptyPoolSaysSo() {
        Dataset d = QuizData.bundled();
        Round round = Rounds.draw(d, List.of(), spec(1, ALL, d));

        assertTrue(round.questions().isEmpty());
        assertTrue(round.empty().orElseThrow().contains("no events to ask about"), round.emptyReason());
    }

    @Test
    void aPoolTooSmallForAKindLeavesItOutWithAWordWhy() {
        Dataset d = QuizData.small();
        List<TimelineEvent> three = d.events().subList(0, 3);
        Round round = Rounds.draw(d, three, spec(3, ALL, d));

        assertEquals(Set.of(QuestionKind.ORDER), round.leftOut().keySet());
        assertEquals("Put them in order needs at least 4 events; the search and filter leave 3.",
                round.leftOut().get(QuestionKind.ORDER));
        assertTrue(round.questions().stream().noneMatch(q -> q.kind() == QuestionKind.ORDER));
        assertEquals(Rounds.LENGTH, round.questions().size(), "three events, but eras, dates and figures to ask");
    }

    @Test
    void noErasOrNoSeriesLeaveThoseKindsOut() {
        Dataset small = QuizData.small();
        Dataset bare = new Dataset("Bare", "", "", List.of(QuizData.EARLY), small.events(), List.of());
        Round round = Rounds.draw(bare, bare.events(), spec(3, ALL, bare));

        assertEquals(Set.of(QuestionKind.ERA, QuestionKind.FIGURES), round.leftOut().keySet());
        assertTrue(round.leftOut().get(QuestionKind.ERA).contains("at least two eras; this timeline has 1"));
        assertTrue(round.leftOut().get(QuestionKind.FIGURES).contains("this timeline has none"));
    }

    @Test
    void eventsWithoutAnEraLeaveWhichEraOut() {
        Dataset small = QuizData.small();
        List<TimelineEvent> noEra = small.events().stream().map(e -> new TimelineEvent(e.id(), e.start(), e.end(),
                e.title(), e.text(), e.category(), null, e.sources(), null)).toList();
        Round round = Rounds.draw(small, noEra, spec(3, EnumSet.of(QuestionKind.ERA), small));

        assertTrue(round.questions().isEmpty());
        assertTrue(round.leftOut().get(QuestionKind.ERA).contains("belong to an era"));
        assertTrue(round.empty().isPresent());
    }

    @Test
    void anOrderQuestionAcceptsEventsOfOneDateInEitherOrder() {
        List<TimelineEvent> events = QuizData.small().events();
        TimelineEvent first = events.get(0);
        TimelineEvent last = events.get(5);
        OrderQuestion q = new OrderQuestion(List.of(last, QuizData.TWIN_B, first, QuizData.TWIN_A));

        assertEquals(1, q.points(List.of(first, QuizData.TWIN_A, QuizData.TWIN_B, last)));
        assertEquals(1, q.points(List.of(first, QuizData.TWIN_B, QuizData.TWIN_A, last)));
        assertEquals(2 / 3.0, q.points(List.of(QuizData.TWIN_A, first, QuizData.TWIN_B, last)), 1e-9);
        assertEquals(1 / 3.0, q.points(List.of(last, QuizData.TWIN_B, QuizData.TWIN_A, first)), 1e-9,
                "reversed, only the twins stand right");
    }

    @Test
    void orderQuestionsHoldFourToSixCardsNotShownInOrder() {
        Dataset d = QuizData.bundled();
        Round round = Rounds.draw(d, d.events(), spec(99, EnumSet.of(QuestionKind.ORDER), d));

        for (Question q : round.questions()) {
            OrderQuestion order = (OrderQuestion) q;
            assertTrue(order.cards().size() >= 4 && order.cards().size() <= 6, "cards: " + order.cards().size());
            assertTrue(order.points(order.cards()) < 1, "shown in an order to sort");
            assertEquals(1, order.points(order.rightOrder()));
        }
    }

    @Test
    void whenScoresFullInsideTheSpanAtItsPrecisionAndFallsWithTheDistance() {
        TimelineEvent april = QuizData.small().events().get(1); // April 2003
        WhenQuestion q = new WhenQuestion(april);
        TimeRange span = april.range();
        TimeRange shown = new TimeRange(span.start() - 2000, span.start() + 2000); // 4,000 days shown

        assertEquals(1, q.points(span.start() + 0.5, shown, 0), "1 April");
        assertEquals(1, q.points(span.end() - 0.5, shown, 0), "30 April");
        assertEquals(0.5, q.points(span.end() + 500, shown, 0), 1e-9, "an eighth of the shown range after");
        assertEquals(0.5, q.points(span.start() - 500, shown, 0), 1e-9, "and before");
        assertEquals(0, q.points(span.end() + 1000, shown, 0), "a quarter of the shown range away");
        assertEquals(0, q.points(span.end() + 3000, shown, 0));
        assertEquals(0.5, q.points(span.end() + 520, shown, 20), 1e-9, "less a pixel of 20 days");
        assertEquals(1, q.points(span.end() + 19, shown, 20), "within a pixel counts as inside");
    }

    @Test
    void figuresQuestionsAskThePeakAndAboutHowMany() {
        Dataset d = QuizData.small();
        Round round = Rounds.draw(d, d.events(), spec(5, EnumSet.of(QuestionKind.FIGURES), d));
        FigureSeries visitors = d.series().get(0);

        assertEquals(visitors.points().size() + 1, round.questions().size(), "the peak, and each year's figure");
        for (Question q : round.questions()) {
            FiguresQuestion f = (FiguresQuestion) q;
            FigurePoint point = visitors.pointFor(f.year()).orElseThrow();
            if (f.ask() == FiguresQuestion.Ask.PEAK) {
                double highest = visitors.points().stream().mapToDouble(FigurePoint::value).max().orElseThrow();
                assertEquals(highest, point.value());
                assertEquals(String.valueOf(f.year()), f.rightAnswer(Locale.ENGLISH));
                assertEquals(1, f.pointsForYear(f.year()), "a click on the chart at the peak");
                assertEquals(0, f.pointsForYear(f.year() + 1));
            } else {
                assertEquals(Rounds.about(point.value()), f.rightAnswer(Locale.ENGLISH));
                assertTrue(f.prompt().startsWith("About how many visitors in " + f.year() + "?"), f.prompt());
            }
            assertEquals(Rounds.CHOICES, Set.copyOf(f.choices()).size(), "four different choices");
            assertEquals(1, f.points(f.right()));
        }
    }

    @Test
    void aHeightOnTheChartCountsAsTheChoiceNearestIt() {
        FiguresQuestion q = new FiguresQuestion(QuizData.small().series().get(0), FiguresQuestion.Ask.VALUE, 2002,
                List.of("9,000", "2,200", "4,500", "3,000"), 2, null);

        assertEquals(2, q.choiceNearest(4500), "the right height");
        assertEquals(2, q.choiceNearest(5200), "nearer 4,500 than 9,000");
        assertEquals(0, q.choiceNearest(6800), "past halfway to 9,000");
        assertEquals(3, q.choiceNearest(3700), "nearer 3,000 than 4,500");
        assertEquals(3, q.choiceNearest(3750), "halfway between two: the smaller");
        assertEquals(1, q.choiceNearest(0), "below every choice: the smallest");
        assertThrows(IllegalStateException.class, () -> new FiguresQuestion(q.series(), FiguresQuestion.Ask.PEAK,
                2002, List.of("2001", "2002"), 1, null).choiceNearest(4500));
    }

    @Test
    void figuresAreRoundedToTwoDigitsForTheChoices() {
        assertEquals("170,000", Rounds.about(165_432));
        assertEquals("4,500", Rounds.about(4_480));
        assertEquals("38", Rounds.about(38.2));
        assertEquals("7", Rounds.about(7));
    }

    @Test
    void figuresToChooseFromAreGroupedAsTheLanguageGroupsThem() {
        try {
            org.timelineexplorer.i18n.Messages.use(org.timelineexplorer.i18n.Language.FRENCH);
            assertEquals("170\u202f000", Rounds.about(165_432));
            org.timelineexplorer.i18n.Messages.use(org.timelineexplorer.i18n.Language.ARABIC);
            assertEquals("١٧٠٬٠٠٠", Rounds.about(165_432));
        } finally {
            org.timelineexplorer.i18n.Messages.use(org.timelineexplorer.i18n.Language.ENGLISH);
        }
    }

    @Test
    void whichEraOffersEveryEraAndScoresTheEventsOwn() {
        Dataset d = QuizData.small();
        Round round = Rounds.draw(d, d.events(), spec(11, EnumSet.of(QuestionKind.ERA), d));

        assertEquals(d.events().size(), round.questions().size(), "one question per event with an era");
        for (Question q : round.questions()) {
            EraQuestion e = (EraQuestion) q;
            assertEquals(d.eras(), e.choices());
            Era other = e.era().equals(QuizData.EARLY) ? QuizData.LATE : QuizData.EARLY;
            assertEquals(1, e.points(d.era(e.event().eraId()).orElseThrow()));
            assertEquals(0, e.points(other));
        }
    }
}
