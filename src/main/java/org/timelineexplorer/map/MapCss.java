package org.timelineexplorer.map;

import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.scene.control.Control;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import org.timelineexplorer.css.CssProperties;

import java.util.List;

import static org.timelineexplorer.css.CssProperties.paint;

/** The CSS properties of {@link MapView}: its label font and the colours its canvas paints with. */
final class MapCss {

    static final CssMetaData<MapView, Font> LABEL_FONT =
            CssProperties.font("-te-label-font", Font.font(15), MapView::labelFontProperty);
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

    static final List<CssMetaData<? extends Styleable, ?>> ALL = CssProperties.after(Control.getClassCssMetaData(),
            List.of(LABEL_FONT, SEA, LAND, COAST, RIVER, BORDER, TEXT, HALO, SELECTED, CLUSTER, CLUSTER_TEXT, FOCUS));

    private MapCss() {
    }

    static StyleableObjectProperty<Paint> colour(MapView view, CssMetaData<MapView, Paint> meta, String name,
                                                 Paint initial) {
        return new SimpleStyleableObjectProperty<>(meta, view, name, initial);
    }
}
