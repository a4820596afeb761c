package org.timelineexplorer.export;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.TimeRange;
import org.timelineexplorer.model.TimelineEvent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A still picture of a timeline for export from the command line: era bands with their titles, a year axis, and the
 * events in the range as markers with their titles, placed in lanes so that labels never overlap (events that find no
 * free lane are counted in a note rather than drawn on top of each other).
 */
public final class TimelinePictures {

    private static final Color AXIS = Color.web("#333333");
    private static final Color LABEL = Color.web("#1a1a1a");
    private static final Color MARKER = Color.web("#0b5394");
    private static final double AXIS_HEIGHT = 28;
    private static final double ERA_HEIGHT = 26;
    private static final double LANE_HEIGHT = 22;

    private TimelinePictures() {
    }

    /** The whole span of a dataset with a little room on both sides, so that the first and last labels fit. */
    public static TimeRange withMargins(TimeRange span) {
        return span.expand(0.02);
    }

    /** A region that draws {@code range} of {@code dataset} at whatever size it is laid out. */
    public static Region timelineOf(Dataset dataset, TimeRange range) {
        return new Picture(dataset, range);
    }

    private static final class Picture extends Pane {
        private final Dataset dataset;
        private final TimeRange range;
        private final Canvas canvas = new Canvas();

        Picture(Dataset dataset, TimeRange range) {
            this.dataset = dataset;
            this.range = range;
            getChildren().add(canvas);
            setStyle("-fx-background-color: white;");
        }

        @Override
        protected void layoutChildren() {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            draw();
        }

        private double x(double day) {
            return (day - range.start()) / range.length() * getWidth();
        }

        private void draw() {
            double width = getWidth();
            double height = getHeight();
            GraphicsContext g = canvas.getGraphicsContext2D();
            g.clearRect(0, 0, width, height);
            g.setFill(Color.WHITE);
            g.fillRect(0, 0, width, height);
            Font small = Font.font(Font.getDefault().getFamily(), 11);
            Font bold = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 12);

            // Era bands across the whole height, titled at the top.
            for (Era era : dataset.eras()) {
                TimeRange r = era.range();
                if (!r.overlaps(range)) {
                    continue;
                }
                double left = Math.max(0, x(r.start()));
                double right = Math.min(width, x(r.end()));
                Color color = Color.web(era.color());
                g.setFill(color.deriveColor(0, 1, 1, 0.13));
                g.fillRect(left, 0, right - left, height - AXIS_HEIGHT);
                g.setFill(color.deriveColor(0, 1, 1, 0.85));
                g.fillRect(left, 0, right - left, 4);
                g.setFill(color.darker());
                g.setFont(bold);
                g.setTextBaseline(VPos.TOP);
                g.setTextAlign(TextAlignment.LEFT);
                String title = fit(era.title(), bold, right - left - 8);
                if (!title.isEmpty()) {
                    g.fillText(title, left + 4, 8);
                }
            }

            // Year axis.
            double axisY = height - AXIS_HEIGHT;
            g.setStroke(AXIS);
            g.setLineWidth(1);
            g.strokeLine(0, axisY + 0.5, width, axisY + 0.5);
            drawTicks(g, small, width, axisY);

