package org.timelineexplorer.timeline;

import org.timelineexplorer.model.TimeRange;

import java.util.Objects;

/**
 * The mapping between time and horizontal pixels: a visible {@link TimeRange} in epoch days spread over a width
 * in pixels. Immutable and free of the scene graph, so zooming and panning are plain arithmetic that tests can
 * check exhaustively.
 *
 * <p>Zooming and panning clamp the result: the visible span never gets shorter than {@link #MIN_SPAN_DAYS} (an hour)
 * nor than {@link #POSITIONS_PER_VIEW} steps of a {@code double} where the view is (far back in time a double's steps
 * grow: at 13.8 billion years ago, some 5 × 10^12 days, they are a minute and a half, so the view stops at about three
 * years, where a pixel still holds hundreds of them and nothing jitters), nor longer than the
 * {@linkplain #limits() limits}, and the view never leaves the limits. Invalid factors (zero,
 * negative, NaN) are ignored, so the scale can never flip.
 */
public final class TimeScale {

    /** The shortest span a view may show: an hour, where single minutes are still easy to tell apart. */
    public static final double MIN_SPAN_DAYS = 1.0 / 24;

    /** The fewest distinct positions a view holds across its width: a million, hundreds for every pixel. */
    public static final double POSITIONS_PER_VIEW = 1 << 20;

    private final TimeRange range;
    private final double width;
    private final TimeRange limits;

    /**
     * @param range  the visible time range
     * @param width  the width it is drawn over, in pixels; values below one pixel count as one
     * @param limits the range that zooming and panning stay within, or {@code null} for no limit
     */
    public TimeScale(TimeRange range, double width, TimeRange limits) {
        this.range = Objects.requireNonNull(range, "range");
        this.width = Double.isFinite(width) ? Math.max(1, width) : 1;
        this.limits = limits;
    }

    public TimeRange range() {
        return range;
    }

    public double width() {
        return width;
    }

    /** The range zooming and panning stay within, or {@code null}. */
    public TimeRange limits() {
        return limits;
    }

    /** Days per pixel. */
    public double daysPerPixel() {
        return range.length() / width;
    }

    /** The x position of a time, in pixels from the left edge (may lie outside 0 to width). */
    public double timeToX(double epochDay) {
        return (epochDay - range.start()) / range.length() * width;
    }

    /** The time at an x position, in epoch days. */
    public double xToTime(double x) {
        return range.start() + x / width * range.length();
    }

    /**
     * An x on screen as this scale counts it, or the other way: the same x while time runs left to right, its mirror
     * image across the width while it runs right to left. Skins lay out and hit-test along time, with
     * {@link #timeToX} and {@link #xToTime}, and mirror only where pixels meet the screen (a pointer's x, a node's
     * place, a canvas' transform), so that the mapping itself stays one multiply-add. Mirroring is its own inverse.
     */
    public double screenX(double x, boolean rightToLeft) {
        return rightToLeft ? width - x : x;
    }

    /** The same view drawn over another width. */
    public TimeScale withWidth(double newWidth) {
        return new TimeScale(range, newWidth, limits);
    }

    /** Another visible range at the same width and limits, unclamped. */
    public TimeScale withRange(TimeRange newRange) {
        return new TimeScale(newRange, width, limits);
    }

    /**
     * Zooms by {@code factor} around {@code anchorTime}: factors above one zoom in (a shorter span), below one
     * zoom out. The anchor keeps its x position unless a limit forces the view to move.
     */
    public TimeScale zoom(double factor, double anchorTime) {
        if (!(factor > 0) || !Double.isFinite(factor) || !Double.isFinite(anchorTime)) {
            return this;
        }
        double length = range.length();
        double newLength = clampLength(length / factor);
        double fraction = (anchorTime - range.start()) / length;
        double start = anchorTime - fraction * newLength;
        return new TimeScale(clampPosition(start, newLength), width, limits);
    }

    /** Moves the view by {@code dx} pixels' worth of time: positive values show later times. */
    public TimeScale pan(double dx) {
        if (!Double.isFinite(dx) || dx == 0) {
            return this;
        }
        double days = dx * daysPerPixel();
        return new TimeScale(clampPosition(range.start() + days, range.length()), width, limits);
    }

    /** The view clamped to the span and position limits, for ranges that came from outside (an era, a fit). */
    public TimeScale clamped() {
        double length = clampLength(range.length());
        if (length == range.length() && (limits == null
                || (range.start() >= limits.start() && range.end() <= limits.end()))) {
            // Within bounds: keep the range exactly, rather than rebuilt from its centre with rounding errors.
            return this;
        }
        double start = range.center() - length / 2;
        TimeRange next = clampPosition(start, length);
        return next.equals(range) ? this : new TimeScale(next, width, limits);
    }

    /**
     * The shortest span allowed here: an hour, or more where the view is so far back that a double's steps would
     * show; or the whole limits if they are shorter still.
     */
    public double minSpan() {
        double far = Math.max(Math.abs(range.start()), Math.abs(range.end()));
        double shortest = Math.max(MIN_SPAN_DAYS, Math.ulp(far) * POSITIONS_PER_VIEW);
        return limits == null ? shortest : Math.min(shortest, limits.length());
    }

    /** The longest span allowed: the limits' length. */
    public double maxSpan() {
        return limits == null ? Double.MAX_VALUE / 4 : limits.length();
    }

    private double clampLength(double length) {
        return Math.max(minSpan(), Math.min(maxSpan(), length));
    }

    private TimeRange clampPosition(double start, double length) {
        if (limits != null) {
            start = Math.max(limits.start(), Math.min(limits.end() - length, start));
        }
        return new TimeRange(start, start + length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeScale other && other.range.equals(range) && other.width == width
                && Objects.equals(other.limits, limits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(range, width, limits);
    }

    @Override
    public String toString() {
        return "TimeScale[" + range + ", " + width + "px, limits " + limits + "]";
    }
}
