package org.timelineexplorer.ui;

import javafx.beans.Observable;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.timelineexplorer.chart.EstimatesChart;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.Estimate;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.Source;
import org.timelineexplorer.model.TimelineEvent;
import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.ui.pictures.PictureView;

import java.util.List;

/**
 * Shows the selected event: title, date at its precision, era and category, its picture, text, the correction to
 * the source article and the sources as links. A selected estimate is explained the same way: its figure and what it counts,
 * the period, its method and its source. With neither selected it shows the selected era, and with no era the
 * dataset.
 */
public final class DetailPaneController {

    /** The words about translations: a bundle of their own, beside the pane's, which the window's texts fill. */
    private static final Messages TEXTS = Messages.of(DetailPaneController.class);

    private final AppState state;
    private final ViewScope scope;

    @FXML
    private ScrollPane scroll;
    @FXML
    private Label kind;
    @FXML
    private Label title;
    @FXML
    private Label untranslated;
    @FXML
    private Label date;
    @FXML
    private Label meta;
    @FXML
    private Label text;
    @FXML
    private PictureView picture;
    @FXML
    private VBox correctionBox;
    @FXML
    private Label correction;
    @FXML
    private Label sourcesHeading;
    @FXML
    private VBox sources;
    @FXML
    private Button previousButton;
    @FXML
    private Button nextButton;

    public DetailPaneController(AppState state, ViewScope scope) {
        this.state = state;
        this.scope = scope;
    }

    @FXML
    private void initialize() {
        for (Node node : List.of(kind, untranslated, date, meta, text, correctionBox, sourcesHeading, sources)) {
            node.managedProperty().bind(node.visibleProperty());
        }
        for (Observable shown : List.of(state.selectedEventProperty(), state.selectedEraProperty(),
                state.selectedEstimateProperty(), state.datasetProperty(), state.webPicturesProperty())) {
            scope.keep(shown.subscribe(this::show));
        }
        previousButton.disableProperty().bind(state.canStepBackProperty().not());
        nextButton.disableProperty().bind(state.canStepForwardProperty().not());
        show();
    }

    /** Moves the keyboard to the details, at their top, so that Tab goes on to the sources' links. */
    public void focusDetails() {
        scroll.setVvalue(0);
        scroll.requestFocus();
    }

    @FXML
    private void previous() {
        state.step(-1);
    }

    @FXML
    private void next() {
        state.step(1);
    }

    private void show() {
        TimelineEvent event = state.getSelectedEvent();
        Era era = state.getSelectedEra();
        Dataset dataset = state.getDataset();
        Estimate estimate = state.getSelectedEstimate();
        if (estimate != null) {
            showEstimate(estimate);
        } else if (event != null) {
            showEvent(event);
        } else if (era != null) {
            show(TEXTS.text("detail.kind.era"), era.title(), HistoricalDate.formatRange(era.start(), era.end(), Formats.locale(), state.eraStyle()), "",
                    era.summary(), null, List.of());
        } else if (dataset != null) {
            show(TEXTS.text("detail.kind.timeline"), dataset.title(), "", dataset.credit(), dataset.summary(), null, List.of());
        } else {
            show("", TEXTS.text("detail.none"), "", "", "", null, List.of());
        }
        scroll.setVvalue(0);
    }

    private void showEvent(TimelineEvent event) {

        String eraTitle = state.eraOf(event).map(Era::title).orElse("");
        String where = eraTitle.isEmpty() ? "" : TEXTS.text("detail.era", eraTitle);
        if (!event.category().isBlank()) {
            String category = TEXTS.text("detail.category", event.category());
            where = where.isEmpty() ? category : where + "  ·  " + category;
        }
        show(TEXTS.text("detail.kind.event"), event.title(), event.formatDate(Formats.locale(), state.eraStyle()), where, event.text(),
                event.correctionNote().orElse(null), event.sources());
        picture.show(event.picture(), state.getDatasetLocation(), state::isWebPictures);
        String fallback = TranslationGaps.line(state, event);
        untranslated.setText(fallback);
        untranslated.setVisible(!fallback.isEmpty());
    }

    private void showEstimate(Estimate estimate) {
        String figure = TEXTS.text("detail.estimate.figure", EstimatesChart.figure(estimate)
                + (estimate.counts().isBlank() ? "" : " " + estimate.counts()));
        String body = TEXTS.text("detail.estimate.method", estimate.method())
                + estimate.noteText().map(n -> "\n\n" + n).orElse("");
        show(TEXTS.text("detail.kind.estimate"), estimate.title(), HistoricalDate.formatRange(estimate.start(), estimate.end(), Formats.locale()),
                figure, body, null, List.of(estimate.source()));
    }

    private void show(String kindText, String titleText, String dateText, String metaText, String body,
                      String correctionText, List<Source> sourceList) {
        picture.show(null, null, () -> false);
        untranslated.setVisible(false);
        kind.setText(kindText);
        kind.setVisible(!kindText.isEmpty());
        title.setText(titleText);
        date.setText(dateText);
        date.setVisible(!dateText.isEmpty());
        meta.setText(metaText);
        meta.setVisible(!metaText.isEmpty());
        text.setText(body);
        text.setVisible(!body.isEmpty());
        correction.setText(correctionText);
        correctionBox.setVisible(correctionText != null);
        sources.getChildren().setAll(sourceList.stream().map(DetailPaneController::link).toList());
        sources.setVisible(!sourceList.isEmpty());
        sourcesHeading.setVisible(!sourceList.isEmpty());
    }

    private static Hyperlink link(Source source) {
        Hyperlink link = new Hyperlink(source.name());
        link.getStyleClass().add("source-link");
        link.setWrapText(true);
        link.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        link.setTooltip(new Tooltip(source.url().toString()));
        link.setAccessibleText(TEXTS.text("detail.source.accessible", source.name()));
        boolean followable = LinkOpener.isFollowable(source.url());
        link.setDisable(!followable);
        link.setOnAction(e -> LinkOpener.open(source.url()));
        return link;
    }
}
