package org.timelineexplorer.io;

/**
 * Hears how far the opening of a file has got, and may stop it. The reader calls it now and then from the thread
 * that reads, often enough for a progress bar (a few hundred times in a large file) and rarely enough to cost nothing.
 */
public interface OpeningProgress {

    /** For an opening that nobody watches or stops. */
    OpeningProgress NONE = new OpeningProgress() {
        @Override
        public void update(double done) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** How much of the work is done, from 0 to 1; it never goes back. */
    void update(double done);

    /**
     * True when whoever asked for the file no longer wants it; the reading then stops soon after with a
     * {@link java.util.concurrent.CancellationException} and changes nothing.
     */
    boolean isCancelled();

    /**
     * This progress seen from a part of the work that runs from {@code from} to {@code to} of the whole: the part's
     * own 0 to 1 is told to this one as {@code from} to {@code to}.
     */
    default OpeningProgress part(double from, double to) {
        OpeningProgress whole = this;
        return new OpeningProgress() {
            @Override
            public void update(double done) {
                whole.update(from + (to - from) * Math.max(0, Math.min(1, done)));
            }

            @Override
            public boolean isCancelled() {
                return whole.isCancelled();
            }
        };
    }
}
