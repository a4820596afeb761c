package org.timelineexplorer.ui;

import javafx.collections.FXCollections;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.io.Drafts;
import org.timelineexplorer.io.SeriesDraft;
import org.timelineexplorer.io.SeriesDraft.PointDraft;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.ChartStyle;
import org.timelineexplorer.model.FigureSeries;
import org.timelineexplorer.model.FigurePoint;
import org.timelineexplorer.model.Source;

import java.util.List;
import java.util.Map;

/**
 * The form that adds or edits a figures series: its title, unit, chart style and source, and its points as a table
 * of years and values, each row checked by the loader itself ({@link SeriesDraft}); see {@link DraftForm} for what
 * every form does. A series' estimates are kept as they are.
 */
final class SeriesForm extends DraftForm<FigureSeries> {

    private static final String DRAFT_ID = "new-series";
    private static final Messages TEXTS = Messages.named(DraftForm.DIALOGS);

    private final AppState state;
    private final FigureSeries editing;
    private final TextField title = field("series-title", TEXTS.text("series.form.title.prompt"), 30);
    private final TextField unit = field("series-unit", TEXTS.text("series.form.unit.prompt"), 30);
    private final ChoiceBox<ChartStyle> style = new ChoiceBox<>(FXCollections.observableArrayList(ChartStyle.values()));
    private final TextField sourceName = field("series-source-name", TEXTS.text("series.form.source.prompt"), 30);
    private final TextField sourceUrl = field("series-source-url", TEXTS.text("series.form.url.prompt"), 30);
    private final FormRows points = new FormRows("form-points", "points",
            TEXTS.text("series.form.points.add"), List.of(
            new FormRows.Column(TEXTS.text("series.form.points.year"), "year",
                    TEXTS.text("series.form.points.year.prompt"), 9),
            new FormRows.Column(TEXTS.text("series.form.points.value"), "value", "160000", 9),
            new FormRows.Column(TEXTS.text("series.form.points.note"), "note",
                    TEXTS.text("series.form.points.note.prompt"), 22),
            new FormRows.Column(TEXTS.text("series.form.points.labelled"), "highlight", "", 0),
            new FormRows.Column(TEXTS.text("series.form.points.announced"), "announced", "", 0)));

    private SeriesForm(AppState state, FigureSeries editing, Window owner) {
        super(owner, "series-form", TEXTS.text(editing == null ? "series.form.title.add" : "series.form.title.edit"),
                editing == null ? TEXTS.text("series.form.header.add", state.getDataset().title())
                        : TEXTS.text("form.header.edit", editing.title()), editing != null);
        this.state = state;
        this.editing = editing;
        style.setId("form-series-style");
        style.setConverter(named(value -> TEXTS.text(value == ChartStyle.BAR ? "series.form.style.bar"
                : "series.form.style.line")));
        add(TEXTS.text("series.form.title"), "title", title);
        add(TEXTS.text("series.form.unit"), "unit", unit);
        add(TEXTS.text("series.form.style"), "style", style);
        add(TEXTS.text("series.form.source"), "source.name", sourceName);
        add(TEXTS.text("series.form.url"), "source.url", sourceUrl);
        addRows(TEXTS.text("series.form.points"), points);

        SeriesDraft draft = editing == null
                ? new SeriesDraft(DRAFT_ID, "", "", ChartStyle.LINE, "", "", List.of(), List.of())
                : SeriesDraft.of(editing);
        title.setText(draft.title());
        unit.setText(draft.unit());
        style.setValue(draft.style());
        sourceName.setText(draft.sourceName());
        sourceUrl.setText(draft.sourceUrl());
        points.setRows(draft.points().stream().map(point -> new FormRows.Row(Map.of("year", point.year(),
                "value", point.value(), "note", point.note(), "highlight", Boolean.toString(point.highlight()),
                "announced", Boolean.toString(point.announced())))).toList());
        watch("title", title.textProperty());
        watch("unit", unit.textProperty());
        watch("style", style.valueProperty());
        watch("source.name", sourceName.textProperty());
        watch("source.url", sourceUrl.textProperty());
        start(title);
    }

    /** Asks for a new series; adds it (one undoable step) on OK and shows it in the chart. */
    static void add(AppState state, Window owner) {
        new SeriesForm(state, null, owner).showAndWait().ifPresent(series -> {
            state.addSeries(series);
            state.setChosenSeriesId(series.id());
        });
    }

    /** Edits {@code series}; replaces it (one undoable step) on OK when anything changed. */
    static void edit(AppState state, FigureSeries series, Window owner) {
        new SeriesForm(state, series, owner).showAndWait().filter(edited -> !edited.equals(series))
                .ifPresent(edited -> state.replaceSeries(series, edited));
    }

    @Override
    protected Drafts.Checked<FigureSeries> check() {
        List<PointDraft> rows = points.rows().stream().map(row -> new PointDraft(row.text("year"),
                row.text("value"), row.text("note"), row.checked("highlight"), row.checked("announced"))).toList();
        return new SeriesDraft(editing == null ? DRAFT_ID : editing.id(), title.getText(), unit.getText(),
                style.getValue(), sourceName.getText(), sourceUrl.getText(), rows,
                editing == null ? List.of() : editing.estimates()).check(state.getDataset());
    }

    @Override
    protected FigureSeries made(FigureSeries series) {
        if (editing == null) {
            return new FigureSeries(state.freshId(series.title()), series.title(), series.unit(), series.style(),
                    series.source(), series.points(), series.estimates());
        }
        // The fields of the file the app does not know, which the form does not show, stay: on the series, on its
        // source while it names the same address, and on each point of a year the series still has.
        Source source = series.source() != null && editing.source() != null
                && series.source().url().equals(editing.source().url())
                ? new Source(series.source().name(), series.source().url(), editing.source().extras())
                : series.source();
        List<FigurePoint> points = series.points().stream().map(point -> editing.points().stream()
                .filter(old -> old.year() == point.year()).findFirst()
                .map(old -> new FigurePoint(point.year(), point.value(), point.note(), point.highlighted(),
                        point.announced(), old.extras()))
                .orElse(point)).toList();
        return new FigureSeries(series.id(), series.title(), series.unit(), series.style(), source, points,
                series.estimates(), editing.extras());
    }
}
