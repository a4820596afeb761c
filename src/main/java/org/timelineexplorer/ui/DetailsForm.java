package org.timelineexplorer.ui;

import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.timelineexplorer.i18n.Messages;
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

    private static final Messages TEXTS = Messages.named(DraftForm.DIALOGS);

    private final TextField title = field("details-title", TEXTS.text("details.form.title.prompt"), 40);
    private final TextArea summary = area("details-summary", TEXTS.text("details.form.summary.prompt"), 3);
    private final TextArea credit = area("details-credit", TEXTS.text("details.form.credit.prompt"), 2);
    private final ChoiceBox<EraStyle> eraStyle = new ChoiceBox<>(FXCollections.observableArrayList(EraStyle.values()));

    private DetailsForm(DetailsDraft draft, String id, String title, String header, Window owner) {
        super(owner, id, title, header, false);
        eraStyle.setId("form-details-era-style");
        eraStyle.setConverter(named(style -> TEXTS.text(style == EraStyle.BC_AD ? "details.form.era.bc"
                : "details.form.era.bce")));
        add(TEXTS.text("details.form.title"), "title", this.title);
        add(TEXTS.text("details.form.summary"), "summary", summary);
        add(TEXTS.text("details.form.credit"), "credit", credit);
        add(TEXTS.text("details.form.era"), "eraStyle", eraStyle);
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
        new DetailsForm(DetailsDraft.of(open), "details-form", TEXTS.text("details.form.title.edit"),
                TEXTS.text("details.form.header.edit"), owner)
                .showAndWait()
                .filter(d -> !(d.title().equals(open.title()) && d.summary().equals(open.summary())
                        && d.credit().equals(open.credit()) && d.eraStyle() == open.eraStyle()))
                .ifPresent(d -> state.changeDetails(d.title(), d.summary(), d.credit(), d.eraStyle()));
    }

    /** Asks for a new timeline's title and the rest of its details; the empty timeline they make, on OK. */
    static Optional<Dataset> newTimeline(Window owner) {
        return new DetailsForm(new DetailsDraft(TEXTS.text("details.form.new.suggested"), "", "", EraStyle.BC_AD),
                "new-timeline-dialog", TEXTS.text("details.form.new.title"), TEXTS.text("details.form.new.header"),
                owner).showAndWait();
    }

    @Override
    protected Drafts.Checked<Dataset> check() {
        return new DetailsDraft(title.getText(), summary.getText(), credit.getText(), eraStyle.getValue()).check();
    }
}
