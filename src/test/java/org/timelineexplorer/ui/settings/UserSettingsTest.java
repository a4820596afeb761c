package org.timelineexplorer.ui.settings;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one preferences service without a screen: what it accepts, what it ignores, when it writes. */
class UserSettingsTest {

    private enum Colour { RED, GREEN }

    private final Map<String, String> disk = StoredPreferences.newDisk();
    private final StoredPreferences node = new StoredPreferences(disk);

    @Test
    void storedValuesComeBackAndDamagedOnesReadAsNothing() {
        disk.put("flag", "true");
        disk.put("bad-flag", "perhaps");
        disk.put("number", "0.45");
        disk.put("nan", "NaN");
        disk.put("too-far", "7.5");
        disk.put("whole", "17");
        disk.put("not-whole", "17.5");
        disk.put("pace", "20");
        disk.put("bad-pace", "0");
        disk.put("colour", "GREEN");
        disk.put("bad-colour", "green");
        disk.put("text", "us-deaths");
        disk.put("blank", "   ");
        disk.put("long", "x".repeat(Setting.MAX_TEXT + 1));
        disk.put("file", Path.of("/tmp/a.json").toAbsolutePath().toString());
        disk.put("relative", "a.json");
        disk.put("bad-file", "/tmp/\u0000.json");
        UserSettings settings = new UserSettings(new StoredPreferences(disk));

        assertEquals(Optional.of(true), settings.get(Setting.flag("flag")));
        assertEquals(Optional.empty(), settings.get(Setting.flag("bad-flag")));
        assertEquals(Optional.empty(), settings.get(Setting.flag("missing")));
        assertEquals(Optional.of(0.45), settings.get(Setting.number("number", 0, 1)));
        assertEquals(Optional.empty(), settings.get(Setting.number("nan", 0, 1)));
        assertEquals(Optional.empty(), settings.get(Setting.number("too-far", 0, 1)));
        assertEquals(Optional.of(17), settings.get(Setting.whole("whole", 10, 32)));
        assertEquals(Optional.empty(), settings.get(Setting.whole("whole", 18, 32)));
        assertEquals(Optional.empty(), settings.get(Setting.whole("not-whole", 10, 32)));
        assertEquals(Optional.of(20), settings.get(Setting.oneOf("pace", List.of(5, 10, 20))));
        assertEquals(Optional.empty(), settings.get(Setting.oneOf("bad-pace", List.of(5, 10, 20))));
        assertEquals(Optional.of(Colour.GREEN), settings.get(Setting.choice("colour", Colour.class)));
        assertEquals(Optional.empty(), settings.get(Setting.choice("bad-colour", Colour.class)));
        assertEquals(Optional.of("us-deaths"), settings.get(Setting.text("text")));
        assertEquals(Optional.empty(), settings.get(Setting.text("blank")));
        assertEquals(Optional.empty(), settings.get(Setting.text("long")));
        assertEquals(Optional.of(Path.of("/tmp/a.json").toAbsolutePath()), settings.get(Setting.file("file")));
        assertEquals(Optional.empty(), settings.get(Setting.file("relative")));
        assertEquals(Optional.empty(), settings.get(Setting.file("bad-file")));
    }

