package org.timelineexplorer.ui;

import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.scene.control.ToggleButton;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;
import org.timelineexplorer.color.Contrast;
import org.timelineexplorer.css.CssProperties;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An era's button in the navigator, in the era's colour with black or white text, whichever reads better on it.
 * Buttons share the bar's width and wrap their titles, but only between words: its minimum width is that of the
 * title's longest word, at the current type size, so "occupation" never breaks into "occupatio" and "n" when the
 * teacher makes the type larger.
 *
 * <p>Where the era's colour would melt into the page behind the button (a black era on the dark theme), the button
 * has an edge that stands out from it, as the timeline's band does: the stylesheet tells the page's colour through
 * {@code -te-page-color}, and the button sets {@code -te-era-color}, {@code -te-era-text} and {@code -te-era-edge}
 * for the stylesheet to paint with.
 */
public final class EraButton extends ToggleButton {

    private static final CssMetaData<EraButton, Paint> PAGE_COLOR =
            CssProperties.paint("-te-page-color", EraButton::pageColorProperty);
    private static final List<CssMetaData<? extends Styleable, ?>> CSS =
            CssProperties.after(ToggleButton.getClassCssMetaData(), List.of(PAGE_COLOR));

    private final String eraColor;
    private final StyleableObjectProperty<Paint> pageColor =
            new SimpleStyleableObjectProperty<>(PAGE_COLOR, this, "pageColor", Color.WHITE);

    /** @param eraColor the era's colour as the dataset writes it, a CSS colour such as {@code #0072B2} */
    public EraButton(String title, String eraColor) {
        super(title);
        this.eraColor = eraColor;
        setWrapText(true);
        setPrefWidth(0);
        setMaxWidth(Double.MAX_VALUE);
        setMaxHeight(Double.MAX_VALUE);
        pageColor.addListener((obs, old, page) -> showColours());
        showColours();
    }

    /** The colour of the page behind the button, {@code -te-page-color}, which its edge stands out from. */
    public StyleableObjectProperty<Paint> pageColorProperty() {
        return pageColor;
    }

    private void showColours() {
        setStyle("-te-era-color: " + eraColor + "; -te-era-text: " + textColorFor(eraColor) + "; -te-era-edge: "
                + edgeColorFor(eraColor, pageColor.get()) + ";");
    }

    @Override
    protected double computeMinWidth(double height) {
        Text probe = new Text();
        probe.setFont(getFont());
        double widest = 0;
        for (String word : getText().split("\\s+")) {
            probe.setText(word);
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        // A pixel to spare: the label's own rounding would otherwise put a long word's last letter on a line alone.
        return snapSizeX(widest) + 1 + snappedLeftInset() + snappedRightInset();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return CSS;
    }

    /**
     * Black or white, whichever contrasts more with {@code cssColor} by WCAG, as the timeline's era bands choose;
     * black for a colour that does not parse.
     */
    public static String textColorFor(String cssColor) {
        return parse(cssColor).map(c -> Contrast.blackReadsBetter(c.getRed(), c.getGreen(), c.getBlue())
                ? "black" : "white").orElse("black");
    }

    /**
     * The edge of a button in {@code cssColor} on {@code page}, by {@link Contrast#edge}: the era's own colour where
     * it shows on the page by itself; transparent for a colour that does not parse or a page that is no colour.
     */
    static String edgeColorFor(String cssColor, Paint page) {
        Optional<Color> era = parse(cssColor);
        if (era.isEmpty() || !(page instanceof Color background)) {
            return "transparent";
        }
        double[] edge = Contrast.edge(new double[] {era.get().getRed(), era.get().getGreen(), era.get().getBlue()},
                new double[] {background.getRed(), background.getGreen(), background.getBlue()});
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(edge[0] * 255), Math.round(edge[1] * 255),
                Math.round(edge[2] * 255));
    }

    private static Optional<Color> parse(String cssColor) {
        try {
            return Optional.of(Color.web(cssColor));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
