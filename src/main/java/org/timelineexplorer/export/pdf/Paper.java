package org.timelineexplorer.export.pdf;

import org.timelineexplorer.i18n.Messages;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.util.Locale;

/**
 * The paper a handout is printed on: the two ISO sizes schools use and the one American schools use. The window
 * remembers the choice at start, so the sizes come from PDFBox only when a page is made: naming them here would load
 * PDFBox before the first frame.
 */
public enum Paper {
    A4,
    A3,
    LETTER;

    private static final Messages TEXT = Messages.of(Paper.class);

    /** The name a teacher knows it by, in the language in use: "A4", "US Letter". */
    public String label() {
        return TEXT.text("paper." + option());
    }

    /** The name on the command line: {@code a4}, {@code a3}, {@code letter}. */
    public String option() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The page's size in points (1/72 inch), turned on its side when {@code landscape}. */
    public PDRectangle page(boolean landscape) {
        PDRectangle portrait = switch (this) {
            case A4 -> PDRectangle.A4;
            case A3 -> PDRectangle.A3;
            case LETTER -> PDRectangle.LETTER;
        };
        return landscape ? new PDRectangle(portrait.getHeight(), portrait.getWidth())
                : new PDRectangle(portrait.getWidth(), portrait.getHeight());
    }
}
