package org.timelineexplorer.timeline;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.css.CssMetaData;
import javafx.css.PseudoClass;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.geometry.NodeOrientation;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.input.KeyEvent;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.util.Duration;
import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.EraStyle;
import org.timelineexplorer.model.EventSteps;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.TimeRange;
import org.timelineexplorer.model.TimelineEvent;
import org.timelineexplorer.timeline.impl.TimelineViewSkin;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/**
 * A zoomable, pannable timeline of events and eras on a horizontal time axis.
 *
 * <p>The control knows nothing of the application state: an application sets its {@linkplain #eventsProperty()
 * events} and {@linkplain #erasProperty() eras} and binds {@link #visibleRangeProperty() visibleRange},
 * {@link #selectedEventProperty() selectedEvent} and {@link #selectedEraProperty() selectedEra} bidirectionally to
 * its own properties, so the timeline follows other views and they follow it. Until its range is set, a timeline
 * shows all of its data.
 *
 * <p>Users zoom with the wheel (anchored at the pointer), a touchpad pinch or the overview's edges, and pan by
 * dragging, horizontal scrolling, {@code Shift}+wheel or the overview's window: every gesture goes through
 * {@link #zoom}, {@link #pan} and {@link #zoomTo}. Keys do {@link TimelineAction}s by their
 * {@linkplain #keysProperty() bindings}, {@link TimelineKeys#defaults()} until the application hands over its own.
 *
 * <p>Looks come from the user-agent stylesheet {@code timeline-view.css}: colours are looked-up variables, the
 * canvas colours and label font are styleable properties ({@code -te-label-font}, {@code -te-background} and
 * the {@code -te-*-color}s), and the {@code :presentation} pseudo-class gives large type for a projector.
 *
 * <p>While {@linkplain #editableProperty() editable} (the {@code :editing} pseudo-class), the pointer edits instead
 * of panning where it presses on something: dragging an event moves it by whole steps of its date's precision,
 * dragging an era band's edge moves that edge, and a double click on an empty spot asks for an event there. The
 * control changes no data itself: it hands each finished drag to {@link #onEventDraggedProperty() onEventDragged}
 * or {@link #onEraEdgeDraggedProperty() onEraEdgeDragged}, and {@code Escape} during a drag cancels it.
 */
public class TimelineView extends Control {

    /** The texts the control shows and says, in the language in use: the bundles beside this class. */
    static final Messages TEXTS = Messages.of(TimelineView.class);

    private static final String DEFAULT_STYLE_CLASS = "timeline-view";
    private static final PseudoClass PRESENTATION = PseudoClass.getPseudoClass("presentation");
    private static final PseudoClass EDITING = PseudoClass.getPseudoClass("editing");

    /** How far beyond the full span the view may be zoomed out or panned, as a fraction of the span on each side. */
    private static final double SPAN_MARGIN = 0.04;
    /**
     * The shortest zoom limits, in days: two hours, so that a dataset of a single minute still leaves room to move,
     * and an afternoon's fills the overview strip.
     */
    private static final double SHORTEST_LIMITS = 2.0 / 24;
    /** How long a jump (fit all, zoom to an era, follow a selection) takes, so a class sees where it went. */
    public static final Duration JUMP_DURATION = Duration.millis(300);

