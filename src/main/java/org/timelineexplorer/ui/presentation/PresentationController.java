package org.timelineexplorer.ui.presentation;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.timelineexplorer.chart.EstimatesChart;
import org.timelineexplorer.chart.FiguresChart;
import org.timelineexplorer.export.Pictures;
import org.timelineexplorer.map.MapView;
import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.FigureSeries;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.Estimate;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.Place;
import org.timelineexplorer.timeline.TimelineView;
import org.timelineexplorer.ui.Formats;
import org.timelineexplorer.ui.help.Shortcuts;
import org.timelineexplorer.ui.pictures.PictureView;

import java.util.List;
import java.util.Locale;

/**
 * The presentation view: shows the {@link Presentation}'s current step, moves the timeline to it, turns keys into
 * steps and runs the guided tour's clock. The order of steps lives in the model.
 */
public final class PresentationController {

    private static final Messages TEXTS = Messages.of(PresentationController.class);

    private final AppState state;
    private final Presentation presentation;
    private final PauseTransition tourClock = new PauseTransition();
    private final TimelineView timeline;
    private Runnable onLeave = () -> { };
    private Dataset chartsFor;

    @FXML private StackPane root;
    @FXML private StackPane timelineHolder;
    @FXML private StackPane cards;
    @FXML private HBox eventCard;
    @FXML private VBox eventTextBox;
    @FXML private Region eventEraStripe;
    @FXML private Label eventEra;
    @FXML private Label eventTitle;
    @FXML private Label eventDate;
    @FXML private Label eventText;
    @FXML private Label eventNote;
    @FXML private PictureView eventPicture;
    @FXML private HBox eraCard;
    @FXML private VBox eraTextBox;
    @FXML private Region eraStripe;
    @FXML private Label eraTitle;
    @FXML private Label eraDates;
    @FXML private Label eraSummary;
    @FXML private Node chartCard;
    @FXML private Label chartTitle;
    @FXML private StackPane chartHolder;
    @FXML private Label emptyCard;
    @FXML private Button playButton;
    @FXML private ChoiceBox<Integer> paceChoice;
    @FXML private Label position;
    @FXML private Label hint;
    @FXML private Region blackout;

    public PresentationController(AppState state, Presentation presentation) {
        this.state = state;
        this.presentation = presentation;
        this.timeline = new TimelineView(state.getShownEvents(), state.getEras());
    }

    /** The map beside the event card, made when first shown (a presentation without it never loads the outlines). */
    private MapView map;

    @FXML
    private void initialize() {
        setUpTimeline();
        // Large beside the text: up to two fifths of the width, and the height left after its caption and credit.
        eventPicture.maxPictureWidthProperty().bind(cards.widthProperty().multiply(PICTURE_SHARE));
        eventPicture.maxPictureHeightProperty().bind(cards.heightProperty().multiply(PICTURE_HEIGHT_SHARE));
        eventPicture.minWidthProperty().bind(eventPicture.maxPictureWidthProperty());
        hint.setText(Shortcuts.presentationHint());
        position.textProperty().bind(presentation.positionProperty());
        blackout.visibleProperty().bind(presentation.blackoutProperty());
        playButton.textProperty().bind(presentation.playingProperty()
                .map(p -> TEXTS.text(p ? "presentation.pause" : "presentation.play")));
        paceChoice.getItems().setAll(Presentation.PACES);
        paceChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer seconds) {
                return seconds == null ? "" : TEXTS.text("presentation.pace.choice", seconds);
            }

