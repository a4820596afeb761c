package org.timelineexplorer.timeline;

import javafx.animation.Interpolator;
import javafx.animation.Transition;
import javafx.beans.property.ObjectProperty;
import javafx.util.Duration;
import org.timelineexplorer.model.TimeRange;

/**
 * An animated move of a timeline's range, eased, so that a class sees where the view went. Any other change of
 * the range (another view, the user) ends it where it is.
 */
final class Jump {

    private final ObjectProperty<TimeRange> range;
    private Transition running;
    private TimeRange target;
    /** True while the jump itself sets the range. */
    private boolean stepping;

    Jump(ObjectProperty<TimeRange> range) {
        this.range = range;
        range.addListener(o -> {
            if (running != null && !stepping) {
                stop();
            }
        });
    }

    /** Moves the range from {@code from} to {@code to} over {@code duration}, stopping any jump under way. */
    void play(TimeRange from, TimeRange to, Duration duration) {
        stop();
        target = to;
        running = new Transition() {
            {
                setCycleDuration(duration);
                setInterpolator(Interpolator.EASE_BOTH);
            }

            @Override
            protected void interpolate(double f) {
                double s = from.start() + (to.start() - from.start()) * f;
                double e = from.end() + (to.end() - from.end()) * f;
                stepping = true;
                try {
                    range.set(f >= 1 ? to : new TimeRange(s, Math.max(e, s + 1e-6)));
                } finally {
                    stepping = false;
                }
            }
        };
        running.setOnFinished(ev -> {
            running = null;
            target = null;
        });
        running.play();
    }

    void stop() {
        if (running != null) {
            running.stop();
            running = null;
            target = null;
        }
    }

    /** Where the jump under way ends, or {@code null}. */
    TimeRange target() {
        return target;
    }
}