    private final ObjectProperty<ObservableList<TimelineEvent>> events =
            new SimpleObjectProperty<>(this, "events", FXCollections.observableArrayList());
    private final ObjectProperty<ObservableList<Era>> eras =
            new SimpleObjectProperty<>(this, "eras", FXCollections.observableArrayList());
    private final ObjectProperty<TimeRange> visibleRange = new SimpleObjectProperty<>(this, "visibleRange");
    private final ObjectProperty<TimelineEvent> selectedEvent = new SimpleObjectProperty<>(this, "selectedEvent");
    private final ObjectProperty<Era> selectedEra = new SimpleObjectProperty<>(this, "selectedEra");
    private final ObjectProperty<Consumer<TimelineEvent>> onEventOpened =
            new SimpleObjectProperty<>(this, "onEventOpened");
    private final ObjectProperty<DoubleConsumer> onTimePicked = new SimpleObjectProperty<>(this, "onTimePicked");
    private final BooleanProperty editable = new SimpleBooleanProperty(this, "editable") {
        @Override
        protected void invalidated() {
            pseudoClassStateChanged(EDITING, get());
        }
    };
    private final ObjectProperty<BiConsumer<TimelineEvent, TimelineEvent>> onEventDragged =
            new SimpleObjectProperty<>(this, "onEventDragged");
    private final ObjectProperty<BiConsumer<Era, Era>> onEraEdgeDragged =
            new SimpleObjectProperty<>(this, "onEraEdgeDragged");
    private final ObjectProperty<Consumer<HistoricalDate>> onAddRequested =
            new SimpleObjectProperty<>(this, "onAddRequested");
    private final ReadOnlyObjectWrapper<TimeRange> fullSpan = new ReadOnlyObjectWrapper<>(this, "fullSpan");
    private final ObjectProperty<Locale> locale =
            new SimpleObjectProperty<>(this, "locale", Locale.getDefault(Locale.Category.FORMAT));
    private final ObjectProperty<EraStyle> eraStyle = new SimpleObjectProperty<>(this, "eraStyle", EraStyle.BC_AD);
    private final BooleanProperty animated = new SimpleBooleanProperty(this, "animated", true);
    private final BooleanProperty timeRightToLeft = new SimpleBooleanProperty(this, "timeRightToLeft");
    private final DoubleProperty outputScale = new SimpleDoubleProperty(this, "outputScale", 1);
    private final ObjectProperty<TimelineKeys> keys =
            new SimpleObjectProperty<>(this, "keys", TimelineKeys.defaults());
    private final BooleanProperty presentation = new SimpleBooleanProperty(this, "presentation") {
        @Override
        protected void invalidated() {
            pseudoClassStateChanged(PRESENTATION, get());
        }
    };

    private final StyleableObjectProperty<Font> labelFont =
            new SimpleStyleableObjectProperty<>(TimelineCss.LABEL_FONT, this, "labelFont", Font.font(15));
    private final StyleableObjectProperty<Paint> canvasBackground =
            TimelineCss.colour(this, TimelineCss.BACKGROUND, "canvasBackground", Color.WHITE);
    private final StyleableObjectProperty<Paint> axisColor =
            TimelineCss.colour(this, TimelineCss.AXIS_COLOR, "axisColor", Color.web("#222"));
    private final StyleableObjectProperty<Paint> gridColor =
            TimelineCss.colour(this, TimelineCss.GRID_COLOR, "gridColor", Color.web("#ddd"));
    private final StyleableObjectProperty<Paint> textColor =
            TimelineCss.colour(this, TimelineCss.TEXT_COLOR, "textColor", Color.web("#1a1a1a"));
    private final StyleableObjectProperty<Paint> eventColor =
            TimelineCss.colour(this, TimelineCss.EVENT_COLOR, "eventColor", Color.web("#1f4e9c"));
    private final StyleableObjectProperty<Paint> selectedColor =
            TimelineCss.colour(this, TimelineCss.SELECTED_COLOR, "selectedColor", Color.web("#c0392b"));
    private final StyleableObjectProperty<Paint> clusterColor =
            TimelineCss.colour(this, TimelineCss.CLUSTER_COLOR, "clusterColor", Color.web("#4a4a4a"));
    private final StyleableObjectProperty<Paint> clusterTextColor =
            TimelineCss.colour(this, TimelineCss.CLUSTER_TEXT_COLOR, "clusterTextColor", Color.WHITE);
    private final StyleableObjectProperty<Paint> focusColor =
            TimelineCss.colour(this, TimelineCss.FOCUS_COLOR, "focusColor", Color.TRANSPARENT);

    private final Navigation navigation = new Navigation(this);

