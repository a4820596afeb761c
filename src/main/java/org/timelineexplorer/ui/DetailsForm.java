package org.timelineexplorer.ui;

import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.timelineexplorer.io.DetailsDraft;
import org.timelineexplorer.io.Drafts;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.EraStyle;

import java.util.Optional;

/**
 * The form for a timeline's own fields: its title, summary and credit, and how its dates name the years before
 * AD 1, checked by the loader itself ({@link DetailsDraft}); see {@link DraftForm} for what every form does. File →
 * New timeline opens it too, so that a new timeline starts with its title.
 */
final class DetailsForm extends DraftForm<Dataset> {

    private final TextField title = field("details-title", "what the class will see at the top", 40);
    private final TextArea summary = area("details-summary", "optional: what the timeline is about", 3);
    private final TextArea credit = area("details-credit",
            "optional: printed under every exported picture; name your sources", 2);
    private final ChoiceBox<EraStyle> eraStyle = new ChoiceBox<>(FXCollections.observableArrayList(EraStyle.values()));

    private DetailsForm(DetailsDraft draft, String id, String title, String header, Window owner) {
        super(owner, id, title, header, false);
        eraStyle.setId("form-details-era-style");
        eraStyle.setConverter(named(style -> style == EraStyle.BC_AD ? "44 BC and AD 79" : "44 BCE and 79 CE"));
        add("Title", "title", this.title);
        add("Summary", "summary", summary);
        add("Credit", "credit", credit);
        add("Years before AD 1", "eraStyle", eraStyle);
        this.title.setText(draft.title());
        summary.setText(draft.summary());
        credit.setText(draft.credit());
        eraStyle.setValue(draft.eraStyle());
        watch("title", this.title.textProperty());
        watch("summary", summary.textProperty());
        watch("credit", credit.textProperty());
        watch("eraStyle", eraStyle.valueProperty());
        start(this.title);
        // A suggested title is typed over at once, as a name suggested in a dialog is.
        this.title.focusedProperty().addListener((o, was, focused) -> {
            if (focused) {
                Platform.runLater(this.title::selectAll);
            }
        });
    }

    /** Edits the open timeline's details; changes them (one undoable step) on OK when anything changed. */
    static void edit(AppState state, Window owner) {
        Dataset open = state.getDataset();
        new DetailsForm(DetailsDraft.of(open), "details-form", "Timeline details", "The timeline's own fields", owner)
                .showAndWait()
                .filter(d -> !(d.title().equals(open.title()) && d.summary().equals(open.summary())
                        && d.credit().equals(open.credit()) && d.eraStyle() == open.eraStyle()))
                .ifPresent(d -> state.changeDetails(d.title(), d.summary(), d.credit(), d.eraStyle()));
    }

    /** Asks for a new timeline's title and the rest of its details; the empty timeline they make, on OK. */
    static Optional<Dataset> newTimeline(Window owner) {
        return new DetailsForm(new DetailsDraft("My timeline", "", "", EraStyle.BC_AD), "new-timeline-dialog",
                "New timeline", "A new, empty timeline. What is its title?", owner).showAndWait();
    }

    @Override
    protected Drafts.Checked<Dataset> check() {
        return new DetailsDraft(title.getText(), summary.getText(), credit.getText(), eraStyle.getValue()).check();
    }
}
