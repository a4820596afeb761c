package org.timelineexplorer.ui.theme;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The look's rules without a screen: defaults, steps, clamping, what is remembered. */
class AppearanceTest {

    private final Preferences prefs = Preferences.userRoot().node("timelineexplorer-test/" + UUID.randomUUID());

    @AfterEach
    void removePrefs() throws BackingStoreException {
        prefs.removeNode();
    }

    @Test
    void defaultsToLightAt15px() {
        Appearance appearance = new Appearance(prefs);
        assertEquals(Theme.LIGHT, appearance.getTheme());
        assertEquals(15, appearance.getFontSize());
    }

    @Test
    void textSizeStepsAndStopsAtTheEnds() {
        Appearance appearance = new Appearance(prefs);
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
    void themeAndSizeAreRemembered() {
        Appearance appearance = new Appearance(prefs);
        appearance.setTheme(Theme.HIGH_CONTRAST);
        appearance.larger();
        appearance.larger();

        Appearance next = new Appearance(prefs);
        assertEquals(Theme.HIGH_CONTRAST, next.getTheme());
        assertEquals(18, next.getFontSize());
    }

    @Test
    void classroomSettingsAreRememberedAndCorruptOnesIgnored() {
        BooleanProperty charts = new SimpleBooleanProperty(false);
        IntegerProperty pace = new SimpleIntegerProperty(10);
        new Appearance(prefs).remember("charts", charts);
        new Appearance(prefs).remember("pace", pace, List.of(5, 10, 20));
        charts.set(true);
        pace.set(20);

        BooleanProperty chartsNextTime = new SimpleBooleanProperty(false);
        IntegerProperty paceNextTime = new SimpleIntegerProperty(10);
        new Appearance(prefs).remember("charts", chartsNextTime);
        new Appearance(prefs).remember("pace", paceNextTime, List.of(5, 10, 20));
        assertTrue(chartsNextTime.get());
        assertEquals(20, paceNextTime.get());

        prefs.put("charts", "perhaps");
        prefs.put("pace", "0");
        BooleanProperty chartsCorrupt = new SimpleBooleanProperty(false);
        IntegerProperty paceCorrupt = new SimpleIntegerProperty(10);
        new Appearance(prefs).remember("charts", chartsCorrupt);
        new Appearance(prefs).remember("pace", paceCorrupt, List.of(5, 10, 20));
        assertFalse(chartsCorrupt.get(), "an unreadable setting keeps the default");
        assertEquals(10, paceCorrupt.get(), "a pace of 0 would advance every frame: ignored");
    }

    @Test
    void unknownStoredValuesFallBackToDefaults() {
        prefs.put("theme", "SEPIA");
        prefs.putInt("fontSize", 17);
        Appearance appearance = new Appearance(prefs);
        assertEquals(Theme.LIGHT, appearance.getTheme());
        assertEquals(16, appearance.getFontSize());
    }

    @Test
    void fontSizeStyleKeepsOtherInlineDeclarations() {
        assertEquals("-fx-font-size: 28px;", Appearance.fontSizeStyle(null, 28));
        assertEquals("-fx-font-size: 15px; -fx-background-color: -te-bg;",
                Appearance.fontSizeStyle("-fx-font-size: 14px; -fx-background-color: -te-bg;", 15));
        assertEquals("-fx-font-size: 22.5px;", Appearance.fontSizeStyle("-fx-font-size:12px", 22.5));
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
