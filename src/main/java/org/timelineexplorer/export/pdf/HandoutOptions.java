package org.timelineexplorer.export.pdf;

import java.util.Objects;

/**
 * What the export dialog and the command line choose: the kind of PDF, its paper and orientation. A poster is always
 * landscape, whatever {@code landscape} says: a timeline runs from left to right.
 */
public record HandoutOptions(HandoutKind kind, Paper paper, boolean landscape) {

    /** The handout on A4 portrait: what a teacher in most of the world prints first. */
    public static final HandoutOptions DEFAULT = new HandoutOptions(HandoutKind.HANDOUT, Paper.A4, false);

    public HandoutOptions {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(paper, "paper");
    }

    /** Whether the pages are landscape: a poster's always are. */
    public boolean landscapePages() {
        return landscape || kind == HandoutKind.POSTER;
    }
}
