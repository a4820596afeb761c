package org.timelineexplorer.css;

import javafx.css.CssMetaData;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.css.converter.FontConverter;
import javafx.css.converter.PaintConverter;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * The {@link CssMetaData} of a control's own CSS properties, each tied to the styleable property that holds its
 * value. A stylesheet sets the property unless code has bound it, as JavaFX's own controls behave.
 */
public final class CssProperties {

    private CssProperties() {
    }

    /**
     * The CSS property {@code name} of {@code S}, read by {@code converter}, that sets the property
     * {@code property} returns.
     *
     * @param initial the value when no stylesheet sets it
     */
    public static <S extends Styleable, V> CssMetaData<S, V> of(
            String name, StyleConverter<?, V> converter, V initial, Function<S, StyleableObjectProperty<V>> property) {
        return new CssMetaData<>(name, converter, initial) {
            @Override
            public boolean isSettable(S styleable) {
                return !property.apply(styleable).isBound();
            }

            @Override
            public StyleableProperty<V> getStyleableProperty(S styleable) {
                return property.apply(styleable);
            }
        };
    }

    /** A colour (any paint) property, black until a stylesheet sets it. */
    public static <S extends Styleable> CssMetaData<S, Paint> paint(
            String name, Function<S, StyleableObjectProperty<Paint>> property) {
        return of(name, PaintConverter.getInstance(), Color.BLACK, property);
    }

    /** A font property, {@code initial} until a stylesheet sets it. */
    public static <S extends Styleable> CssMetaData<S, Font> font(
            String name, Font initial, Function<S, StyleableObjectProperty<Font>> property) {
        return of(name, FontConverter.getInstance(), initial, property);
    }

    /** What a class's {@code getClassCssMetaData()} returns: its parent's properties, then its own, unmodifiable. */
    public static List<CssMetaData<? extends Styleable, ?>> after(List<CssMetaData<? extends Styleable, ?>> parents,
                                                                  List<CssMetaData<? extends Styleable, ?>> own) {
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(parents);
        all.addAll(own);
        return Collections.unmodifiableList(all);
    }
}