    /** An empty timeline. */
    public TimelineView() {
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        setFocusTraversable(true);
        // Never mirrored by a right-to-left scene, which would mirror the canvas' text: see timeRightToLeft.
        setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        setAccessibleRole(AccessibleRole.NODE);
        setAccessibleRoleDescription(TEXTS.text("timeline.role"));
        // The locale too: an application that changes its language hands the timeline its new locale.
        accessibleHelpProperty().bind(Bindings.createStringBinding(() -> getKeys().describe(isTimeRightToLeft()), keys,
                locale, timeRightToLeft));
        accessibleTextProperty().bind(Bindings.createStringBinding(this::describeSelection, selectedEvent, locale, eraStyle));
        new DataSpan(events, eras, this::spanChanged);
        addEventHandler(KeyEvent.KEY_PRESSED, e -> getKeys().actionFor(e).ifPresent(action -> {
            perform(isTimeRightToLeft() && TimelineKeys.pointsAcross(e.getCode()) ? action.reversedInTime() : action);
            e.consume();
        }));
    }

    /** Convenience: a timeline showing {@code events} and {@code eras}. */
    public TimelineView(ObservableList<TimelineEvent> events, ObservableList<Era> eras) {
        this();
        setEvents(events);
        setEras(eras);
    }

    private String describeSelection() {
        TimelineEvent e = selectedEvent.get();
        if (e == null) {
            return TEXTS.text("timeline.nothing.selected");
        }
        return TEXTS.text("timeline.selected", e.title(), e.formatDate(getLocale(), getEraStyle()));
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineViewSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return Objects.requireNonNull(TimelineView.class.getResource("timeline-view.css")).toExternalForm();
    }

    // ----- span and limits

    private void spanChanged(TimeRange span) {
        if (!Objects.equals(span, fullSpan.get())) {
            fullSpan.set(span);
        }
        if (getVisibleRange() == null && span != null) {
            // Until the application says otherwise, a timeline shows what it has.
            visibleRange.set(span.padded());
        }
    }

    /**
     * The time covered by all events and eras together, from the first start to the last end; {@code null} while
     * there are none.
     */
    public ReadOnlyObjectProperty<TimeRange> fullSpanProperty() {
        return fullSpan.getReadOnlyProperty();
    }

    public TimeRange getFullSpan() {
        return fullSpan.get();
    }

    /**
     * The range that zooming and panning stay within: the full span with a margin of a few percent on each side
     * (at least two hours), or {@code null} without data.
     */
    public TimeRange getZoomLimits() {
        TimeRange span = getFullSpan();
        if (span == null) {
            return null;
        }
        TimeRange limits = span.expand(SPAN_MARGIN);
        if (limits.length() < SHORTEST_LIMITS) {
            limits = new TimeRange(span.center() - SHORTEST_LIMITS / 2, span.center() + SHORTEST_LIMITS / 2);
        }
        return limits;
    }

    /**
     * A time scale for the current view at {@code width} pixels, with the zoom limits; {@code null} while no range
     * is shown.
     */
    public TimeScale scale(double width) {
        TimeRange range = getVisibleRange();
        return range == null ? null : new TimeScale(range, width, getZoomLimits());
    }

    /**
     * The time, in epoch days, at {@code x} in the control's own coordinates (as a mouse or drag event reports it),
     * on the scale the timeline is drawn with; {@code NaN} while no range is shown. For an application that takes
     * something dropped onto the timeline at a time.
     */
    public double timeAt(double x) {
        double left = snappedLeftInset();
        TimeScale shown = scale(getWidth() - left - snappedRightInset());
        return shown == null ? Double.NaN : shown.xToTime(shown.screenX(x - left, isTimeRightToLeft()));
    }

    // ----- navigation

    /** Shows everything, with a little room at the ends, animated. Does nothing without data. */
    public void fitAll() {
        navigation.fitAll();
    }

    /**
     * Moves the view to {@code target}, clamped to the zoom limits, animating over {@link #JUMP_DURATION} unless
     * {@linkplain #animatedProperty() animation} is off.
     */
    public void zoomTo(TimeRange target) {
        navigation.zoomTo(target);
    }

    /** Where a running jump will end, or {@code null} when the view is not animating. */
    public TimeRange getAnimationTarget() {
        return navigation.jumpTarget();
    }

    /**
     * Zooms by {@code factor} (above one zooms in) keeping {@code anchorDay} where it is on screen, immediately
     * and within the limits: what the wheel, a pinch and the overview's edges do. Ends a running jump.
     */
    public void zoom(double factor, double anchorDay) {
        navigation.zoom(factor, anchorDay);
    }

