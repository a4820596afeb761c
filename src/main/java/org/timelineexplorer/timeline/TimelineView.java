package org.timelineexplorer.timeline;

import javafx.animation.Interpolator;
import javafx.animation.Transition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.CssMetaData;
import javafx.css.PseudoClass;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.css.converter.FontConverter;
import javafx.css.converter.PaintConverter;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.util.Duration;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.EventSteps;
import org.timelineexplorer.model.TimeRange;
import org.timelineexplorer.model.TimelineEvent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A zoomable, pannable timeline of events and eras on a horizontal time axis.
 *
 * <p>The control knows nothing of the application state: an application sets its {@linkplain #eventsProperty()
 * events} and {@linkplain #erasProperty() eras} and binds {@link #visibleRangeProperty() visibleRange},
 * {@link #selectedEventProperty() selectedEvent} and {@link #selectedEraProperty() selectedEra} bidirectionally to
 * its own properties, so the timeline follows other views and they follow it.
 *
 * <p>Users zoom with the wheel (anchored at the pointer), a touchpad pinch or {@code +}/{@code -}, pan by dragging,
 * horizontal scrolling, {@code Shift}+wheel or {@code Shift}+{@code Left}/{@code Right}, fit everything with
 * {@code 0}, step through events with {@code Left}/{@code Right}/{@code Home}/{@code End} and open one with
 * {@code Enter}. {@code Ctrl} combinations are left alone for the application (its type size).
 *
 * <p>Looks come from the user-agent stylesheet {@code timeline-view.css}: colours are looked-up variables, the
 * canvas colours and label font are styleable properties ({@code -te-label-font}, {@code -te-background},
 * {@code -te-axis-color}, {@code -te-grid-color}, {@code -te-text-color}, {@code -te-event-color},
 * {@code -te-selected-color}, {@code -te-cluster-color}), and the {@code :presentation} pseudo-class gives large
 * type for a projector.
 */
public class TimelineView extends Control {

    private static final String DEFAULT_STYLE_CLASS = "timeline-view";
    private static final PseudoClass PRESENTATION = PseudoClass.getPseudoClass("presentation");

    /** How far beyond the full span the view may be zoomed out or panned, as a fraction of the span on each side. */
    private static final double SPAN_MARGIN = 0.04;
    /** The shortest zoom limits, in days, so that a dataset of a single day still leaves room to move. */
    private static final double SHORTEST_LIMITS = 60;
    /** How long a jump (fit all, zoom to an era, follow a selection) takes, so a class sees where it went. */
    public static final Duration JUMP_DURATION = Duration.millis(300);

    private final ObjectProperty<ObservableList<TimelineEvent>> events =
            new SimpleObjectProperty<>(this, "events", FXCollections.observableArrayList());
    private final ObjectProperty<ObservableList<Era>> eras =
            new SimpleObjectProperty<>(this, "eras", FXCollections.observableArrayList());
    private final ObjectProperty<TimeRange> visibleRange = new SimpleObjectProperty<>(this, "visibleRange",
            TimeRange.ofDays(java.time.LocalDate.of(2003, 1, 1), java.time.LocalDate.of(2020, 12, 31)));
    private final ObjectProperty<TimelineEvent> selectedEvent = new SimpleObjectProperty<>(this, "selectedEvent");
    private final ObjectProperty<Era> selectedEra = new SimpleObjectProperty<>(this, "selectedEra");
    private final ObjectProperty<Consumer<TimelineEvent>> onEventOpened =
            new SimpleObjectProperty<>(this, "onEventOpened");
    private final ReadOnlyObjectWrapper<TimeRange> fullSpan = new ReadOnlyObjectWrapper<>(this, "fullSpan");
    private final ObjectProperty<Locale> locale =
            new SimpleObjectProperty<>(this, "locale", Locale.getDefault(Locale.Category.FORMAT));
    private final BooleanProperty animated = new SimpleBooleanProperty(this, "animated", true);
    private final DoubleProperty outputScale = new SimpleDoubleProperty(this, "outputScale", 1);
    private final BooleanProperty presentation = new SimpleBooleanProperty(this, "presentation") {
        @Override
        protected void invalidated() {
            pseudoClassStateChanged(PRESENTATION, get());
        }
    };

    private final StyleableObjectProperty<Font> labelFont =
            new SimpleStyleableObjectProperty<>(StyleableProperties.LABEL_FONT, this, "labelFont", Font.font(15));
    private final StyleableObjectProperty<Paint> canvasBackground = paint(StyleableProperties.BACKGROUND,
            "canvasBackground", Color.WHITE);
    private final StyleableObjectProperty<Paint> axisColor = paint(StyleableProperties.AXIS_COLOR, "axisColor",
            Color.web("#222"));
    private final StyleableObjectProperty<Paint> gridColor = paint(StyleableProperties.GRID_COLOR, "gridColor",
            Color.web("#ddd"));
    private final StyleableObjectProperty<Paint> textColor = paint(StyleableProperties.TEXT_COLOR, "textColor",
            Color.web("#1a1a1a"));
    private final StyleableObjectProperty<Paint> eventColor = paint(StyleableProperties.EVENT_COLOR, "eventColor",
            Color.web("#1f4e9c"));
    private final StyleableObjectProperty<Paint> selectedColor = paint(StyleableProperties.SELECTED_COLOR,
            "selectedColor", Color.web("#c0392b"));
    private final StyleableObjectProperty<Paint> clusterColor = paint(StyleableProperties.CLUSTER_COLOR,
            "clusterColor", Color.web("#4a4a4a"));
    private final StyleableObjectProperty<Paint> clusterTextColor = paint(StyleableProperties.CLUSTER_TEXT_COLOR,
            "clusterTextColor", Color.WHITE);
    private final StyleableObjectProperty<Paint> focusColor = paint(StyleableProperties.FOCUS_COLOR,
            "focusColor", Color.TRANSPARENT);

    private Transition jump;
    private TimeRange jumpTarget;
    /** True while a jump sets the range; any other change of the range (another view, the user) ends the jump. */
    private boolean jumpStep;
    private final ListChangeListener<Object> spanListener = c -> updateFullSpan();
    private final ChangeListener<ObservableList<?>> listSwap = (obs, old, now) -> {
        if (old != null) {
            old.removeListener(spanListener);
        }
        if (now != null) {
            now.addListener(spanListener);
        }
        updateFullSpan();
    };

    /** An empty timeline. */
    public TimelineView() {
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.NODE);
        setAccessibleRoleDescription("timeline");
        setAccessibleHelp("Left and Right select the previous or next event, Enter opens it, plus and minus zoom, "
                + "0 shows everything, Shift with Left or Right moves in time.");
        accessibleTextProperty().bind(Bindings.createStringBinding(this::describeSelection, selectedEvent, locale));
        events.addListener(listSwap);
        eras.addListener(listSwap);
        events.get().addListener(spanListener);
        eras.get().addListener(spanListener);
        visibleRange.addListener(o -> {
            if (jump != null && !jumpStep) {
                stopAnimation();
            }
        });
        selectedEvent.addListener((obs, old, now) -> {
            if (now != null) {
                reveal(now);
            }
        });
        updateFullSpan();
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
            return "Timeline, no event selected";
        }
        return "Timeline, selected: " + e.title() + ", " + e.formatDate(getLocale());
    }

    private StyleableObjectProperty<Paint> paint(CssMetaData<TimelineView, Paint> meta, String name, Paint initial) {
        return new SimpleStyleableObjectProperty<>(meta, this, name, initial);
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

    private void updateFullSpan() {
        double start = Double.POSITIVE_INFINITY;
        double end = Double.NEGATIVE_INFINITY;
        for (TimelineEvent e : nonNull(getEvents())) {
            TimeRange r = e.range();
            start = Math.min(start, r.start());
            end = Math.max(end, r.end());
        }
        for (Era e : nonNull(getEras())) {
            TimeRange r = e.range();
            start = Math.min(start, r.start());
            end = Math.max(end, r.end());
        }
        fullSpan.set(start < end ? new TimeRange(start, end) : null);
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? Collections.emptyList() : list;
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
     * (at least {@value #SHORTEST_LIMITS} days), or {@code null} without data.
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

    /** A time scale for the current view at {@code width} pixels, with the zoom limits. */
    public TimeScale scale(double width) {
        return new TimeScale(getVisibleRange(), width, getZoomLimits());
    }

    // ----- navigation

    /** Shows everything, with a little room at the ends, animated. Does nothing without data. */
    public void fitAll() {
        TimeRange span = getFullSpan();
        if (span != null) {
            zoomTo(span.padded());
        }
    }

    /**
     * Moves the view to {@code target}, clamped to the zoom limits, animating over {@link #JUMP_DURATION} unless
     * {@linkplain #animatedProperty() animation} is off.
     */
    public void zoomTo(TimeRange target) {
        Objects.requireNonNull(target, "target");
        TimeRange to = new TimeScale(target, 1, getZoomLimits()).clamped().range();
        stopAnimation();
        TimeRange from = getVisibleRange();
        if (!isAnimated() || from == null || from.equals(to)) {
            setVisibleRange(to);
            return;
        }
        jumpTarget = to;
        jump = new Transition() {
            {
                setCycleDuration(JUMP_DURATION);
                setInterpolator(Interpolator.EASE_BOTH);
            }

            @Override
            protected void interpolate(double f) {
                double s = from.start() + (to.start() - from.start()) * f;
                double e = from.end() + (to.end() - from.end()) * f;
                jumpStep = true;
                try {
                    setVisibleRange(f >= 1 ? to : new TimeRange(s, Math.max(e, s + 1e-6)));
                } finally {
                    jumpStep = false;
                }
            }
        };
        jump.setOnFinished(ev -> {
            jump = null;
            jumpTarget = null;
        });
        jump.play();
    }

    /** Where a running jump will end, or {@code null} when the view is not animating. */
    public TimeRange getAnimationTarget() {
        return jumpTarget;
    }

    /** Stops a running jump where it is, as any direct zoom or pan by the user does. */
    public void stopAnimation() {
        if (jump != null) {
            jump.stop();
            jump = null;
            jumpTarget = null;
        }
    }

    /**
     * Zooms by {@code factor} (above one zooms in) keeping {@code anchorDay} where it is on screen, immediately
     * and within the limits.
     */
    public void zoom(double factor, double anchorDay) {
        stopAnimation();
        setVisibleRange(new TimeScale(getVisibleRange(), 1, getZoomLimits()).zoom(factor, anchorDay).range());
    }

    /** Moves the view by {@code days}, immediately and within the limits; positive values show later times. */
    public void pan(double days) {
        stopAnimation();
        TimeRange r = getVisibleRange();
        setVisibleRange(new TimeScale(r, r.length(), getZoomLimits()).pan(days).range());
    }

    /**
     * Brings {@code event} into view without changing the zoom, animated, when it is not already well inside the
     * view; zooms out to show it whole when it is longer than the view.
     */
    public void reveal(TimelineEvent event) {
        TimeRange view = jumpTarget != null ? jumpTarget : getVisibleRange();
        TimeRange r = event.range();
        double inset = view.length() * 0.05;
        if (r.start() >= view.start() + inset && r.start() <= view.end() - inset) {
            return;
        }
        if (r.length() > view.length() * 0.9) {
            zoomTo(r.expand(0.1));
        } else {
            zoomTo(view.shift(r.center() - view.center()));
        }
    }

    /**
     * Selects the event {@code steps} after the selected one (before it when negative) by the rule of
     * {@link EventSteps}: stopping at the ends, and with nothing selected starting from the events in view.
     */
    public void selectRelative(int steps) {
        List<TimelineEvent> list = nonNull(getEvents());
        int target = EventSteps.target(list, getSelectedEvent(), steps, getVisibleRange());
        if (target >= 0) {
            setSelectedEvent(list.get(target));
        }
    }

    /** Selects the first event in list order. */
    public void selectFirst() {
        List<TimelineEvent> list = nonNull(getEvents());
        if (!list.isEmpty()) {
            setSelectedEvent(list.get(0));
        }
    }

    /** Selects the last event in list order. */
    public void selectLast() {
        List<TimelineEvent> list = nonNull(getEvents());
        if (!list.isEmpty()) {
            setSelectedEvent(list.get(list.size() - 1));
        }
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

    /** The events shown, in date order (set it to the application's filtered, sorted list). */
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
     * The time range shown, in epoch days; 2003 to 2020 until set. Setting it from outside shows exactly that
     * range; the user's zooming and panning keep it between a week and the {@linkplain #getZoomLimits() zoom
     * limits}.
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

    /** The highlighted event; when it changes to one out of view, the view moves to it. */
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

    // ----- CSS

    private static final class StyleableProperties {
        static final CssMetaData<TimelineView, Font> LABEL_FONT =
                new CssMetaData<>("-te-label-font", FontConverter.getInstance(), Font.font(15)) {
                    @Override
                    public boolean isSettable(TimelineView v) {
                        return !v.labelFont.isBound();
                    }

                    @Override
                    public StyleableProperty<Font> getStyleableProperty(TimelineView v) {
                        return v.labelFont;
                    }
                };
        static final CssMetaData<TimelineView, Paint> BACKGROUND = paint("-te-background", v -> v.canvasBackground);
        static final CssMetaData<TimelineView, Paint> AXIS_COLOR = paint("-te-axis-color", v -> v.axisColor);
        static final CssMetaData<TimelineView, Paint> GRID_COLOR = paint("-te-grid-color", v -> v.gridColor);
        static final CssMetaData<TimelineView, Paint> TEXT_COLOR = paint("-te-text-color", v -> v.textColor);
        static final CssMetaData<TimelineView, Paint> EVENT_COLOR = paint("-te-event-color", v -> v.eventColor);
        static final CssMetaData<TimelineView, Paint> SELECTED_COLOR =
                paint("-te-selected-color", v -> v.selectedColor);
        static final CssMetaData<TimelineView, Paint> CLUSTER_COLOR = paint("-te-cluster-color", v -> v.clusterColor);
        static final CssMetaData<TimelineView, Paint> CLUSTER_TEXT_COLOR =
                paint("-te-cluster-text-color", v -> v.clusterTextColor);
        static final CssMetaData<TimelineView, Paint> FOCUS_COLOR = paint("-te-focus-color", v -> v.focusColor);

        static final List<CssMetaData<? extends Styleable, ?>> ALL;

        static {
            List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Control.getClassCssMetaData());
            all.addAll(List.of(LABEL_FONT, BACKGROUND, AXIS_COLOR, GRID_COLOR, TEXT_COLOR, EVENT_COLOR,
                    SELECTED_COLOR, CLUSTER_COLOR, CLUSTER_TEXT_COLOR, FOCUS_COLOR));
            ALL = Collections.unmodifiableList(all);
        }

        private static CssMetaData<TimelineView, Paint> paint(String name,
                                                              Function<TimelineView, StyleableObjectProperty<Paint>> p) {
            return new CssMetaData<>(name, PaintConverter.getInstance(), Color.BLACK) {
                @Override
                public boolean isSettable(TimelineView v) {
                    return !p.apply(v).isBound();
                }

                @Override
                public StyleableProperty<Paint> getStyleableProperty(TimelineView v) {
                    return p.apply(v);
                }
            };
        }
    }

    /** The CSS properties of the class, for tools and subclasses. */
    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return StyleableProperties.ALL;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }
}
