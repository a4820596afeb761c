package org.timelineexplorer.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No text a user reads is written in the code: every one comes from a bundle, so that it exists in every language.
 * The scan looks where such texts are set (FXML's {@code text}, {@code promptText}, {@code accessibleText} and
 * {@code title} attributes; Java's {@code setText("…")}, {@code new Label("…")} and their kind) for a string literal
 * with a letter in it. It cannot see a text built elsewhere and passed in; {@code BundlesTest} and the robot tests in
 * French and Arabic catch those.
 */
class NoLiteralTextTest {

    private static final Path SOURCES = Path.of("src/main");

    private static final Pattern JAVA = Pattern.compile("(?:\\.set(?:Text|PromptText|AccessibleText|AccessibleHelp"
            + "|Title|HeaderText|ContentText|Placeholder)|new (?:Label|Button|MenuItem|CheckMenuItem|RadioMenuItem|Menu"
            + "|Tooltip|Tab|TitledPane|Hyperlink|CheckBox|ToggleButton|RadioButton|ButtonType|Text"
            + "|(?:FileChooser\\.)?ExtensionFilter))"
            + "\\(\\s*\"([^\"]*)\"");

    /** An attribute whose value is not a {@code %key} of the bundle nor a {@code ${…}} binding. */
    private static final Pattern FXML = Pattern.compile("\\b(?:text|promptText|accessibleText|title)=\"([^\"%$][^\"]*)\"");

    /**
     * Literals that are not words of any language, each with why: a line's file and its text, as the scan reports.
     */
    private static final Set<String> ALLOWED = Set.of();

    @Test
    void noViewSetsALiteralText() {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(file -> file.toString().endsWith(".java") || file.toString().endsWith(".fxml"))
                    .sorted().forEach(file -> found.addAll(literalTexts(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.removeAll(ALLOWED);
        assertEquals(List.of(), found, "texts written in the code instead of a bundle");
    }

    /** The scan itself finds what it must, so that an empty result means something. */
    @Test
    void theScanFindsALiteralInJavaAndInFxml() {
        assertTrue(JAVA.matcher("menu.getItems().add(new MenuItem(\"Quit\"));").find());
        assertTrue(JAVA.matcher("label.setText( \"No events\");").find());
        assertTrue(FXML.matcher("<Button text=\"Open\"/>").find());
        assertFalse(FXML.matcher("<Button text=\"%open\"/>").find());
        assertFalse(JAVA.matcher("label.setText(TEXTS.text(\"open\"));").find());
    }

    private static List<String> literalTexts(Path file) {
        Pattern pattern = file.toString().endsWith(".java") ? JAVA : FXML;
        List<String> found = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(file);
            for (String line : lines) {
                Matcher matcher = pattern.matcher(line);
                while (matcher.find()) {
                    if (matcher.group(1).chars().anyMatch(Character::isLetter)) {
                        found.add(SOURCES.relativize(file) + ": " + matcher.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