    /**
     * Moves the view by {@code days}, immediately and within the limits; positive values show later times. What
     * dragging, horizontal scrolling and the overview's window do. Ends a running jump.
     */
    public void pan(double days) {
        navigation.pan(days);
    }

    /**
     * Does what a key bound to {@code action} asks. Keys zoom and pan animated, from where a jump under way is
     * heading, so that presses in quick succession add up; they step through events by the rule of
     * {@link EventSteps}, stopping at the ends and, with nothing selected, starting from the events in view.
     */
    public void perform(TimelineAction action) {
        navigation.perform(action);
    }

    /** Hands the selected event to the {@linkplain #onEventOpenedProperty() handler}, if both are set. */
    public void openSelected() {
        TimelineEvent e = getSelectedEvent();
        Consumer<TimelineEvent> handler = getOnEventOpened();
        if (e != null && handler != null) {
            handler.accept(e);
        }
    }

    /** Selects {@code era} and zooms to its range, animated. */
    public void selectEra(Era era) {
        setSelectedEra(era);
        if (era != null) {
            zoomTo(era.range());
        }
    }

    // ----- properties

    /**
     * The events shown, in date order: set it to the application's sorted list, whose edits the timeline then
     * takes one by one. A list out of date order is drawn too, sorted afresh at each change.
     */
    public ObjectProperty<ObservableList<TimelineEvent>> eventsProperty() {
        return events;
    }

    public ObservableList<TimelineEvent> getEvents() {
        return events.get();
    }

    public void setEvents(ObservableList<TimelineEvent> value) {
        events.set(value);
    }

    /** The eras drawn as coloured bands. */
    public ObjectProperty<ObservableList<Era>> erasProperty() {
        return eras;
    }

    public ObservableList<Era> getEras() {
        return eras.get();
    }

    public void setEras(ObservableList<Era> value) {
        eras.set(value);
    }

    /**
     * The time range shown, in epoch days. Until it is set, the whole span of the data with a little room at the
     * ends as soon as there is data, and {@code null} before. Setting it from outside shows exactly that range;
     * the user's zooming and panning keep it between a week and the {@linkplain #getZoomLimits() zoom limits}.
     */
    public ObjectProperty<TimeRange> visibleRangeProperty() {
        return visibleRange;
    }

    public TimeRange getVisibleRange() {
        return visibleRange.get();
    }

    public void setVisibleRange(TimeRange value) {
        visibleRange.set(Objects.requireNonNull(value, "visibleRange"));
    }

    /**
     * The highlighted event. When it changes to one out of view, the view moves to it without zooming, animated,
     * or zooms out to show it whole when it is longer than the view.
     */
    public ObjectProperty<TimelineEvent> selectedEventProperty() {
        return selectedEvent;
    }

    public TimelineEvent getSelectedEvent() {
        return selectedEvent.get();
    }

    public void setSelectedEvent(TimelineEvent value) {
        selectedEvent.set(value);
    }

    /** The highlighted era. Clicking an era's band selects it and zooms to it. */
    public ObjectProperty<Era> selectedEraProperty() {
        return selectedEra;
    }

    public Era getSelectedEra() {
        return selectedEra.get();
    }

    public void setSelectedEra(Era value) {
        selectedEra.set(value);
    }

    /** Called with the selected event when the user opens it ({@code Enter} or a double click). */
    public ObjectProperty<Consumer<TimelineEvent>> onEventOpenedProperty() {
        return onEventOpened;
    }

    public Consumer<TimelineEvent> getOnEventOpened() {
        return onEventOpened.get();
    }

    public void setOnEventOpened(Consumer<TimelineEvent> value) {
        onEventOpened.set(value);
    }

    /**
     * While set, a click on the timeline picks a time instead of selecting or zooming: the handler gets the time
     * under the pointer, in epoch days. Dragging, the wheel and the keys still move the view. For an application
     * that asks "when?"; {@code null} (clicks select) by default.
     */
    public ObjectProperty<DoubleConsumer> onTimePickedProperty() {
        return onTimePicked;
    }