    @Test
    void aRememberedPropertyGetsItsValueBackAndKeepsItsDefaultOverADamagedOne() {
        UserSettings settings = new UserSettings(node);
        ObjectProperty<Colour> colour = new SimpleObjectProperty<>(Colour.RED);
        BooleanProperty flag = new SimpleBooleanProperty(false);
        settings.remember(Setting.choice("colour", Colour.class), colour);
        settings.remember(Setting.flag("flag"), flag);
        colour.set(Colour.GREEN);
        flag.set(true);
        settings.close();

        UserSettings restarted = new UserSettings(new StoredPreferences(disk));
        ObjectProperty<Colour> colourAgain = new SimpleObjectProperty<>(Colour.RED);
        BooleanProperty flagAgain = new SimpleBooleanProperty(false);
        restarted.remember(Setting.choice("colour", Colour.class), colourAgain);
        restarted.remember(Setting.flag("flag"), flagAgain);
        assertEquals(Colour.GREEN, colourAgain.get());
        assertTrue(flagAgain.get());

        disk.put("colour", "PURPLE");
        disk.put("flag", "yes");
        UserSettings damaged = new UserSettings(new StoredPreferences(disk));
        ObjectProperty<Colour> colourDamaged = new SimpleObjectProperty<>(Colour.RED);
        BooleanProperty flagDamaged = new SimpleBooleanProperty(false);
        damaged.remember(Setting.choice("colour", Colour.class), colourDamaged);
        damaged.remember(Setting.flag("flag"), flagDamaged);
        assertEquals(Colour.RED, colourDamaged.get(), "an unknown name keeps the default");
        assertFalse(flagDamaged.get(), "an unreadable flag keeps the default");
    }

    @Test
    void changesInQuickSuccessionAreWrittenTogetherOffTheCallingThread() throws InterruptedException {
        Duration delay = Duration.ofMillis(500);
        UserSettings settings = new UserSettings(node, delay);
        for (int i = 0; i < 50; i++) {
            settings.put(Setting.whole("step", 0, 100), i);
        }
        assertTrue(disk.isEmpty(), "nothing is written at once");
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (node.flushThreads().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(delay.multipliedBy(2).toMillis());

        assertEquals(List.of("save-settings"), node.flushThreads(), "fifty changes, one write, on the writer");
        assertEquals("49", disk.get("step"));
    }

    @Test
    void closingWritesWhatIsLeftAtOnce() {
        UserSettings settings = new UserSettings(node, Duration.of(1, ChronoUnit.HOURS));
        settings.put(Setting.text("chart.series"), "us-deaths");
        settings.put(Setting.flag("gone"), true);
        settings.put(Setting.flag("gone"), null);
        settings.close();

        assertEquals(Map.of("chart.series", "us-deaths"), disk);
        assertEquals(List.of("save-settings"), node.flushThreads());
    }

    @Test
    void aStoreThatCannotBeWrittenCostsNothingButTheMemory() {
        node.failFlushes();
        UserSettings settings = new UserSettings(node, Duration.ZERO);
        settings.put(Setting.text("chart.series"), "us-deaths");
        settings.close();

        assertTrue(disk.isEmpty());
        assertEquals(Optional.of("us-deaths"), settings.get(Setting.text("chart.series")), "still known this run");
    }

    @Test
    void theLookVersionZeroPointOneKeptApartMovesOverOnceAndKeepsNewerChoices() throws Exception {
        java.util.prefs.Preferences root = java.util.prefs.Preferences.userRoot()
                .node("test-earlier-look-" + java.util.UUID.randomUUID());
        java.util.prefs.Preferences earlier = root.node(UserSettings.EARLIER_LOOK_NODE);
        earlier.put("theme", "DARK");
        earlier.put("fontSize", "18");
        earlier.put("includeCharts", "true");
        earlier.put("paceSeconds", "20");
        root.node(UserSettings.NODE).put("presentation.paceSeconds", "5");
        try {
            UserSettings.moveEarlierLook(root);

            UserSettings settings = new UserSettings(root.node(UserSettings.NODE));
            assertEquals(Optional.of("DARK"), settings.get(Setting.text("look.theme")));
            assertEquals(Optional.of(18), settings.get(Setting.whole("look.fontSize", 10, 32)));
            assertEquals(Optional.of(true), settings.get(Setting.flag("presentation.includeCharts")));
            assertEquals(Optional.of(5), settings.get(Setting.oneOf("presentation.paceSeconds", List.of(5, 10, 20))),
                    "a value the new version already stored wins");
            assertFalse(root.nodeExists(UserSettings.EARLIER_LOOK_NODE), "the old node is gone");
            UserSettings.moveEarlierLook(root);
            assertEquals(Optional.of(18), settings.get(Setting.whole("look.fontSize", 10, 32)));
        } finally {
            root.removeNode();
        }
    }
}
