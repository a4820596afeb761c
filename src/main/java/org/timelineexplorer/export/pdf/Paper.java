package org.timelineexplorer.export.pdf;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.util.Locale;

/** The paper a handout is printed on: the two ISO sizes schools use and the one American schools use. */
public enum Paper {
    A4("A4", PDRectangle.A4),
    A3("A3", PDRectangle.A3),
    LETTER("US Letter", PDRectangle.LETTER);

    private final String label;
    private final PDRectangle portrait;

    Paper(String label, PDRectangle portrait) {
        this.label = label;
        this.portrait = portrait;
    }

    /** The name a teacher knows it by: "A4", "US Letter". */
    public String label() {
        return label;
    }

    /** The name on the command line: {@code a4}, {@code a3}, {@code letter}. */
    public String option() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The page's size in points (1/72 inch), turned on its side when {@code landscape}. */
    public PDRectangle page(boolean landscape) {
        return landscape ? new PDRectangle(portrait.getHeight(), portrait.getWidth())
                : new PDRectangle(portrait.getWidth(), portrait.getHeight());
    }
}