    public DoubleConsumer getOnTimePicked() {
        return onTimePicked.get();
    }

    public void setOnTimePicked(DoubleConsumer value) {
        onTimePicked.set(value);
    }

    /**
     * Whether the pointer edits: pressing on an event or near an era band's edge and dragging moves it instead of
     * panning the view, and a double click on an empty spot asks for a new event there (see
     * {@link #onAddRequestedProperty()}). The keys, the wheel and dragging elsewhere work as ever. Sets the
     * {@code :editing} pseudo-class; false by default. While a time is being {@linkplain #onTimePickedProperty()
     * picked}, clicks pick and nothing is edited.
     */
    public BooleanProperty editableProperty() {
        return editable;
    }

    public boolean isEditable() {
        return editable.get();
    }

    public void setEditable(boolean value) {
        editable.set(value);
    }

    /**
     * Called when a drag in edit mode drops an event somewhere new, with the event and the same event at its new
     * dates: moved by whole steps of its start's precision ({@link TimelineEvent#movedBy}, so a month-precision
     * event moves by months and a span keeps its length) to where the pointer took its start. While the pointer
     * drags, the control draws where the event would land; the event itself moves only if the handler changes the
     * {@linkplain #eventsProperty() events}. {@code null} by default: events cannot be dragged.
     */
    public ObjectProperty<BiConsumer<TimelineEvent, TimelineEvent>> onEventDraggedProperty() {
        return onEventDragged;
    }

    public BiConsumer<TimelineEvent, TimelineEvent> getOnEventDragged() {
        return onEventDragged.get();
    }

    public void setOnEventDragged(BiConsumer<TimelineEvent, TimelineEvent> value) {
        onEventDragged.set(value);
    }

    /**
     * Called when a drag in edit mode drops an era band's left or right edge somewhere new, with the era and the same
     * era with its new start or end: moved by whole steps of that date's precision, and never so far that the era
     * would end before it starts. {@code null} by default: era edges cannot be dragged.
     */
    public ObjectProperty<BiConsumer<Era, Era>> onEraEdgeDraggedProperty() {
        return onEraEdgeDragged;
    }

    public BiConsumer<Era, Era> getOnEraEdgeDragged() {
        return onEraEdgeDragged.get();
    }

    public void setOnEraEdgeDragged(BiConsumer<Era, Era> value) {
        onEraEdgeDragged.set(value);
    }

    /**
     * Called when a double click in edit mode lands where there is no event, cluster or era, with the date under
     * the pointer: a day where a day is at least a pixel wide, else its month where a month is, else its year.
     * {@code null} by default, when such a double click zooms in as outside edit mode.
     */
    public ObjectProperty<Consumer<HistoricalDate>> onAddRequestedProperty() {
        return onAddRequested;
    }

    public Consumer<HistoricalDate> getOnAddRequested() {
        return onAddRequested.get();
    }

    public void setOnAddRequested(Consumer<HistoricalDate> value) {
        onAddRequested.set(value);
    }

    /** The locale of month and day names on the axis and of dates in tooltips; the format locale by default. */
    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale getLocale() {
        return locale.get() == null ? Locale.getDefault(Locale.Category.FORMAT) : locale.get();
    }

    public void setLocale(Locale value) {
        locale.set(value);
    }

    /** How the axis and the tooltips name years before AD 1: "44 BC" (the default) or "44 BCE". */
    public ObjectProperty<EraStyle> eraStyleProperty() {
        return eraStyle;
    }

    public EraStyle getEraStyle() {
        return eraStyle.get() == null ? EraStyle.BC_AD : eraStyle.get();
    }

    public void setEraStyle(EraStyle value) {
        eraStyle.set(value);
    }

    /**
     * Whether later time lies further left, as a reader of Arabic may expect; false by default. Everything follows:
     * events, eras, clusters, the axis, the overview and its window, the pointer (the content still follows a drag,
     * the time under the pointer stays there as the wheel zooms, edits and double clicks date what is under the
     * pointer) and the arrow keys, which move the way they point on screen, so that Left selects the next event.
     * Keys that are not arrows (Page Down, Home, End) keep their meaning in time. Labels stay readable and sit on
     * the other side of their marks: the control keeps {@link javafx.geometry.NodeOrientation#LEFT_TO_RIGHT} and
     * mirrors positions only, never glyphs.
     */
    public BooleanProperty timeRightToLeftProperty() {
        return timeRightToLeft;
    }

