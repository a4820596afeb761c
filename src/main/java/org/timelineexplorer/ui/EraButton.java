package org.timelineexplorer.ui;

import javafx.scene.control.ToggleButton;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import org.timelineexplorer.color.Contrast;

/**
 * An era's button in the navigator. Buttons share the bar's width and wrap their titles, but only between words:
 * its minimum width is that of the title's longest word, at the current type size, so "occupation" never breaks
 * into "occupatio" and "n" when the teacher makes the type larger.
 */
public final class EraButton extends ToggleButton {

    public EraButton(String title) {
        super(title);
        setWrapText(true);
        setPrefWidth(0);
        setMaxWidth(Double.MAX_VALUE);
        setMaxHeight(Double.MAX_VALUE);
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

    /**
     * Black or white, whichever contrasts more with {@code cssColor} by WCAG, as the timeline's era bands choose;
     * black for a colour that does not parse.
     */
    public static String textColorFor(String cssColor) {
        Color color;
        try {
            color = Color.web(cssColor);
        } catch (IllegalArgumentException e) {
            return "black";
        }
        return Contrast.blackReadsBetter(color.getRed(), color.getGreen(), color.getBlue()) ? "black" : "white";
    }
}
