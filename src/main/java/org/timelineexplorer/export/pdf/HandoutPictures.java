package org.timelineexplorer.export.pdf;

import org.timelineexplorer.export.ImageExport;
import org.timelineexplorer.export.PictureSize;
import org.timelineexplorer.export.Pictures;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.FigureSeries;
import org.timelineexplorer.model.TimeRange;
import org.timelineexplorer.model.TimelineEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Draws the pictures a PDF needs, with the same picture export as the PNGs ({@link Pictures}): each chart chosen,
 * for a handout, and the timeline, for a poster, at 300 dots per inch of the size they are printed at. Runs on the
 * JavaFX application thread; the document is then made on any ({@link Handouts}).
 */
public final class HandoutPictures {

    /** The print resolution of every picture in a PDF. */
    public static final int DPI = 300;
    /** A chart's picture size in layout pixels, the proportions of the window's chart. */
    private static final int CHART_WIDTH = 760;
    private static final int CHART_HEIGHT = 400;

    /** The poster's type size, smaller than the window's so that more events keep their whole titles. */
    private static final String POSTER_STYLESHEET =
            Objects.requireNonNull(HandoutPictures.class.getResource("poster.css"), "poster.css").toExternalForm();

    private HandoutPictures() {
    }

    /**
     * What a PDF of {@code options}' kind shows of {@code dataset}: {@code events} (those shown, a search or
     * filter applied), the charts of {@code charts} for a handout, and for a poster the timeline of the events from
     * {@code posterRange}'s start to its end.
     */
    public static HandoutContent draw(Dataset dataset, List<TimelineEvent> events, List<FigureSeries> charts,
                                      TimeRange posterRange, HandoutOptions options, List<String> stylesheets) {
        List<HandoutContent.Chart> chartPictures = options.kind() != HandoutKind.HANDOUT ? List.of()
                : charts.stream().map(series -> new HandoutContent.Chart(series, ImageExport.toOpaqueRgb(
                        Pictures.chart(dataset, List.of(series), chartSize(options), stylesheets)),
                        Pictures.chartLabels(series))).toList();
        Optional<HandoutContent.Poster> poster = Optional.empty();
        if (options.kind() == HandoutKind.POSTER) {
            PictureSize size = posterSize(PosterLayout.of(options.paper()));
            List<String> posterLook = new ArrayList<>(stylesheets);
            posterLook.add(POSTER_STYLESHEET);
            poster = Optional.of(new HandoutContent.Poster(posterRange, ImageExport.toOpaqueRgb(
                    Pictures.timeline(dataset, events, posterRange, size, posterLook))));
        }
        return new HandoutContent(dataset, events, chartPictures, poster);
    }

    /**
     * A chart as {@link HandoutPages#chartWidth} prints it, at {@value #DPI} dpi: {@value #CHART_WIDTH} layout pixels
     * for the full 18 cm, fewer for a narrower column (as tall, so that its plot is not flattened), so that its text
     * prints at one size whatever the paper.
     */
    static PictureSize chartSize(HandoutOptions options) {
        float points = HandoutPages.chartWidth(options.paper().page(options.landscapePages()));
        int width = (int) Math.round(CHART_WIDTH * points / HandoutPages.CHART_WIDTH);
        return new PictureSize(width, CHART_HEIGHT, pixels(points) / width);
    }

    /**
     * The poster's timeline, the whole width of its parts at {@value #DPI} dpi. Its layout pixels are as large as the
     * largest scale allows, about a point each, so that the timeline's labels print at about the size of the window's
     * on a projector: readable from a few steps away.
     */
    static PictureSize posterSize(PosterLayout layout) {
        double pixelWidth = pixels(layout.width());
        int width = (int) Math.ceil(pixelWidth / PictureSize.MAX_SCALE);
        double scale = pixelWidth / width;
        int height = (int) Math.round(pixels(layout.height()) / scale);
        return new PictureSize(width, height, scale);
    }

    /** How many pixels {@code points} are at {@value #DPI} dpi. */
    private static double pixels(double points) {
        return Math.ceil(points / 72 * DPI);
    }
}
