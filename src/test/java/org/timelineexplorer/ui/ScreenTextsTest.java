package org.timelineexplorer.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * No words of the window are written in its code: every text, prompt and accessible text of the {@code ui} views,
 * in FXML and in Java, comes from a bundle, so that it is there in every language. A literal with a letter in it,
 * given to a control's text, is a text a French or Arabic teacher would read in English.
 */
class ScreenTextsTest {

    private static final Path JAVA = Path.of("src/main/java/org/timelineexplorer/ui");
    private static final Path FXML = Path.of("src/main/resources/org/timelineexplorer/ui");

    /** A control made with, or given, a literal text that has a letter in it. */
    private static final Pattern JAVA_TEXT = Pattern.compile("(new (Label|Button|MenuItem|Menu|CheckMenuItem"
            + "|RadioMenuItem|Tooltip|Hyperlink|CheckBox|RadioButton|ToggleButton|ButtonType)\\(|\\.set(Text|Title"
            + "|HeaderText|ContentText|PromptText|AccessibleText|Placeholder)\\()\"[^\"]*\\p{L}");

    /** An FXML text that is not a {@code %key} of the bundle. */
    private static final Pattern FXML_TEXT = Pattern.compile(" (text|promptText|accessibleText)=\"[^%\"][^\"]*\"");

    @Test
    void theViewsJavaGivesNoControlALiteralText() throws IOException {
        assertEquals(List.of(), matches(JAVA, ".java", JAVA_TEXT));
    }

    @Test
    void theViewsFxmlTakesEveryTextFromTheBundle() throws IOException {
        assertEquals(List.of(), matches(FXML, ".fxml", FXML_TEXT));
    }

    @Test
    void theScanFindsWhatItLooksFor() {
        assertEquals(true, JAVA_TEXT.matcher("item = new MenuItem(\"_Open…\");").find());
        assertEquals(true, JAVA_TEXT.matcher("label.setText(\"Événement\")").find());
        assertEquals(false, JAVA_TEXT.matcher("label.setText(TEXTS.text(\"detail.kind.event\"))").find());
        assertEquals(true, FXML_TEXT.matcher("<Button text=\"Cancel\"/>").find());
        assertEquals(false, FXML_TEXT.matcher("<Button text=\"%status.cancel\"/>").find());
    }

    private static List<String> matches(Path root, String suffix, Pattern pattern) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher matcher = pattern.matcher(lines.get(i));
                    if (matcher.find()) {
                        found.add(root.relativize(file) + ":" + (i + 1) + ": " + matcher.group());
                    }
                }
            }
        }
        return found;
    }
}
