package org.timelineexplorer.ui.settings;

import javafx.beans.property.Property;
import javafx.beans.value.ObservableValue;
import javafx.util.Subscription;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the app remembers between runs, in one {@link Preferences} node. Values are kept in memory at once and
 * written to the backing store off the JavaFX thread: changes in quick succession (a dragged divider, Ctrl+plus held
 * down) are written together a moment later, and {@link #close()} writes whatever is left before the app ends. A
 * stored value that is damaged or not an accepted one is ignored, so a broken preference file costs the user a
 * default, never a start-up.
 *
 * <p>Remembering a setting of a view model is one line: {@code settings.remember(Setting.flag("map.shown"),
 * view.mapShownProperty())}.
 */
public final class UserSettings {

    /** The node the application uses, under the user's root. */
    static final String NODE = "org/timelineexplorer";

    /**
     * Where version 0.1 kept the look and the presentation's settings, apart from the rest, and what each of its
     * keys is called now: {@link #forUser()} moves them here once, so that a teacher's theme, type size, charts and
     * pace survive the update.
     */
    static final String EARLIER_LOOK_NODE = "org/timelineexplorer/ui/theme";
    private static final Map<String, String> EARLIER_LOOK_KEYS = Map.of("theme", "look.theme",
            "fontSize", "look.fontSize", "includeCharts", "presentation.includeCharts",
            "paceSeconds", "presentation.paceSeconds");

    /** How long changes wait to be written together. */
    private static final Duration WRITE_DELAY = Duration.ofSeconds(1);

    /** How long {@link #close()} waits for the backing store before giving up. */
    private static final long CLOSE_TIMEOUT_SECONDS = 5;

    private static final Logger LOG = Logger.getLogger(UserSettings.class.getName());

    /** One writer for every instance: writes are short and rare. A daemon, so it never keeps the app alive. */
    private static final ScheduledExecutorService WRITER = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "save-settings");
        thread.setDaemon(true);
        return thread;
    });

    private final Preferences node;
    private final Duration writeDelay;
    private final AtomicBoolean writeScheduled = new AtomicBoolean();

    /** Settings kept in {@code node} (tests pass a node of their own), written a second after a change. */
    public UserSettings(Preferences node) {
        this(node, WRITE_DELAY);
    }

    /** As {@link #UserSettings(Preferences)}, writing {@code writeDelay} after a change. */
    public UserSettings(Preferences node, Duration writeDelay) {
        this.node = Objects.requireNonNull(node, "node");
        this.writeDelay = Objects.requireNonNull(writeDelay, "writeDelay");
    }

    /** The settings of the user on this computer. */
    public static UserSettings forUser() {
        moveEarlierLook(Preferences.userRoot());
        return new UserSettings(Preferences.userRoot().node(NODE));
    }

    /**
     * Moves what version 0.1 kept in {@value #EARLIER_LOOK_NODE} under {@code root} into {@value #NODE}, where a
     * value is not already stored, and removes the old node. Values are moved as written: each is checked, like any
     * stored value, when it is read.
     */
    static void moveEarlierLook(Preferences root) {
        try {
            if (!root.nodeExists(EARLIER_LOOK_NODE)) {
                return;
            }
            Preferences earlier = root.node(EARLIER_LOOK_NODE);
            Preferences now = root.node(NODE);
            EARLIER_LOOK_KEYS.forEach((from, to) -> {
                String value = earlier.get(from, null);
                if (value != null && now.get(to, null) == null) {
                    now.put(to, value);
                }
            });
            Preferences parent = earlier.parent();
            earlier.removeNode();
            parent.flush();
            now.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            // The old settings stay where they were; the defaults serve instead.
            LOG.log(Level.FINE, "the earlier look settings could not be moved", e);
        }
    }

    /** The stored value, if there is one and it is accepted. */
    public <T> Optional<T> get(Setting<T> setting) {
        try {
            return setting.parse(node.get(setting.key(), null));
        } catch (IllegalStateException e) {
            return Optional.empty(); // the node was removed: nothing is remembered
        }
    }

    /** Remembers {@code value}; {@code null} forgets the setting. Written to the backing store soon. */
    public <T> void put(Setting<T> setting, T value) {
        try {
            if (value == null) {
                node.remove(setting.key());
            } else {
                node.put(setting.key(), setting.write().apply(value));
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            LOG.log(Level.FINE, "cannot remember " + setting, e);
            return;
        }
        scheduleWrite();
    }

    /**
     * Gives {@code property} its remembered value, if there is one, and remembers every value it takes from now
     * until the subscription returned ends.
     */
    public <T> Subscription remember(Setting<T> setting, Property<T> property) {
        return remember(setting, property, property::setValue);
    }

    /**
     * Passes the remembered value, if there is one, to {@code restore}, and remembers every value {@code value}
     * takes from now until the subscription returned ends: for a value that is set through a method that checks it
     * rather than through its property.
     */
    public <T> Subscription remember(Setting<T> setting, ObservableValue<T> value, Consumer<T> restore) {
        get(setting).ifPresent(restore);
        return value.subscribe((old, now) -> put(setting, now));
    }

    /** Writes every change to the backing store now, off the calling thread; completes when written. */
    public CompletableFuture<Void> flush() {
        return CompletableFuture.runAsync(this::write, WRITER);
    }

    /** Writes every change and waits for it (a few seconds at most): call it as the app ends. */
    public void close() {
        try {
            flush().get(CLOSE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            LOG.log(Level.WARNING, "the settings could not be saved", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void scheduleWrite() {
        if (writeScheduled.compareAndSet(false, true)) {
            WRITER.schedule(this::write, writeDelay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void write() {
        // Cleared first: a change made while writing schedules the next write.
        writeScheduled.set(false);
        try {
            node.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            // Kept in memory; the next write tries again. Not remembering is no reason to fail.
            LOG.log(Level.FINE, "the settings could not be written", e);
        }
    }
}
