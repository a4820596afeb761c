package org.timelineexplorer.fonts;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The typeface everything is drawn with, the window, the PNG exports and later the PDFs: DejaVu Sans, in the regular,
 * bold and oblique styles the stylesheets use, bundled with the app (licence in {@code LICENSE-DejaVu.txt} beside
 * the files); and for Arabic, Timeline Explorer Arabic in regular and bold: Noto Sans Arabic UI, whose letters are
 * drawn for reading at a distance, in lines as tight as DejaVu's, where DejaVu's few Arabic ones are an afterthought, with DejaVu Sans's Latin letters,
 * punctuation and arrows added (by {@code src/fonts/make-arabic-font.py}; licences in
 * {@code LICENSE-TimelineArabic.txt}), so that an Arabic line is drawn in one face and in the right order. A machine's own fonts differ, "System" is Segoe UI on one and Noto Sans on another, and so would every
 * label's width and every picture; with the fonts bundled a picture looks the same wherever it is made.
 *
 * <p>The stylesheets name {@link #FAMILY}; {@link #load()} must run before the first scene is styled (the app does it
 * at start, the command line and every export through {@link #regular}/{@link #bold} or when JavaFX starts).
 */
public final class Fonts {

    /** The family name the stylesheets use, as the bundled files declare it. */
    public static final String FAMILY = "DejaVu Sans";

    /**
     * The family of Arabic text, as the bundled files declare it: the window's when Arabic is the language. It holds
     * the Latin letters and punctuation of an Arabic line too, since JavaFX orders a right-to-left line's runs wrongly
     * where the face changes ("الأحداث (٨٢)" came out as "(: الأحداث ٨٢)").
     */
    public static final String ARABIC_FAMILY = "Timeline Explorer Arabic";

    /** Only the styles the stylesheets use, about 2.5 MB in all. */
    static final List<String> FILES = List.of("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
            "TimelineArabic-Regular.ttf", "TimelineArabic-Bold.ttf");

    /** The bundled styles, in the order of {@link #FILES}. */
    public enum Style { REGULAR, BOLD, OBLIQUE, ARABIC, ARABIC_BOLD }

    private static boolean loaded;

    private Fonts() {
    }

    /**
     * Registers the bundled fonts with JavaFX, once; later calls return at once. Safe on any thread once the JavaFX
     * toolkit is started.
     *
     * @throws IllegalStateException when a bundled file is missing or JavaFX refuses it (a broken build)
     */
    public static synchronized void load() {
        if (loaded) {
            return;
        }
        for (String file : FILES) {
            try (InputStream in = Fonts.class.getResourceAsStream(file)) {
                if (in == null || Font.loadFont(in, 12) == null) {
                    throw new IllegalStateException("the bundled font " + file + " cannot be loaded");
                }
            } catch (IOException e) {
                throw new UncheckedIOException("reading the bundled font " + file, e);
            }
        }
        loaded = true;
    }

    /** The regular style at {@code size} points, for text drawn outside the stylesheets. */
    public static Font regular(double size) {
        load();
        return Font.font(FAMILY, FontWeight.NORMAL, size);
    }

    /** The bold style at {@code size} points. */
    public static Font bold(double size) {
        load();
        return Font.font(FAMILY, FontWeight.BOLD, size);
    }

    /**
     * The TrueType file of {@code style}, for documents that embed the font themselves (the PDF handouts), so that
     * a printed page looks like the window. The caller closes the stream.
     *
     * @throws IllegalStateException when the file is missing from the build
     */
    public static InputStream openTrueType(Style style) {
        InputStream in = Fonts.class.getResourceAsStream(FILES.get(style.ordinal()));
        if (in == null) {
            throw new IllegalStateException("the bundled font " + FILES.get(style.ordinal()) + " is missing");
        }
        return in;
    }
}
