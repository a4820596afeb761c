package org.timelineexplorer.export.pdf;

import org.timelineexplorer.i18n.Messages;
import java.util.Locale;

/** What a PDF is for: reading, the wall, or sorting on a desk. */
public enum HandoutKind {
    /** Title, summary, eras, charts and the events, page by page. */
    HANDOUT,
    /**
     * The timeline as a wall poster: on A3 one landscape page, on smaller paper a row of landscape pages that
     * overlap a little and carry cut marks, to be trimmed and glued side by side.
     */
    POSTER,
    /** The events as cards to cut out and sort into order, without their dates, and the answer key. */
    CARDS;

    private static final Messages TEXT = Messages.of(HandoutKind.class);

    /** The name a teacher knows it by, in the language in use: "Handout", "Card sort". */
    public String label() {
        return TEXT.text("kind." + option());
    }

    /** The name on the command line: {@code handout}, {@code poster}, {@code cards}. */
    public String option() {
        return name().toLowerCase(Locale.ROOT);
    }
}
