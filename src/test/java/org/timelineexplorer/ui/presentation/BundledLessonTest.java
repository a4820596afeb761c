package org.timelineexplorer.ui.presentation;

import org.junit.jupiter.api.Test;
import org.timelineexplorer.io.DatasetReader;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.Estimate;
import org.timelineexplorer.model.OkabeIto;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The presentation over the bundled dataset: every event once, every era introduced, colours colour-blind safe. */
class BundledLessonTest {

    private final Dataset dataset = new DatasetReader().readBundled().dataset().orElseThrow();
    private final AppState state = new AppState(dataset);

    @Test
    void everyEventOnceAndEveryEraIntroducedInDateOrder() {
        List<Step> steps = LessonPlan.steps(state.getShownEvents(), state::eraOf, true);

        List<Step> events = steps.stream().filter(s -> s.kind() == Step.Kind.EVENT).toList();
        assertEquals(dataset.events(), events.stream().map(Step::event).toList());
        List<Era> introduced = steps.stream().filter(s -> s.kind() == Step.Kind.ERA_TITLE).map(Step::era).toList();
        assertEquals(dataset.eras(), introduced, "each era once, in order, when its events are in date order");
        long charts = steps.stream().filter(s -> s.kind() == Step.Kind.CHART).count();
        assertEquals(dataset.eras().size(), charts);
    }

    @Test
    void aSearchMakesAShortLesson() {
        state.searchTextProperty().set("fallujah");
        Presentation presentation = new Presentation(state);
        presentation.start();
        assertTrue(presentation.getSteps().size() < 12, presentation.getSteps().toString());
        presentation.last();
        assertTrue(state.getSelectedEvent().title().toLowerCase().contains("fallujah")
                || state.getSelectedEvent().text().toLowerCase().contains("fallujah"));
    }

    @Test
    void withChartsTheClassStepsToEachEstimateAndItIsSelected() {
        Presentation presentation = new Presentation(state);
        presentation.includeChartsProperty().set(true);
        presentation.start();
        List<Estimate> estimates = dataset.series("iraqi-civilian-deaths").orElseThrow().estimates();
        List<Estimate> stepped = new ArrayList<>();
        while (true) {
            Step step = presentation.getCurrentStep();
            if (step.kind() == Step.Kind.ESTIMATE) {
                assertEquals(step.estimate(), state.getSelectedEstimate(), "the detail pane follows the step");
                assertNull(state.getSelectedEvent());
                // An estimate comes right after the chart of the era its period ends in.
                Step before = presentation.getSteps().get(presentation.getIndex() - 1);
                assertTrue(before.kind() == Step.Kind.CHART || before.kind() == Step.Kind.ESTIMATE, before.toString());
                assertTrue(step.era().range().contains(step.estimate().end().lastDay().toEpochDay()));
                stepped.add(step.estimate());
            }
            if (presentation.atEnd()) {
                break;
            }
            presentation.next();
        }
        assertEquals(Set.copyOf(estimates), Set.copyOf(stepped), "every estimate once");
        assertEquals(estimates.size(), stepped.size());
    }

    @Test
    void eraColoursAreOkabeIto() {
        for (Era era : dataset.eras()) {
            assertTrue(OkabeIto.contains(era.color()), era.id() + " has " + era.color());
        }
    }
}
