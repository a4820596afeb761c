package org.timelineexplorer.ui.presentation;

import org.junit.jupiter.api.Test;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.TimelineEvent;

import java.util.List;
import java.util.Optional;

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
    void noEventsNoSteps() {
        assertTrue(LessonPlan.steps(List.of(), e -> Optional.empty(), true).isEmpty());
    }
}
