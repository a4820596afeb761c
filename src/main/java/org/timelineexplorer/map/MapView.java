package org.timelineexplorer.map;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.map.impl.MapViewSkin;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A map of {@linkplain MapMarker markers} on the world's countries, drawn on one canvas in the
 * {@linkplain WebMercator Web Mercator} projection. Markers at one place are gathered into one with their count,
 * markers too close to tell apart at the zoom into one cluster with theirs; labels never cover each other (the
 * selected marker's first, then those not muted, then those that stand for more). Knows nothing of what the
 * markers stand for: clicking one makes its {@link MapMarker#item() item} the {@link #selectedItemProperty()
 * selected item}, and selecting an item from outside draws its marker highlighted and brings it into view.
 * <p>
 * The wheel zooms at the pointer, a drag pans, and with the focus {@code +}/{@code -} zoom, the arrows pan and
 * {@code 0} fits the markers. It starts fitted to where most markers are (the outlying tenth on each side left out,
 * so that a few far places do not shrink the rest to a dot), and {@link #fitToMarkers()} fits again. Colours and
 * the label font are CSS ({@code map-view.css} beside this class).
 */
public class MapView extends Control {

    private static final Messages TEXTS = Messages.of(MapView.class);

    /** How far one key press or {@link #zoom(double)} step of the keyboard zooms. */
    public static final double ZOOM_STEP = 1.5;

    private final ObservableList<MapMarker> markers = FXCollections.observableArrayList();
    private final ObjectProperty<Object> selectedItem = new SimpleObjectProperty<>(this, "selectedItem");
    private final ObjectProperty<MapViewport> viewport = new SimpleObjectProperty<>(this, "viewport");
    private final ObjectProperty<WorldOutlines> outlines =
            new SimpleObjectProperty<>(this, "outlines", WorldOutlines.naturalEarth());
    private final DoubleProperty outputScale = new SimpleDoubleProperty(this, "outputScale", 1);
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", Messages.locale());
    private final ObjectProperty<Map<MapAction, List<KeyCombination>>> keys =
            new SimpleObjectProperty<>(this, "keys", defaultKeys());
    private boolean fitPending = true;

    private final StyleableObjectProperty<Font> labelFont =
            new SimpleStyleableObjectProperty<>(MapCss.LABEL_FONT, this, "labelFont", Font.font(15));
    private final StyleableObjectProperty<Paint> seaColor =
            MapCss.colour(this, MapCss.SEA, "seaColor", Color.web("#dceaf4"));
    private final StyleableObjectProperty<Paint> landColor =
            MapCss.colour(this, MapCss.LAND, "landColor", Color.web("#f4f1ea"));
    private final StyleableObjectProperty<Paint> coastColor =
            MapCss.colour(this, MapCss.COAST, "coastColor", Color.web("#5b7f99"));
    private final StyleableObjectProperty<Paint> riverColor =
            MapCss.colour(this, MapCss.RIVER, "riverColor", Color.web("#3d8fd1"));
    private final StyleableObjectProperty<Paint> borderColor =
            MapCss.colour(this, MapCss.BORDER, "borderColor", Color.web("#a39e93"));
    private final StyleableObjectProperty<Paint> textColor =
            MapCss.colour(this, MapCss.TEXT, "textColor", Color.web("#161616"));
    private final StyleableObjectProperty<Paint> haloColor =
            MapCss.colour(this, MapCss.HALO, "haloColor", Color.WHITE);
    private final StyleableObjectProperty<Paint> selectedColor =
            MapCss.colour(this, MapCss.SELECTED, "selectedColor", Color.web("#c8102e"));
    private final StyleableObjectProperty<Paint> clusterColor =
            MapCss.colour(this, MapCss.CLUSTER, "clusterColor", Color.web("#4d4d4d"));
    private final StyleableObjectProperty<Paint> clusterTextColor =
            MapCss.colour(this, MapCss.CLUSTER_TEXT, "clusterTextColor", Color.WHITE);
    private final StyleableObjectProperty<Paint> focusColor =
            MapCss.colour(this, MapCss.FOCUS, "focusColor", Color.TRANSPARENT);

    public MapView() {
        getStyleClass().add("map-view");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setAccessibleText(TEXTS.text("map.name"));
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new MapViewSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return Objects.requireNonNull(MapView.class.getResource("map-view.css")).toExternalForm();
    }

    /** The markers drawn, in any order; replace them with {@code setAll} in one change. */
    public ObservableList<MapMarker> getMarkers() {
        return markers;
    }

    /** The item of the highlighted marker; a click on a marker sets it, and setting it brings its marker into view. */
    public ObjectProperty<Object> selectedItemProperty() {
        return selectedItem;
    }

    public Object getSelectedItem() {
        return selectedItem.get();
    }

    public void setSelectedItem(Object item) {
        selectedItem.set(item);
    }

    /** What the map shows; {@code null} until it is first laid out, when it is fitted to the markers. */
    public ObjectProperty<MapViewport> viewportProperty() {
        return viewport;
    }

    public MapViewport getViewport() {
        return viewport.get();
    }

    public void setViewport(MapViewport value) {
        viewport.set(value);
    }

    /** The countries drawn; Natural Earth's by default. */
    public ObjectProperty<WorldOutlines> outlinesProperty() {
        return outlines;
    }

    public WorldOutlines getOutlines() {
        return outlines.get();
    }

    /**
     * How many pixels the map draws per layout pixel, for pictures at 2× or 3× that are as sharp as their text; 1
     * by default. Values below 1, and NaN, count as 1.
     */
    public DoubleProperty outputScaleProperty() {
        return outputScale;
    }

    public double getOutputScale() {
        return outputScale.get() >= 1 ? outputScale.get() : 1;
    }

    public void setOutputScale(double value) {
        outputScale.set(value);
    }

    /** Fits the view to the markers at the next layout (the whole world when there are none). */
    public void fitToMarkers() {
        fitPending = true;
        requestLayout();
    }

    /**
     * Whether a fit is due, and from now on not: the skin asks once it knows the map's size, and fits.
     */
    public boolean takeFitRequest() {
        boolean due = fitPending || viewport.get() == null;
        fitPending = false;
        return due;
    }

    /** Zooms by {@code factor} (above 1: in) about the centre of the view. */
    public void zoom(double factor) {
        MapViewport now = viewport.get();
        if (now != null) {
            viewport.set(now.zoomAt(factor, getWidth() / 2, getHeight() / 2, getWidth(), getHeight()));
        }
    }

    /** Pans by {@code dx}, {@code dy} pixels: positive shows what lies east and south. */
    public void pan(double dx, double dy) {
        MapViewport now = viewport.get();
        if (now != null) {
            viewport.set(now.panBy(dx, dy));
        }
    }

    /** Centres the view on the place, at {@code zoom} pixels per world width, or at the zoom it has if NaN. */
    public void centreOn(double lat, double lon, double zoom) {
        MapViewport now = viewport.get();
        double z = Double.isNaN(zoom) ? (now == null ? MapViewport.MIN_ZOOM : now.zoom()) : zoom;
        fitPending = false;
        viewport.set(new MapViewport(WebMercator.x(lon), WebMercator.y(lat), z));
    }

    /**
     * The map's own keys: {@code +}/{@code -} zoom, the arrows pan, {@code 0} fits the markers. None uses
     * {@code Ctrl}, which is left to the application.
     */
    public static Map<MapAction, List<KeyCombination>> defaultKeys() {
        Map<MapAction, List<KeyCombination>> keys = new EnumMap<>(MapAction.class);
        keys.put(MapAction.ZOOM_IN, List.of(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHIFT_ANY),
                new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHIFT_ANY), new KeyCodeCombination(KeyCode.ADD)));
        keys.put(MapAction.ZOOM_OUT, List.of(new KeyCodeCombination(KeyCode.MINUS),
                new KeyCodeCombination(KeyCode.SUBTRACT)));
        keys.put(MapAction.PAN_WEST, List.of(new KeyCodeCombination(KeyCode.LEFT)));
        keys.put(MapAction.PAN_EAST, List.of(new KeyCodeCombination(KeyCode.RIGHT)));
        keys.put(MapAction.PAN_NORTH, List.of(new KeyCodeCombination(KeyCode.UP)));
        keys.put(MapAction.PAN_SOUTH, List.of(new KeyCodeCombination(KeyCode.DOWN)));
        keys.put(MapAction.FIT_MARKERS, List.of(new KeyCodeCombination(KeyCode.DIGIT0),
                new KeyCodeCombination(KeyCode.NUMPAD0)));
        return Map.copyOf(keys);
    }

    /**
     * Which keys do what while the map has the focus; {@link #defaultKeys()} unless an application that lists its
     * keys in a table of its own hands the map that table's, so the two cannot drift apart. An action left out
     * has no key.
     */
    public ObjectProperty<Map<MapAction, List<KeyCombination>>> keysProperty() {
        return keys;
    }

    public void setKeys(Map<MapAction, List<KeyCombination>> value) {
        keys.set(Map.copyOf(value));
    }

    /** The action a key press asks for, by {@link #keysProperty()}. */
    public Optional<MapAction> actionFor(KeyEvent event) {
        return keys.get().entrySet().stream()
                .filter(binding -> binding.getValue().stream().anyMatch(key -> key.match(event)))
                .map(Map.Entry::getKey).findFirst();
    }

    /**
     * The locale the counts on clustered markers are written in ("12", "١٢" in Iraq's digits); the language in use
     * when the map was made ({@link Messages#locale()}) by default.
     */
    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale getLocale() {
        return locale.get() == null ? Messages.locale() : locale.get();
    }

    public void setLocale(Locale value) {
        locale.set(value);
    }

    /** "Map data: Natural Earth": the credit the map's outlines ask for, in the language in use. */
    public static String credit() {
        return TEXTS.text("map.credit");
    }

    /** The font of the labels and counts, {@code -te-label-font}. */
    public StyleableObjectProperty<Font> labelFontProperty() {
        return labelFont;
    }

    public Font getLabelFont() {
        return labelFont.get();
    }

    /** The sea, behind everything, {@code -te-sea-color}. */
    public StyleableObjectProperty<Paint> seaColorProperty() {
        return seaColor;
    }

    /** The countries' fill, {@code -te-land-color}. */
    public StyleableObjectProperty<Paint> landColorProperty() {
        return landColor;
    }

    public Paint getLandColor() {
        return landColor.get();
    }

    /** Coastlines, {@code -te-coast-color}. */
    public StyleableObjectProperty<Paint> coastColorProperty() {
        return coastColor;
    }

    /** The large rivers, {@code -te-river-color}. */
    public StyleableObjectProperty<Paint> riverColorProperty() {
        return riverColor;
    }

    /** Borders between countries, {@code -te-border-color}. */
    public StyleableObjectProperty<Paint> borderColorProperty() {
        return borderColor;
    }

    /** Labels, {@code -te-text-color}. */
    public StyleableObjectProperty<Paint> textColorProperty() {
        return textColor;
    }

    /** The outline that keeps labels readable over borders and coasts, {@code -te-halo-color}. */
    public StyleableObjectProperty<Paint> haloColorProperty() {
        return haloColor;
    }

    /** The ring round the selected marker, {@code -te-selected-color}. */
    public StyleableObjectProperty<Paint> selectedColorProperty() {
        return selectedColor;
    }

    /** Markers that gather several places, {@code -te-cluster-color}. */
    public StyleableObjectProperty<Paint> clusterColorProperty() {
        return clusterColor;
    }

    /** The counts on markers, {@code -te-cluster-text-color}. */
    public StyleableObjectProperty<Paint> clusterTextColorProperty() {
        return clusterTextColor;
    }

    /** The focus ring the canvas paints, {@code -te-focus-color}: transparent unless {@code :focused}. */
    public StyleableObjectProperty<Paint> focusColorProperty() {
        return focusColor;
    }

    /** The CSS properties of the class, for tools and subclasses. */
    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return MapCss.ALL;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }
}
