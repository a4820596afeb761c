package org.timelineexplorer.timeline.impl;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.timelineexplorer.model.TimelineEvent;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * The type a timeline draws with: its label font and a bold cut of it, each with a measurer, the locale's way of
 * writing counts, and the sizes of markers that go with the type. It writes and measures the events' labels.
 */
final class Lettering implements EventIndex.Labels {

    /** A label is at most this many font sizes wide; a longer title ends in an ellipsis. */
    private static final double LONGEST_LABEL = 20;

    final TextMeasurer regular;
    final TextMeasurer bold;
    private final Locale locale;
    /** Counts with the locale's grouping: "+15,215" reads at a glance on a projector, "+15215" does not. */
    private final NumberFormat counts;

    private Lettering(TextMeasurer regular, TextMeasurer bold, Locale locale) {
        this.regular = regular;
        this.bold = bold;
        this.locale = locale;
        counts = NumberFormat.getIntegerInstance(locale);
    }

    static Lettering of(Font font, Locale locale) {
        return new Lettering(new TextMeasurer(font),
                new TextMeasurer(Font.font(font.getFamily(), FontWeight.BOLD, font.getSize())), locale);
    }

    /** The same type writing counts for {@code other}; its labels measure as this one's. */
    Lettering withLocale(Locale other) {
        return other.equals(locale) ? this : new Lettering(regular, bold, other);
    }

    /** Whether this lettering is for {@code font}: labels need measuring again when it is not. */
    boolean isFor(Font font) {
        return regular.font().equals(font);
    }

    Locale locale() {
        return locale;
    }

    double fontSize() {
        return regular.font().getSize();
    }

    /** A count for a reader, grouped as the locale groups thousands. */
    String count(int n) {
        return counts.format(n);
    }

    /** How events are drawn at this type size. */
    LaneLayout.Metrics metrics() {
        double f = fontSize();
        return new LaneLayout.Metrics(Math.round(f * 0.38), Math.round(f * 0.35), Math.round(f * 0.8),
                Math.max(3, Math.round(f * 0.25)), regular.width("99999") + f);
    }

    @Override
    public String label(TimelineEvent event) {
        return regular.elide(event.title(), fontSize() * LONGEST_LABEL);
    }

    @Override
    public float width(String label) {
        return (float) regular.width(label);
    }
}
