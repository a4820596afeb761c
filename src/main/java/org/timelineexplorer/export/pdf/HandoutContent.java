package org.timelineexplorer.export.pdf;

import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.FigureSeries;
import org.timelineexplorer.model.Source;
import org.timelineexplorer.model.TimeRange;
import org.timelineexplorer.model.TimelineEvent;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Everything a PDF shows, its pictures already drawn (on the JavaFX thread, by {@link HandoutPictures}), so that the
 * document itself is made on any thread.
 *
 * @param events the events shown, in date order: a search or filter in the window makes the lesson's handout
 * @param charts the charts chosen, in the order chosen
 * @param poster the timeline picture of a poster; empty for the other kinds
 */
public record HandoutContent(Dataset dataset, List<TimelineEvent> events, List<Chart> charts,
                             Optional<Poster> poster) {

    public HandoutContent {
        Objects.requireNonNull(dataset, "dataset");
        events = events.stream().sorted(Dataset.chronological()).toList();
        charts = List.copyOf(charts);
        Objects.requireNonNull(poster, "poster");
    }

    /**
     * A chart as a picture, with the figures its picture labels written out, so that they are text a reader can
     * search and copy ("165,000 troops (2007)").
     */
    public record Chart(FigureSeries series, BufferedImage image, List<String> highlights) {
        public Chart {
            Objects.requireNonNull(series, "series");
            Objects.requireNonNull(image, "image");
            highlights = List.copyOf(highlights);
        }
    }

    /** The poster's timeline picture, which shows {@code range} from its left edge to its right. */
    public record Poster(TimeRange range, BufferedImage image) {
        public Poster {
            Objects.requireNonNull(range, "range");
            Objects.requireNonNull(image, "image");
        }
    }

    /** The dataset's eras, in date order: the handout lists them all, as the era buttons do. */
    public List<Era> eras() {
        return dataset.eras();
    }

    /**
     * The sources the document cites, each once, in the order they are first cited: the events' (every source of
     * every event shown), then the charts'.
     */
    public List<Source> sources() {
        return Stream.concat(events.stream().flatMap(event -> event.sources().stream()),
                charts.stream().map(chart -> chart.series().source())).distinct().toList();
    }
}
