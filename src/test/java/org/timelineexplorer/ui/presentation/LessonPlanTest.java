package org.timelineexplorer.ui.presentation;

import org.junit.jupiter.api.Test;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.Estimate;
import org.timelineexplorer.model.Source;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.TimelineEvent;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.timelineexplorer.ui.presentation.ClassroomFixture.INSURGENCY;
import static org.timelineexplorer.ui.presentation.ClassroomFixture.INVASION;

class LessonPlanTest {

    private final Dataset dataset = ClassroomFixture.dataset();
    private final AppState state = new AppState(dataset);

    private static List<Step.Kind> kinds(List<Step> steps) {
        return steps.stream().map(Step::kind).toList();
    }

    @Test
    void eachEraOpensWithItsTitleCard() {
        List<Step> steps = LessonPlan.steps(dataset.events(), state::eraOf, false);

        assertEquals(10, steps.size());
        assertEquals(Step.eraTitle(INVASION), steps.get(0));
        assertEquals(Step.event(dataset.events().get(0), INVASION), steps.get(1));
        assertEquals(Step.eraTitle(INSURGENCY), steps.get(6));
        assertEquals(Step.event(dataset.events().get(5), INSURGENCY), steps.get(7));
    }

    @Test
    void chartStepsFollowTheLastEventOfEachEra() {
        List<Step> steps = LessonPlan.steps(dataset.events(), state::eraOf, true);

        assertEquals(12, steps.size());
        assertEquals(Step.chart(INVASION), steps.get(6));
        assertEquals(Step.eraTitle(INSURGENCY), steps.get(7));
        assertEquals(Step.chart(INSURGENCY), steps.get(11));
    }

    @Test
    void eventsOutsideEveryEraGetNoTitleCard() {
        TimelineEvent loose = new TimelineEvent("loose", HistoricalDate.ofYear(2010), null, "Loose", "", "", "none",
                List.of(), null);
        List<Step> steps = LessonPlan.steps(List.of(dataset.events().get(0), loose), state::eraOf, true);

        assertEquals(List.of(Step.Kind.ERA_TITLE, Step.Kind.EVENT, Step.Kind.CHART, Step.Kind.EVENT), kinds(steps));
    }

    @Test
    void anEstimateFollowsTheChartOfTheEraItEndsIn() {
        Estimate survey = new Estimate("survey", "A survey", 151000, 104000.0, 223000.0, HistoricalDate.ofMonth(2003, 3),
                HistoricalDate.ofMonth(2005, 6), "violent deaths", "Households were asked.",
                new Source("A journal", URI.create("https://example.org/survey")), null);
        Estimate outside = new Estimate("outside", "Another", 10, null, null, HistoricalDate.ofYear(2003),
                HistoricalDate.ofYear(2030), "", "Counted.", new Source("A site", URI.create("https://example.org/a")), null);
        Function<Estimate, Optional<Era>> eraOf = e -> e == survey ? Optional.of(INSURGENCY) : Optional.empty();

        List<Step> steps = LessonPlan.steps(dataset.events(), state::eraOf, true, List.of(survey, outside), eraOf);

        assertEquals(14, steps.size());
        assertEquals(Step.chart(INSURGENCY), steps.get(11));
        assertEquals(Step.estimate(survey, INSURGENCY), steps.get(12));
        assertEquals(Step.estimate(outside, null), steps.get(13), "an estimate of no era in the lesson comes last");
    }

    @Test
    void withoutChartsThereAreNoEstimateSteps() {
        Estimate survey = new Estimate("survey", "A survey", 1, null, null, HistoricalDate.ofYear(2003),
                HistoricalDate.ofYear(2005), "", "Asked.", new Source("A journal", URI.create("https://example.org/s")), null);

        List<Step> steps = LessonPlan.steps(dataset.events(), state::eraOf, false, List.of(survey),
                e -> Optional.of(INSURGENCY));

        assertTrue(steps.stream().noneMatch(s -> s.kind() == Step.Kind.ESTIMATE), steps.toString());
    }

    @Test
    void noEventsNoSteps() {
        assertTrue(LessonPlan.steps(List.of(), e -> Optional.empty(), true).isEmpty());
    }
}
