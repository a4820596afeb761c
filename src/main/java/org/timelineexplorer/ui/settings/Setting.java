package org.timelineexplorer.ui.settings;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One thing the app remembers between runs: its key in the preferences and the values it accepts. A stored text that
 * does not read as an accepted value (damaged, hand-edited, from another version) reads as nothing, so the caller
 * keeps its default.
 *
 * @param key    the preference key, stable across versions: renaming it forgets what users chose
 * @param read   the value a stored text means, or empty when it means none
 * @param write  the text stored for a value
 * @param <T>    the value's type
 */
public record Setting<T>(String key, Function<String, Optional<T>> read, Function<T, String> write) {

    /** The longest text a setting accepts: more is a damaged value, not a choice anyone made. */
    public static final int MAX_TEXT = 1_000;

    public Setting {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(write, "write");
    }

    /** The value {@code text} stands for, if it is an accepted one. */
    public Optional<T> parse(String text) {
        if (text == null || text.length() > MAX_TEXT) {
            return Optional.empty();
        }
        try {
            return read.apply(text.trim());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** {@code true} or {@code false}. */
    public static Setting<Boolean> flag(String key) {
        return new Setting<>(key, text -> switch (text) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> Optional.empty();
        }, String::valueOf);
    }

    /** A finite number from {@code min} to {@code max}. */
    public static Setting<Double> number(String key, double min, double max) {
        return new Setting<>(key, text -> Optional.of(Double.parseDouble(text))
                .filter(value -> Double.isFinite(value) && value >= min && value <= max), String::valueOf);
    }

    /** A whole number from {@code min} to {@code max}. */
    public static Setting<Integer> whole(String key, int min, int max) {
        return new Setting<>(key, text -> Optional.of(Integer.parseInt(text))
                .filter(value -> value >= min && value <= max), String::valueOf);
    }

    /** One of {@code allowed}. */
    public static Setting<Integer> oneOf(String key, List<Integer> allowed) {
        return new Setting<>(key, text -> Optional.of(Integer.parseInt(text)).filter(allowed::contains),
                String::valueOf);
    }

    /** One of an enum's constants, stored by name. */
    public static <E extends Enum<E>> Setting<E> choice(String key, Class<E> type) {
        return new Setting<>(key, text -> Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(text)).findFirst(), Enum::name);
    }

    /** A line of text, not blank. */
    public static Setting<String> text(String key) {
        return new Setting<>(key, text -> Optional.of(text).filter(t -> !t.isBlank() && !t.contains("\n")),
                Function.identity());
    }

    /** A file's absolute path. */
    public static Setting<Path> file(String key) {
        return new Setting<>(key, text -> {
            try {
                return Optional.of(Path.of(text)).filter(Path::isAbsolute);
            } catch (InvalidPathException e) {
                return Optional.empty();
            }
        }, Path::toString);
    }

    @Override
    public String toString() {
        return "setting " + key;
    }
}
