package org.timelineexplorer.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One undoable change to the open dataset, kept as the item before and after it (an addition has nothing before,
 * a removal nothing after), so that undoing is the same change the other way round. The undo history holds these,
 * never copies of the dataset: a move of one event among 100,000 costs two records.
 */
public sealed interface Edit {

    /** What the change did, for the Edit menu: "move of 'Baghdad falls'". */
    String name();

    /** The change that takes this one back. */
    Edit inverse();

    /** An event added ({@code before} null), removed ({@code after} null) or replaced. */
    record EventChange(String name, TimelineEvent before, TimelineEvent after) implements Edit {
        public EventChange {
            Objects.requireNonNull(name, "name");
            if (before == null && after == null) {
                throw new IllegalArgumentException("an event change needs an event before or after it");
            }
        }

        @Override
        public Edit inverse() {
            return new EventChange(name, after, before);
        }
    }

    /** An era added, removed or replaced. */
    record EraChange(String name, Era before, Era after) implements Edit {
        public EraChange {
            Objects.requireNonNull(name, "name");
            if (before == null && after == null) {
                throw new IllegalArgumentException("an era change needs an era before or after it");
            }
        }

        @Override
        public Edit inverse() {
            return new EraChange(name, after, before);
        }
    }

    /**
     * A figures series added, removed or replaced (its points travel with it), at its place in the dataset's list
     * of series, which is the order the chart's buttons show.
     */
    record SeriesChange(String name, int position, FigureSeries before, FigureSeries after) implements Edit {
        public SeriesChange {
            Objects.requireNonNull(name, "name");
            if (before == null && after == null) {
                throw new IllegalArgumentException("a series change needs a series before or after it");
            }
        }

        @Override
        public Edit inverse() {
            return new SeriesChange(name, position, after, before);
        }
    }

    /** The timeline's own title, summary, credit and way of naming years before AD 1. */
    record DetailsChange(String name, Details before, Details after) implements Edit {
        public DetailsChange {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }

        @Override
        public Edit inverse() {
            return new DetailsChange(name, after, before);
        }
    }

    /**
     * The dataset's translations (see {@link Translations}) replaced: what an edit made in another language than the
     * dataset's main one changes beside the real objects.
     */
    record TranslationChange(String name, Translations before, Translations after) implements Edit {
        public TranslationChange {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }

        @Override
        public Edit inverse() {
            return new TranslationChange(name, after, before);
        }
    }

    /** Changes made as one step, such as an era removed with its events taken out of it. */
    record Compound(String name, List<Edit> parts) implements Edit {
        public Compound {
            Objects.requireNonNull(name, "name");
            parts = List.copyOf(parts);
        }

        /** The parts taken back in the opposite order. */
        @Override
        public Edit inverse() {
            List<Edit> undone = new ArrayList<>(parts.size());
            for (Edit part : parts) {
                undone.add(part.inverse());
            }
            Collections.reverse(undone);
            return new Compound(name, undone);
        }
    }

    /** The fields of a dataset that are not lists, with those of its top level the app does not know. */
    record Details(String title, String summary, String credit, EraStyle eraStyle, Extras extras) {
        public Details {
            Objects.requireNonNull(title, "title");
            summary = summary == null ? "" : summary;
            credit = credit == null ? "" : credit;
            eraStyle = eraStyle == null ? EraStyle.BC_AD : eraStyle;
            extras = Extras.orNone(extras);
        }

        public static Details of(Dataset dataset) {
            return new Details(dataset.title(), dataset.summary(), dataset.credit(), dataset.eraStyle(),
                    dataset.extras());
        }
    }
}
