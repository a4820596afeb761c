package org.timelineexplorer.ui.theme;

import org.junit.jupiter.api.Test;
import org.timelineexplorer.model.OkabeIto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The look's rules without a screen: defaults, steps, clamping. */
class AppearanceTest {

    @Test
    void defaultsToLightAt15px() {
        Appearance appearance = new Appearance();
        assertEquals(Theme.LIGHT, appearance.getTheme());
        assertEquals(15, appearance.getFontSize());
    }

    @Test
    void textSizeStepsAndStopsAtTheEnds() {
        Appearance appearance = new Appearance();
        appearance.larger();
        assertEquals(16, appearance.getFontSize());
        for (int i = 0; i < 20; i++) {
            appearance.larger();
        }
        assertEquals(32, appearance.getFontSize());
        for (int i = 0; i < 20; i++) {
            appearance.smaller();
        }
        assertEquals(10, appearance.getFontSize());
        appearance.resetFontSize();
        assertEquals(15, appearance.getFontSize());
    }

    @Test
    void aTextSizeBetweenStepsBecomesTheNearestStep() {
        Appearance appearance = new Appearance();
        appearance.setFontSize(17);
        assertEquals(16, appearance.getFontSize());
        appearance.setFontSize(500);
        assertEquals(32, appearance.getFontSize());
        appearance.setFontSize(-3);
        assertEquals(10, appearance.getFontSize());
    }

    @Test
    void thereIsAlwaysATheme() {
        Appearance appearance = new Appearance();
        appearance.setTheme(Theme.DARK);
        appearance.setTheme(null);
        assertEquals(Theme.DARK, appearance.getTheme());
    }

    @Test
    void fontSizeStyleKeepsOtherInlineDeclarations() {
        assertEquals("-fx-font-size: 28px;", Theming.fontSizeStyle(null, 28));
        assertEquals("-fx-font-size: 15px; -fx-background-color: -te-bg;",
                Theming.fontSizeStyle("-fx-font-size: 14px; -fx-background-color: -te-bg;", 15));
        assertEquals("-fx-font-size: 22.5px;", Theming.fontSizeStyle("-fx-font-size:12px", 22.5));
    }

    @Test
    void everyThemeHasAStylesheetThatSetsThePaletteAndAFocusRing() throws Exception {
        for (Theme theme : Theme.values()) {
            String css = new String(new java.net.URL(theme.stylesheet()).openStream().readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            for (String colour : new String[] {"-te-bg", "-te-fg", "-te-surface", "-te-accent", "-te-muted",
                    "-te-border", "-te-selection", "-te-series-1", "-te-series-2", "-te-series-3",
                    "-te-series-4", "-te-series-5", "-te-series-6"}) {
                assertTrue(css.contains(colour + ":"), theme + " sets " + colour);
            }
            assertTrue(css.contains(":focused"), theme + " draws a focus ring");
            assertTrue(css.contains(".root." + theme.styleClass()), theme + " keys on its style class");
        }
    }

    @Test
    void seriesColoursAreOkabeItoInEveryTheme() throws Exception {
        java.util.regex.Pattern series = java.util.regex.Pattern.compile("-te-series-\\d+:\\s*(#[0-9A-Fa-f]{6})");
        for (Theme theme : Theme.values()) {
            String css = new String(new java.net.URL(theme.stylesheet()).openStream().readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            java.util.regex.Matcher m = series.matcher(css);
            java.util.Set<String> seen = new java.util.HashSet<>();
            while (m.find()) {
                assertTrue(OkabeIto.contains(m.group(1)), theme + ": " + m.group(1) + " is Okabe-Ito");
                seen.add(m.group(1).toUpperCase(java.util.Locale.ROOT));
            }
            assertEquals(6, seen.size(), theme + " gives the palette's six series six different colours");
        }
    }
}