            @Override
            public Integer fromString(String text) {
                return Integer.valueOf(text.replaceAll("\\D", ""));
            }
        });
        paceChoice.valueProperty().bindBidirectional(presentation.paceSecondsProperty());
        presentation.paceSecondsProperty().addListener((o, old, seconds) -> restartClock());

        tourClock.setOnFinished(e -> {
            presentation.tick();
            restartClock();
        });
        presentation.playingProperty().addListener(o -> restartClock());
        presentation.includeMapProperty().addListener(o -> show(presentation.getCurrentStep()));
        presentation.currentStepProperty().addListener((o, old, step) -> {
            show(step);
            restartClock();
        });
        cards.widthProperty().addListener(o -> fitText());
        cards.heightProperty().addListener(o -> fitText());
        root.styleProperty().addListener(o -> Platform.runLater(this::fitText));
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        root.setAccessibleRoleDescription(TEXTS.text("presentation.role"));
        show(presentation.getCurrentStep());
    }

    /** What Esc does: the presentation mode restores the window. */
    void setOnLeave(Runnable onLeave) {
        this.onLeave = onLeave;
    }

    /**
     * A second timeline on the same state: the same shown events, eras and selection, so a click on it moves the
     * presentation. Its visible range is its own, so that the hidden main timeline (which reveals each selected
     * event in its own way) and this one (which zooms to each step) never fight over one range.
     */
    private void setUpTimeline() {
        timeline.setId("presentation-timeline-view");
        timeline.setPresentation(true);
        timeline.setFocusTraversable(false);
        timeline.setLocale(Formats.locale());
        timeline.timeRightToLeftProperty().bind(state.timeRightToLeftProperty());
        timeline.eraStyleProperty().bind(state.datasetProperty().map(Dataset::eraStyle));
        timeline.setVisibleRange(state.getVisibleRange());
        timeline.selectedEventProperty().bindBidirectional(state.selectedEventProperty());
        timeline.selectedEraProperty().bindBidirectional(state.selectedEraProperty());
        timelineHolder.getChildren().setAll(timeline);
        // A share of the screen rather than a fixed height: on a tall screen the strip names more of the events
        // around the current one instead of counting them in clusters, and its minimum (in the stylesheet) keeps
        // it from eating into the text's room on a short one.
        timelineHolder.prefHeightProperty().bind(root.heightProperty().multiply(TIMELINE_SHARE));
    }

    /** The presentation's own timeline. */
    TimelineView timeline() {
        return timeline;
    }

    StackPane chartHolder() {
        return chartHolder;
    }

    StackPane root() {
        return root;
    }

    @FXML
    private void togglePlaying() {
        presentation.togglePlaying();
        root.requestFocus();
    }

    private void onKey(KeyEvent event) {
        if (event.getCode() != KeyCode.ESCAPE && ownsKey(event)) {
            return;
        }
        Runnable action = actionFor(event);
        if (action != null) {
            action.run();
            event.consume();
        }
    }

    /** Space and arrows belong to a focused button or choice box, so the bar works from the keyboard too. */
    private static boolean ownsKey(KeyEvent event) {
        Node focused = event.getTarget() instanceof Node n ? n : null;
        boolean control = focused instanceof ButtonBase || focused instanceof ChoiceBox;
        return control && switch (event.getCode()) {
            case SPACE, ENTER, LEFT, RIGHT, UP, DOWN -> true;
            default -> false;
        };
    }

    private Runnable actionFor(KeyEvent event) {
        if (Shortcuts.LEAVE.matches(event)) {
            return onLeave;
        } else if (Shortcuts.BLACKOUT.matches(event)) {
            return presentation::toggleBlackout;
        } else if (presentation.blackoutProperty().get()) {
            return null;
        } else if (Shortcuts.NEXT_STEP.matches(event)) {
            return presentation::next;
        } else if (Shortcuts.PREVIOUS_STEP.matches(event)) {
            return presentation::previous;
        } else if (Shortcuts.FIRST_STEP.matches(event)) {
            return presentation::first;
        } else if (Shortcuts.LAST_STEP.matches(event)) {
            return presentation::last;
        } else if (Shortcuts.PLAY.matches(event)) {
            return presentation::togglePlaying;
        } else if (Shortcuts.PACE.matches(event)) {
            int pace = Presentation.PACES.get(event.getCode().ordinal() - KeyCode.DIGIT1.ordinal());
            return () -> presentation.paceSecondsProperty().set(pace);
        }
        return null;
    }

    private void restartClock() {
        tourClock.stop();
        if (presentation.playingProperty().get()) {
            tourClock.setDuration(Duration.seconds(presentation.paceSecondsProperty().get()));
            tourClock.playFromStart();
        }
    }

    private void show(Step step) {
        eventCard.setVisible(step != null && (step.kind() == Step.Kind.EVENT || step.kind() == Step.Kind.ESTIMATE));
        eraCard.setVisible(step != null && step.kind() == Step.Kind.ERA_TITLE);
        chartCard.setVisible(step != null && step.kind() == Step.Kind.CHART);
        emptyCard.setVisible(step == null);
        if (step == null) {
            return;
        }
        Locale locale = Formats.locale();
        eventPicture.show(null, null, () -> false);
        switch (step.kind()) {
            case EVENT -> {
                eventEra.setText(step.era() == null ? "" : step.era().title());
                eventTitle.setText(step.event().title());
                eventDate.setText(step.event().formatDate(locale, state.eraStyle()));
                eventText.setText(step.event().text());
                String note = step.event().correctionNote().map(n -> TEXTS.text("presentation.correction", n)).orElse("");
                eventNote.setText(note);
                eventNote.setVisible(!note.isEmpty());
                eventNote.setManaged(!note.isEmpty());
                stripe(eventEraStripe, step.era());
                eventPicture.show(step.event().picture(), state.getDatasetLocation(), state::isWebPictures);
            }
            case ERA_TITLE -> {
                eraTitle.setText(step.era().title());
                eraDates.setText(HistoricalDate.formatRange(step.era().start(), step.era().end(), locale, state.eraStyle()));
                eraSummary.setText(step.era().summary());
                stripe(eraStripe, step.era());
            }
            case CHART -> showCharts(step.era(), locale);
            case ESTIMATE -> showEstimate(step, locale);
        }
        timeline.zoomTo(Presentation.rangeFor(step, state.getDataset().span()));
        showMap(step);
        fitText();
        // Screen readers read the focused root: say what the class now sees.
        root.setAccessibleText(describe(step));

    }

    /**
     * With the map included, beside an event that happened somewhere: the shown events' places, those of other eras
     * faint, centred on the event's first place at a region's scale; beside an era's title card, fitted to its
     * events' places. Hidden for steps without a place.
     */
    private void showMap(Step step) {
        boolean event = step.kind() == Step.Kind.EVENT && !step.event().places().isEmpty();
        boolean era = step.kind() == Step.Kind.ERA_TITLE && state.getShownEvents().stream()
                .anyMatch(e -> step.era().id().equals(e.eraId()) && !e.places().isEmpty());
        boolean shown = presentation.includeMapProperty().get() && (event || era);
        if (map == null && !shown) {
            return;
        }
        MapView view = map();
        HBox card = step.kind() == Step.Kind.ERA_TITLE ? eraCard : eventCard;
        if (shown && view.getParent() != card) {
            ((HBox) view.getParent()).getChildren().remove(view);
            card.getChildren().add(view);
        }
        view.setVisible(shown);
        view.setManaged(shown);
        if (!shown) {
            return;
        }
        if (event) {
            Place place = step.event().places().get(0);
            view.getMarkers().setAll(Pictures.mapMarkers(state.getShownEvents(), state.getDataset(), null,
                    step.era()));
            view.setSelectedItem(step.event());
            view.centreOn(place.lat(), place.lon(), REGION_ZOOM);
        } else {
            view.getMarkers().setAll(Pictures.mapMarkers(state.getShownEvents().stream()
                    .filter(e -> step.era().id().equals(e.eraId())).toList(), state.getDataset(), null, null));
            view.setSelectedItem(null);
            view.fitToMarkers();
        }
    }

    private MapView map() {
        if (map == null) {
            map = new MapView();
            map.setId("presentation-map");
            map.getStyleClass().add("presentation-map");
            map.setFocusTraversable(false);
            map.setMinSize(0, 0);
            map.prefWidthProperty().bind(cards.widthProperty().multiply(MAP_SHARE));
            map.setMaxHeight(Double.MAX_VALUE);
            eventCard.getChildren().add(map);
        }
        return map;
    }

    /** An estimate on the event card: what it says, how it was made and who made it. */
    private void showEstimate(Step step, Locale locale) {
        Estimate estimate = step.estimate();
        eventEra.setText(step.era() == null ? TEXTS.text("presentation.estimate.kicker")
                : TEXTS.text("presentation.estimate.kicker.era", step.era().title()));
        eventTitle.setText(estimate.title());
        eventDate.setText(HistoricalDate.formatRange(estimate.start(), estimate.end(), locale));
        eventText.setText(TEXTS.text("presentation.estimate.text", EstimatesChart.figure(estimate)
                + (estimate.counts().isBlank() ? "" : " " + estimate.counts()), estimate.method()));
        String note = estimate.noteText().map(n -> TEXTS.text("presentation.estimate.source.note",
                estimate.source().name(), n)).orElse(TEXTS.text("presentation.estimate.source", estimate.source().name()));
        eventNote.setText(note);
        eventNote.setVisible(true);
        eventNote.setManaged(true);
        stripe(eventEraStripe, step.era());
    }

    /**
     * The chart step: every figure series of the dataset side by side, with the era shaded in its own colour
     * (the state's selected era is the same era, so the main window's chart shades it too).
     */
    private void showCharts(Era era, Locale locale) {
        chartTitle.setText(TEXTS.text("presentation.chart.title", era.title(),
                HistoricalDate.formatRange(era.start(), era.end(), locale, state.eraStyle())));
        List<FigureSeries> series = state.getDataset() == null ? List.of() : state.getDataset().series();
        if (chartsFor != state.getDataset()) {
            chartsFor = state.getDataset();
            HBox row = new HBox();
            row.getStyleClass().add("chart-row");
            for (FigureSeries s : series) {
                FiguresChart chart = new FiguresChart();
                chart.timeRightToLeftProperty().bind(state.timeRightToLeftProperty());
                chart.setSeries(s);
                chart.setColorIndex(series.indexOf(s));
                Label title = new Label(s.unit().isBlank() ? s.title()
                        : TEXTS.text("presentation.chart.unit", s.title(), s.unit()));
                title.getStyleClass().add("chart-title");
                title.setWrapText(true);
                VBox cell = new VBox(title, chart);
                cell.getStyleClass().add("chart-cell");
                VBox.setVgrow(chart, Priority.ALWAYS);
                HBox.setHgrow(cell, Priority.ALWAYS);
                cell.setMaxWidth(Double.MAX_VALUE);
                row.getChildren().add(cell);
            }
            chartHolder.getChildren().setAll(row);
        }
        for (Node cell : ((HBox) chartHolder.getChildren().get(0)).getChildren()) {
            FiguresChart chart = (FiguresChart) ((VBox) cell).getChildren().get(1);
            chart.setHighlightRange(era.range());
            chart.setHighlightColor(era.color());
            cell.setAccessibleText(TEXTS.text("presentation.chart.shaded", chart.getSeries().title(), era.title()));
        }
    }

    /** The share of the cards' width the map takes beside the text. */
    private static final double MAP_SHARE = 0.4;
    /** About a country's width across the map: Iraq and its neighbours around an event in Iraq. */
    private static final double REGION_ZOOM = 256 * Math.pow(2, 5.5);

    /** The share of the screen's height the timeline strip takes when that is more than its minimum. */
    private static final double TIMELINE_SHARE = 0.33;
    /** The share of the cards' width and height an event's picture may take; its caption and credit go under it. */
    private static final double PICTURE_SHARE = 0.4;
    private static final double PICTURE_HEIGHT_SHARE = 0.72;

    /** The smallest type a long text is shrunk to before it is cut, as a share of the presentation size. */
    private static final double MIN_TEXT_SCALE = 0.6;

    /**
     * Shrinks the shown card's type, in steps, until its text fits the space (a long event on a small projector),
     * so nothing is cut off; short texts keep the full size.
     */
    private void fitText() {
        HBox card = eventCard.isVisible() ? eventCard : eraCard.isVisible() ? eraCard : null;
        if (card == null || cards.getHeight() <= 0) {
            return;
        }
        VBox box = card == eventCard ? eventTextBox : eraTextBox;
        double available = cards.getHeight() - cards.getInsets().getTop() - cards.getInsets().getBottom();
        double scale = 1;
        box.setStyle("");
        box.applyCss();
        while (scale > MIN_TEXT_SCALE && box.prefHeight(textWidth(card, box)) > available) {
            scale -= 0.05;
            box.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.2fem;", scale));
            box.applyCss();
        }
    }

    private double textWidth(HBox card, VBox box) {
        double width = cards.getWidth() - cards.getInsets().getLeft() - cards.getInsets().getRight()
                - card.getSpacing() - card.getChildren().get(0).prefWidth(-1)
                - (card == eventCard && eventPicture.isVisible() ? eventPicture.getMaxPictureWidth()
                + card.getSpacing() : 0);
        if (map != null && map.isVisible() && map.getParent() == card) {
            width -= card.getSpacing() + map.prefWidth(-1);
        }
        return Math.min(width, box.getMaxWidth());
    }

    /** The era's own colour from the dataset: data, not theme, so it is set here rather than in CSS. */
    private static void stripe(Region stripe, Era era) {
        stripe.setVisible(era != null);
        stripe.setStyle(era == null ? "" : "-fx-background-color: " + era.color() + ";");
    }

    private String describe(Step step) {
        String what = switch (step.kind()) {
            case EVENT -> TEXTS.text("presentation.said.event", step.event().title(),
                    step.event().formatDate(Formats.locale(), state.eraStyle()));
            case ERA_TITLE -> TEXTS.text("presentation.said.era", step.era().title());
            case CHART -> TEXTS.text("presentation.said.chart", step.era().title());
            case ESTIMATE -> TEXTS.text("presentation.said.estimate", step.estimate().title(),
                    EstimatesChart.figure(step.estimate()));
        };
        return TEXTS.text("presentation.said", what, presentation.positionProperty().get());
    }
}