    public boolean isTimeRightToLeft() {
        return timeRightToLeft.get();
    }

    public void setTimeRightToLeft(boolean value) {
        timeRightToLeft.set(value);
    }

    /** Whether jumps animate; true by default. Turn it off for exports. */
    public BooleanProperty animatedProperty() {
        return animated;
    }

    public boolean isAnimated() {
        return animated.get();
    }

    public void setAnimated(boolean value) {
        animated.set(value);
    }

    /**
     * How many pixels the timeline draws per layout pixel, for pictures: a snapshot at 2× or 3× of a control drawn
     * at that scale is as sharp as its text, where one drawn at 1× would show its pixels enlarged. 1 by default;
     * a screen's own scale is JavaFX's business and needs no setting here. Values below 1, and NaN, count as 1.
     */
    public DoubleProperty outputScaleProperty() {
        return outputScale;
    }

    public double getOutputScale() {
        return outputScale.get();
    }

    public void setOutputScale(double value) {
        outputScale.set(value);
    }

    /**
     * Which keys do what while the timeline has the focus; {@link TimelineKeys#defaults()} until set. An
     * application with a table of its shortcuts sets that table's, so that the table tells the truth.
     */
    public ObjectProperty<TimelineKeys> keysProperty() {
        return keys;
    }

    public TimelineKeys getKeys() {
        return keys.get() == null ? TimelineKeys.defaults() : keys.get();
    }

    public void setKeys(TimelineKeys value) {
        keys.set(value);
    }

    /** Large type for a projector: sets the {@code :presentation} pseudo-class, which the stylesheet styles. */
    public BooleanProperty presentationProperty() {
        return presentation;
    }

    public boolean isPresentation() {
        return presentation.get();
    }

    public void setPresentation(boolean value) {
        presentation.set(value);
    }

    /** The font of all text the timeline draws, {@code -te-label-font}; 15 px by default. */
    public StyleableObjectProperty<Font> labelFontProperty() {
        return labelFont;
    }

    public Font getLabelFont() {
        return labelFont.get();
    }

    /** The timeline's background, {@code -te-background}. */
    public StyleableObjectProperty<Paint> canvasBackgroundProperty() {
        return canvasBackground;
    }

    /** Axis lines and tick labels, {@code -te-axis-color}. */
    public StyleableObjectProperty<Paint> axisColorProperty() {
        return axisColor;
    }

    /** Grid lines behind the events, {@code -te-grid-color}. */
    public StyleableObjectProperty<Paint> gridColorProperty() {
        return gridColor;
    }

    /** Event labels, {@code -te-text-color}. */
    public StyleableObjectProperty<Paint> textColorProperty() {
        return textColor;
    }

    /** Event markers and bars, {@code -te-event-color}. */
    public StyleableObjectProperty<Paint> eventColorProperty() {
        return eventColor;
    }

    /** The selected event's marker and outline, {@code -te-selected-color}. */
    public StyleableObjectProperty<Paint> selectedColorProperty() {
        return selectedColor;
    }

    /** Cluster markers, {@code -te-cluster-color}. */
    public StyleableObjectProperty<Paint> clusterColorProperty() {
        return clusterColor;
    }

    /** The counts written on cluster markers, {@code -te-cluster-text-color}. */
    public StyleableObjectProperty<Paint> clusterTextColorProperty() {
        return clusterTextColor;
    }

    /**
     * The focus ring, {@code -te-focus-color}: transparent by default and set under {@code :focused} by the
     * stylesheet. The skin paints it on the canvas, which costs far less per frame than a CSS border around a canvas
     * of a whole screen's size.
     */
    public StyleableObjectProperty<Paint> focusColorProperty() {
        return focusColor;
    }

    /** The CSS properties of the class, for tools and subclasses. */
    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return TimelineCss.ALL;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }
}
