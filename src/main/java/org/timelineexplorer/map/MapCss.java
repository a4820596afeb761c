package org.timelineexplorer.map;

import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.css.converter.FontConverter;
import javafx.css.converter.PaintConverter;
import javafx.scene.control.Control;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/** The CSS properties of {@link MapView}: its label font and the colours its canvas paints with. */
final class MapCss {

    static final CssMetaData<MapView, Font> LABEL_FONT =
            new CssMetaData<>("-te-label-font", FontConverter.getInstance(), Font.font(15)) {
                @Override
                public boolean isSettable(MapView v) {
                    return !v.labelFontProperty().isBound();
                }

                @Override
                public StyleableProperty<Font> getStyleableProperty(MapView v) {
                    return v.labelFontProperty();
                }
            };
    static final CssMetaData<MapView, Paint> SEA = paint("-te-sea-color", MapView::seaColorProperty);
    static final CssMetaData<MapView, Paint> LAND = paint("-te-land-color", MapView::landColorProperty);
    static final CssMetaData<MapView, Paint> COAST = paint("-te-coast-color", MapView::coastColorProperty);
    static final CssMetaData<MapView, Paint> RIVER = paint("-te-river-color", MapView::riverColorProperty);
    static final CssMetaData<MapView, Paint> BORDER = paint("-te-border-color", MapView::borderColorProperty);
    static final CssMetaData<MapView, Paint> TEXT = paint("-te-text-color", MapView::textColorProperty);
    static final CssMetaData<MapView, Paint> HALO = paint("-te-halo-color", MapView::haloColorProperty);
    static final CssMetaData<MapView, Paint> SELECTED = paint("-te-selected-color", MapView::selectedColorProperty);
    static final CssMetaData<MapView, Paint> CLUSTER = paint("-te-cluster-color", MapView::clusterColorProperty);
    static final CssMetaData<MapView, Paint> CLUSTER_TEXT =
            paint("-te-cluster-text-color", MapView::clusterTextColorProperty);
    static final CssMetaData<MapView, Paint> FOCUS = paint("-te-focus-color", MapView::focusColorProperty);

    static final List<CssMetaData<? extends Styleable, ?>> ALL;

    static {
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Control.getClassCssMetaData());
        all.addAll(List.of(LABEL_FONT, SEA, LAND, COAST, RIVER, BORDER, TEXT, HALO, SELECTED, CLUSTER, CLUSTER_TEXT, FOCUS));
        ALL = Collections.unmodifiableList(all);
    }

    private MapCss() {
    }

    static StyleableObjectProperty<Paint> colour(MapView view, CssMetaData<MapView, Paint> meta, String name,
                                                 Paint initial) {
        return new SimpleStyleableObjectProperty<>(meta, view, name, initial);
    }

    private static CssMetaData<MapView, Paint> paint(String name, Function<MapView, StyleableObjectProperty<Paint>> p) {
        return new CssMetaData<>(name, PaintConverter.getInstance(), Color.BLACK) {
            @Override
            public boolean isSettable(MapView v) {
                return !p.apply(v).isBound();
            }

            @Override
            public StyleableProperty<Paint> getStyleableProperty(MapView v) {
                return p.apply(v);
            }
        };
    }
}
