package org.timelineexplorer.ui;

import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Window;
import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.io.Drafts;
import org.timelineexplorer.io.EraDraft;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.OkabeIto;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The form that adds or edits an era: its name, start and end typed as the README teaches, its colour from the
 * Okabe–Ito palette (or any {@code #RRGGBB} typed in) and its summary, checked by the loader itself
 * ({@link EraDraft}); see {@link DraftForm} for what every form does.
 */
final class EraForm extends DraftForm<Era> {

    private static final String DRAFT_ID = "new-era";
    private static final Messages TEXTS = Messages.named(DraftForm.DIALOGS);
    /**
     * The palette's colours by the names its authors gave them (keys of the words in each language), for the
     * choices and for a screen reader.
     */
    private static final Map<String, String> COLOUR_NAMES = Map.of("#0072B2", "blue", "#E69F00", "orange",
            "#009E73", "bluish-green", "#CC79A7", "reddish-purple", "#56B4E9", "sky-blue", "#D55E00", "vermilion",
            "#F0E442", "yellow", "#000000", "black");

    private final AppState state;
    private final Era editing;
    private final TextField title = field("era-title", TEXTS.text("era.form.title.prompt"), 30);
    private final TextField start = field("era-start", TEXTS.text("era.form.start.prompt"), 30);
    private final TextField end = field("era-end", TEXTS.text("era.form.end.prompt"), 30);
    private final ComboBox<String> color = new ComboBox<>();
    private final TextArea summary = area("era-summary", TEXTS.text("era.form.summary.prompt"), 3);

    private EraForm(AppState state, Era editing, Window owner) {
        super(owner, "era-form", TEXTS.text(editing == null ? "era.form.title.add" : "era.form.title.edit"),
                editing == null ? TEXTS.text("era.form.header.add", state.getDataset().title())
                        : TEXTS.text("form.header.edit", editing.title()), editing != null);
        this.state = state;
        this.editing = editing;
        color.setId("form-era-color");
        color.setEditable(true);
        color.setItems(FXCollections.observableArrayList(OkabeIto.ERA_COLOURS));
        color.setCellFactory(list -> new Swatch());
        color.setMaxWidth(Double.MAX_VALUE);
        // An editable box shows its text, not a cell: the chosen colour is shown beside it.
        Rectangle chosen = new Rectangle(28, 20);
        chosen.setId("form-era-swatch");
        chosen.setStroke(Color.GRAY);
        color.getEditor().textProperty().addListener((o, old, hex) -> chosen.setFill(colour(hex)));
        HBox colourRow = new HBox(6, chosen, color);
        colourRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(color, Priority.ALWAYS);
        color.setPromptText(TEXTS.text("era.form.colour.prompt"));

        add(TEXTS.text("era.form.title"), "title", title);
        add(TEXTS.text("era.form.start"), "start", start);
        add(TEXTS.text("era.form.end"), "end", end);
        add(TEXTS.text("era.form.colour"), "color", colourRow);
        add(TEXTS.text("era.form.summary"), "summary", summary);
        EraDraft draft = editing == null ? new EraDraft(DRAFT_ID, "", "", "", "", unusedColour()) : EraDraft.of(editing);
        title.setText(draft.title());
        start.setText(draft.start());
        end.setText(draft.end());
        color.getEditor().setText(draft.color());
        color.setValue(draft.color());
        summary.setText(draft.summary());
        watch("title", title.textProperty());
        watch("start", start.textProperty());
        watch("end", end.textProperty());
        watch("color", color.getEditor().textProperty());
        watch("summary", summary.textProperty());
        start(title);
    }

    /** Asks for a new era; adds it (one undoable step) on OK. */
    static void add(AppState state, Window owner) {
        new EraForm(state, null, owner).showAndWait().ifPresent(state::addEra);
    }

    /** Edits {@code era}; replaces it (one undoable step) on OK when anything changed. */
    static void edit(AppState state, Era era, Window owner) {
        new EraForm(state, era, owner).showAndWait().filter(edited -> !edited.equals(era))
                .ifPresent(edited -> state.replaceEra(era, edited));
    }

    @Override
    protected Drafts.Checked<Era> check() {
        return new EraDraft(editing == null ? DRAFT_ID : editing.id(), title.getText(), summary.getText(),
                start.getText(), end.getText(), color.getEditor().getText()).check(state.getDataset());
    }

    @Override
    protected Era made(Era era) {
        // An edited era keeps the fields of its file the app does not know, which the form does not show.
        return editing != null ? new Era(era.id(), era.title(), era.summary(), era.start(), era.end(), era.color(),
                editing.extras())
                : new Era(state.freshId(era.title()), era.title(), era.summary(), era.start(), era.end(), era.color());
    }

    /** The first colour of the palette no era has yet, so that a new band stands apart from the others. */
    private String unusedColour() {
        List<String> used = state.getDataset().eras().stream().map(e -> e.color().toUpperCase(Locale.ROOT)).toList();
        return OkabeIto.ERA_COLOURS.stream().filter(c -> !used.contains(c)).findFirst()
                .orElse(OkabeIto.ERA_COLOURS.get(state.getDataset().eras().size() % OkabeIto.ERA_COLOURS.size()));
    }

    /** A colour shown as a swatch beside its hex code and, for the palette's, its name. */
    private static final class Swatch extends ListCell<String> {
        @Override
        protected void updateItem(String hex, boolean empty) {
            super.updateItem(hex, empty);
            if (empty || hex == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            String name = COLOUR_NAMES.get(hex.toUpperCase(Locale.ROOT));
            setText(name == null ? hex : hex + "  " + TEXTS.text("era.form.colour." + name));
            Rectangle swatch = new Rectangle(28, 14, colour(hex));
            swatch.setStroke(Color.GRAY);
            setGraphic(swatch);
        }
    }

    /** {@code hex} as a colour, or none while it is not one: the loader's message says what to write. */
    private static Color colour(String hex) {
        try {
            return Color.web(hex.strip());
        } catch (IllegalArgumentException notAColour) {
            return Color.TRANSPARENT;
        }
    }
}