            // Events in lanes below the era titles, each label kept clear of the previous one in its lane.
            double top = ERA_HEIGHT + 6;
            int lanes = Math.max(1, (int) ((axisY - top - 4) / LANE_HEIGHT));
            double[] laneEnds = new double[lanes];
            java.util.Arrays.fill(laneEnds, Double.NEGATIVE_INFINITY);
            List<TimelineEvent> hidden = new ArrayList<>();
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.CENTER);
            for (TimelineEvent event : dataset.events()) {
                TimeRange r = event.range();
                if (!r.overlaps(range)) {
                    continue;
                }
                double start = x(r.start());
                double end = Math.max(start + 2, x(r.end()));
                String label = fit(event.title(), small, 220);
                double labelWidth = textWidth(label, small);
                // Labels go right of the marker, or left of it where they would run off the picture.
                boolean flip = start + 7 + labelWidth > width - 4;
                double left = flip ? Math.min(start, width) - 7 - labelWidth : start - 4;
                double right = (flip ? Math.max(end, start + 4) : Math.max(end, start + 7 + labelWidth)) + 8;
                int lane = -1;
                for (int i = 0; i < lanes; i++) {
                    if (laneEnds[i] < left) {
                        lane = i;
                        break;
                    }
                }
                if (lane < 0) {
                    hidden.add(event);
                    continue;
                }
                laneEnds[lane] = right;
                double y = top + lane * LANE_HEIGHT + LANE_HEIGHT / 2;
                g.setStroke(MARKER.deriveColor(0, 1, 1, 0.35));
                g.strokeLine(start + 0.5, y, start + 0.5, axisY);
                g.setFill(MARKER);
                if (end - start > 6) {
                    // A lasting event: a bar along the top of its lane, clear of its label.
                    g.fillRoundRect(start, y - 10, end - start, 4, 4, 4);
                }
                g.fillOval(start - 4, y - 4, 8, 8);
                g.setFill(LABEL);
                g.setTextAlign(flip ? TextAlignment.RIGHT : TextAlignment.LEFT);
                g.fillText(label, flip ? start - 7 : Math.max(start + 7, 0), y);
            }
            if (!hidden.isEmpty()) {
                g.setFill(AXIS);
                g.setTextAlign(TextAlignment.RIGHT);
                g.setTextBaseline(VPos.BOTTOM);
                g.fillText(hidden.size() + " more events not labelled at this size", width - 6, axisY - 4);
            }
        }

        /** Year ticks, or month ticks (every 1, 3 or 6 months) when a year is wide enough to show them. */
        private void drawTicks(GraphicsContext g, Font font, double width, double axisY) {
            double pixelsPerMonth = width / (range.length() / 30.44);
            int monthStep = pixelsPerMonth >= 60 ? 1 : pixelsPerMonth * 3 >= 60 ? 3 : pixelsPerMonth * 6 >= 60 ? 6 : 0;
            int yearStep = 1;
            for (int candidate : new int[]{1, 2, 5, 10, 20, 50, 100, 200, 500, 1000}) {
                yearStep = candidate;
                if (pixelsPerMonth * 12 * candidate >= 48) {
                    break;
                }
            }
            LocalDate first = LocalDate.ofEpochDay((long) Math.floor(range.start())).withDayOfMonth(1);
            LocalDate last = LocalDate.ofEpochDay((long) Math.ceil(range.end()));
            g.setFont(font);
            g.setFill(AXIS);
            g.setStroke(AXIS);
            g.setTextBaseline(VPos.TOP);
            LocalDate tick = monthStep > 0
                    ? first.withMonth(((first.getMonthValue() - 1) / monthStep) * monthStep + 1)
                    : LocalDate.of(Math.max(1, first.getYear() - first.getYear() % yearStep), 1, 1);
            for (; !tick.isAfter(last); tick = monthStep > 0 ? tick.plusMonths(monthStep) : tick.plusYears(yearStep)) {
                double x = x(tick.toEpochDay());
                if (x < 0 || x > width) {
                    continue;
                }
                boolean yearStart = tick.getMonthValue() == 1;
                g.strokeLine(x + 0.5, axisY, x + 0.5, axisY + (yearStart ? 7 : 4));
                String label = monthStep == 0 ? Integer.toString(tick.getYear())
                        : tick.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH)
                        + (yearStart ? " " + tick.getYear() : "");
                double labelWidth = textWidth(label, font);
                // Centred under its tick, but never cut by the picture's edges.
                double left = Math.max(2, Math.min(width - labelWidth - 2, x - labelWidth / 2));
                g.setTextAlign(TextAlignment.LEFT);
                g.fillText(label, left, axisY + 8);
            }
        }

        private static double textWidth(String text, Font font) {
            Text measure = new Text(text);
            measure.setFont(font);
            return measure.getLayoutBounds().getWidth();
        }

        /** {@code text}, shortened with an ellipsis to fit {@code width}; empty when not even that fits. */
        private static String fit(String text, Font font, double width) {
            if (textWidth(text, font) <= width) {
                return text;
            }
            for (int n = text.length() - 1; n > 0; n--) {
                String shorter = text.substring(0, n).stripTrailing() + "…";
                if (textWidth(shorter, font) <= width) {
                    return shorter;
                }
            }
            return "";
        }
    }
}
