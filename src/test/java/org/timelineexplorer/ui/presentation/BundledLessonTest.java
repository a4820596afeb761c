package org.timelineexplorer.ui.presentation;

import org.junit.jupiter.api.Test;
import org.timelineexplorer.io.DatasetReader;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.OkabeIto;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void eraColoursAreOkabeIto() {
        for (Era era : dataset.eras()) {
            assertTrue(OkabeIto.contains(era.color()), era.id() + " has " + era.color());
        }
    }
}
