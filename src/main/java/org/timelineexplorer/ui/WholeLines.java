package org.timelineexplorer.ui;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

import java.util.Map;
import java.util.Objects;

/**
 * Wraps Arabic text at the ends of its lines ourselves, so that JavaFX never has to break a line inside a run of
 * Arabic.
 *
 * <p>Why: OpenJFX 21 on Linux draws such a line wrong. When it wraps a run of complex text (Arabic, which it shapes
 * with Pango) it cuts the run in two and shapes the first half again, but {@code PangoGlyphLayout} keeps the UTF-8
 * copy of each run it was given, keyed by the run, and the cut run is the same object, shorter: the first half is
 * shaped from the whole run's copy and its line paints every glyph of the run, over the neighbouring controls, and
 * the words of the next line twice ("…منذ عام" over "عام 2003"). OpenJFX's current sources still have both halves of
 * it, and releases after 21 need Java 21, so no version change helps. Lines that end at a line break are separate
 * runs from the start and are drawn right, so this puts a line break where the wrapping would break each line, at a
 * space; the label's own text, and so its preferred size, stay as they were. Text without a complex script is left
 * alone, so English and French wrap exactly as before.
 */
public final class WholeLines {

    private static final String SOURCE = WholeLines.class.getName() + ".source";
    private static final String SHOWN = WholeLines.class.getName() + ".shown";
    private static final String WATCHED = WholeLines.class.getName() + ".watched";

    private WholeLines() {
    }

    /**
     * Keeps every wrapped text of {@code scene} broken into whole lines, in whatever root it shows now or later: each
     * text node with a wrapping width (the text of a wrapped label, button or list cell) shows its text with a line
     * break wherever that width would break a line.
     */
    public static void keep(Scene scene) {
        scene.rootProperty().subscribe(WholeLines::watchTree);
    }

    /** Watches {@code node}, and every node under it, now and as they are added. */
    private static void watchTree(Node node) {
        if (node instanceof Text text) {
            watch(text);
        } else if (node instanceof Parent parent && parent.getProperties().putIfAbsent(WATCHED, true) == null) {
            parent.getChildrenUnmodifiable().forEach(WholeLines::watchTree);
            parent.getChildrenUnmodifiable().addListener((ListChangeListener<Node>) change -> {
                while (change.next()) {
                    change.getAddedSubList().forEach(WholeLines::watchTree);
                }
            });
        }
    }

    /**
     * {@code text} with each space where a line of {@code wrappingWidth} in {@code font} would wrap replaced by a line
     * break; {@code text} itself when it has no complex script or no width to wrap at. A word wider than the width
     * stays whole on its line.
     */
    public static String brokenIntoLines(String text, Font font, double wrappingWidth) {
        if (text == null || wrappingWidth <= 0 || !hasComplexScript(text)) {
            return text;
        }
        Text probe = new Text();
        probe.setFont(font);
        StringBuilder lines = new StringBuilder();
        for (String paragraph : text.split("\n", -1)) {
            if (!lines.isEmpty()) {
                lines.append('\n');
            }
            String line = null;
            for (String word : paragraph.split(" ", -1)) {
                if (line == null) {
                    line = word;
                } else if (widthOf(probe, line + " " + word) > wrappingWidth) {
                    lines.append(line).append('\n');
                    line = word;
                } else {
                    line = line + " " + word;
                }
            }
            lines.append(line);
        }
        return lines.toString();
    }

    /** Letters of a script JavaFX shapes as complex text: anything but Latin, Greek, Cyrillic, digits and signs. */
    static boolean hasComplexScript(String text) {
        return text.codePoints().mapToObj(Character.UnicodeScript::of).anyMatch(script ->
                script != Character.UnicodeScript.COMMON && script != Character.UnicodeScript.INHERITED
                        && script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.GREEK
                        && script != Character.UnicodeScript.CYRILLIC);
    }

    private static double widthOf(Text probe, String line) {
        probe.setText(line);
        return probe.getLayoutBounds().getWidth();
    }

    private static void watch(Text text) {
        if (text.getProperties().containsKey(SOURCE)) {
            return;
        }
        text.getProperties().put(SOURCE, text.getText());
        InvalidationListener rebreak = o -> rebreak(text);
        text.textProperty().addListener(rebreak);
        text.wrappingWidthProperty().addListener(rebreak);
        text.fontProperty().addListener(rebreak);
        rebreak(text);
    }

    /**
     * Breaks the text the skin last gave the node: the node's text, unless that is what this class put there, which
     * is then broken again from the skin's own (the width or the font changed).
     */
    private static void rebreak(Text text) {
        if (!Platform.isFxApplicationThread()) {
            // Measuring lays text out, and JavaFX shapes complex text with one shaper (Pango on Linux) that is not
            // safe on two threads at once: a text changed off the FX thread, as a test may, is broken on it.
            Platform.runLater(() -> rebreak(text));
            return;
        }
        Map<Object, Object> properties = text.getProperties();
        String shown = text.getText();
        String source = Objects.equals(shown, properties.get(SHOWN)) ? (String) properties.get(SOURCE) : shown;
        String lines = brokenIntoLines(source, text.getFont(), text.getWrappingWidth());
        properties.put(SOURCE, source);
        properties.put(SHOWN, lines);
        if (!Objects.equals(lines, shown)) {
            text.setText(lines);
        }
    }
}
