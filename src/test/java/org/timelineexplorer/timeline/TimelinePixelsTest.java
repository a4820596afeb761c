package org.timelineexplorer.timeline;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timelineexplorer.color.Contrast;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.TimeRange;
import org.timelineexplorer.model.TimelineEvent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the timeline draws, read from its pixels as a student sees them: no test here asks the skin where it drew
 * anything. Places come from the public time scale, colours from the control's styleable properties, and a
 * painter that draws nothing, or draws elsewhere or in another colour, fails them.
 */
@ExtendWith(ApplicationExtension.class)
class TimelinePixelsTest {

    private static final int WIDTH = 1000;
    private static final int HEIGHT = 420;
    private static final TimeRange VIEW = TimeRange.ofDays(LocalDate.of(2003, 1, 1), LocalDate.of(2008, 12, 31));
    private static final LocalDate DAY = LocalDate.of(2005, 6, 15);

    /** A black era, as the bundled "Protests and escalation" is, for the dark theme's tests. */
    private static final Era BLACK_ERA = new Era("black", "Protests", "", HistoricalDate.parse("2006-03"),
            HistoricalDate.parse("2007-08"), "#000000");

    private final TimelineEvent alone = event("alone", DAY.toString(), "A day alone");
    private final Era era = new Era("era", "The era", "", HistoricalDate.parse("2006-03"),
            HistoricalDate.parse("2007-08"), "#E69F00");
    private final ObservableList<TimelineEvent> events = FXCollections.observableArrayList(alone);
    private final ObservableList<Era> eras = FXCollections.observableArrayList(era);
    private TimelineView view;

    private static TimelineEvent event(String id, String date, String title) {
        return new TimelineEvent(id, HistoricalDate.parse(date), null, title, "", "", null, List.of(), null);
    }

    @Start
    void start(Stage stage) {
        view = new TimelineView(events, eras);
        view.setLocale(Locale.UK);
        view.setAnimated(false);
        view.setVisibleRange(VIEW);
        stage.setScene(new Scene(new StackPane(view), WIDTH, HEIGHT));
        stage.show();
    }

    private PixelReader pixels(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = view.snapshot(null, null));
        return shot[0].getPixelReader();
    }

    private Color colour(javafx.css.StyleableObjectProperty<javafx.scene.paint.Paint> property) {
        return (Color) property.get();
    }

    /** The x where the time scale puts {@code epochDay} on the main canvas. */
    private double xOf(double epochDay) {
        return fx(() -> view.scale(view.lookup(".timeline-canvas").getLayoutBounds().getWidth()).timeToX(epochDay));
    }

    /** The bottom of the main canvas: the overview strip below it draws events in their colour too. */
    private int mainBottom() {
        return fx(() -> (int) view.lookup(".overview").getLayoutY()) - 1;
    }

    private static boolean near(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen())
                + Math.abs(a.getBlue() - b.getBlue()) < 0.06;
    }

    /** The middle of the run of pixels in {@code colour} down column {@code x}, or -1 when there is none. */
    private int middleOfColumnRun(PixelReader p, int x, Color colour, int from, int to) {
        int first = -1;
        int last = -1;
        for (int y = from; y < to; y++) {
            if (near(p.getColor(x, y), colour)) {
                first = first < 0 ? y : first;
                last = y;
            }
        }
        return first < 0 ? -1 : (first + last) / 2;
    }

    /** The left and right ends of the run of pixels in {@code colour} through ({@code x}, {@code y}) along the row. */
    private int[] rowRun(PixelReader p, int x, int y, Color colour) {
        int left = x;
        while (left > 0 && near(p.getColor(left - 1, y), colour)) {
            left--;
        }
        int right = x;
        while (right < WIDTH - 1 && near(p.getColor(right + 1, y), colour)) {
            right++;
        }
        return new int[] {left, right};
    }

    /** The centre of {@code alone}'s dot as drawn, found by its colour where the time scale puts its day. */
    private Point2D dotOf(PixelReader p, Color colour) {
        double day = alone.range().center();
        int x = (int) Math.round(xOf(day));
        int y = middleOfColumnRun(p, x, colour, 0, mainBottom());
        assertTrue(y >= 0, "a marker in " + colour + " down the column of " + DAY + " at x = " + x);
        int[] run = rowRun(p, x, y, colour);
        return new Point2D((run[0] + run[1] + 1) / 2.0, y);
    }

    @Test
    void anEventsMarkerIsDrawnInItsColourAtTheXOfItsDate(FxRobot robot) {
        PixelReader p = pixels(robot);
        Color eventColour = colour(view.eventColorProperty());
        Point2D dot = dotOf(p, eventColour);
        double x = xOf(alone.range().center());
        assertEquals(x, dot.getX(), 1.0, "the dot's centre is where the scale puts the middle of its day");
        int[] run = rowRun(p, (int) dot.getX(), (int) dot.getY(), eventColour);
        int diameter = run[1] - run[0] + 1;
        assertTrue(diameter >= 8 && diameter <= 16, "a dot, not a line or a bar: " + diameter + " px across");
        assertFalse(near(p.getColor((int) x + 40, (int) dot.getY()), eventColour), "no marker beside it");
        assertFalse(near(p.getColor((int) x - 40, (int) dot.getY()), eventColour), "nor before it");
    }

    @Test
    void anEraIsABandInItsColourFromItsStartToItsEnd(FxRobot robot) {
        PixelReader p = pixels(robot);
        Color band = Color.web(era.color());
        TimeRange r = era.range();
        int x0 = (int) Math.round(xOf(r.start()));
        int x1 = (int) Math.round(xOf(r.end()));
        int y = middleOfColumnRun(p, (x0 + x1) / 2 + 30, band, 0, mainBottom());
        assertTrue(y >= 0, "a band in the era's colour inside its time");
        // Inside the edge an orange era gets on white (2 to 1 by itself), see below.
        assertTrue(near(p.getColor(x0 + 4, y), band), "the band starts at the era's start");
        assertFalse(near(p.getColor(x0 - 3, y), band), "and not before");
        assertTrue(near(p.getColor(x1 - 5, y), band), "the band runs to the era's end");
        assertFalse(near(p.getColor(x1 + 2, y), band), "and not after");
        // Its name in black, which reads on orange, where the band is plain.
        boolean ink = false;
        for (int x = x0 + 2; x < x1 - 2 && !ink; x++) {
            ink = near(p.getColor(x, y), Color.BLACK);
        }
        assertTrue(ink, "the era's name is written on the band in black");
    }

    private static double contrast(Color a, Color b) {
        return Contrast.ratio(Contrast.relativeLuminance(a.getRed(), a.getGreen(), a.getBlue()),
                Contrast.relativeLuminance(b.getRed(), b.getGreen(), b.getBlue()));
    }

    /** The most any pixel from {@code fromX} to {@code toX} on row {@code y} contrasts with {@code page}. */
    private static double strongestAgainst(PixelReader p, Color page, int fromX, int toX, int y) {
        double most = 1;
        for (int x = fromX; x <= toX; x++) {
            most = Math.max(most, contrast(p.getColor(x, y), page));
        }
        return most;
    }

    /**
     * A black era on the dark theme's page (the bundled "Protests and escalation") would be a hole in it: its band
     * has an edge that stands out from the page by a clear margin all round, at its top, bottom and sides, and
     * only where the era is.
     */
    @Test
    void aBlackEraOnADarkPageHasAnEdgeThatShows(FxRobot robot) {
        robot.interact(() -> {
            view.setStyle("-te-c-background: #1C1D1F;");
            eras.setAll(BLACK_ERA);
        });
        PixelReader p = pixels(robot);
        Color page = colour(view.canvasBackgroundProperty());
        assertEquals(Color.web("#1C1D1F"), page);
        int x0 = (int) Math.round(xOf(BLACK_ERA.range().start()));
        int x1 = (int) Math.round(xOf(BLACK_ERA.range().end()));
        // Left of the centred name, and clear of the grid line at 1 January.
        int inside = x0 + 8;
        int outside = x0 - 10;
        int fill = middleOfColumnRun(p, inside, Color.BLACK, 0, mainBottom());
        assertTrue(fill >= 0, "the band is drawn in black");
        List<Integer> edgeRows = new ArrayList<>();
        for (int y = 0; y < mainBottom(); y++) {
            if (contrast(p.getColor(inside, y), page) >= 2.5 && contrast(p.getColor(outside, y), page) < 1.5) {
                edgeRows.add(y);
            }
        }
        assertTrue(edgeRows.stream().anyMatch(y -> y < fill), "an edge above the black band: " + edgeRows);
        assertTrue(edgeRows.stream().anyMatch(y -> y > fill), "and below it: " + edgeRows);
        // The sides, within the two pixels of the edge wherever the time scale puts them between pixels.
        assertTrue(strongestAgainst(p, page, x0 - 1, x0 + 2, fill) >= 2.5, "at its start");
        assertTrue(strongestAgainst(p, page, x1 - 3, x1, fill) >= 2.5, "at its end");
        assertTrue(contrast(p.getColor(x0 - 4, fill), page) < 1.5, "and none before it");
    }

    /** The same black era in the overview strip under the timeline, drawn paler there, has its edge too. */
    @Test
    void aBlackEraOnADarkStripHasAnEdgeThatShowsInTheOverview(FxRobot robot) {
        // One event, early, away from the era; the view on its months, so that the strip's frame of the visible
        // part, the histogram and the era lie apart.
        robot.interact(() -> {
            view.setStyle("-te-c-background: #1C1D1F; -te-c-grid: #2E3035;");
            events.setAll(event("early", "2003-03-20", "Early"));
            eras.setAll(BLACK_ERA);
            view.setVisibleRange(TimeRange.ofDays(LocalDate.of(2003, 1, 1), LocalDate.of(2003, 6, 30)));
        });
        Color strip = colour(view.gridColorProperty());
        assertEquals(Color.web("#2E3035"), strip);
        int standingOut = standingOutOfStrip(pixels(robot), strip);
        // Its top and bottom edges alone are a few hundred pixels long; without them nothing there stands out.
        assertTrue(standingOut > 200, "the black era's edge shows in the overview strip: " + standingOut + " pixels");
    }

    /**
     * The pixels of the overview strip's era part (its right 30 %) that contrast 2.5:1 or more with the strip. The
     * view's own size: the stage may keep the size an earlier test gave it.
     */
    private int standingOutOfStrip(PixelReader p, Color strip) {
        int width = fx(() -> (int) view.getWidth());
        int height = fx(() -> (int) view.getHeight());
        int count = 0;
        for (int y = mainBottom() + 2; y < height; y++) {
            for (int x = width * 7 / 10; x < width - 10; x++) {
                if (contrast(p.getColor(x, y), strip) >= 2.5) {
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * The axis writes each year centred between the tick at its first day and the next one: ink between every two
     * ticks, on the label row above the axis line, and the ticks themselves at the days the scale gives. (The
     * test's timeline has the light default colours.)
     */
    @Test
    void theAxisWritesEachYearBetweenItsTicks(FxRobot robot) {
        PixelReader p = pixels(robot);
        Color axis = colour(view.axisColorProperty());
        Color background = colour(view.canvasBackgroundProperty());
        int lineY = -1;
        for (int y = 0; y < mainBottom() && lineY < 0; y++) {
            int dark = 0;
            for (int x = 0; x < WIDTH; x += 10) {
                dark += near(p.getColor(x, y), axis) ? 1 : 0;
            }
            lineY = dark > WIDTH / 10 * 0.9 ? y : -1;
        }
        assertTrue(lineY > 0, "an axis line across the timeline");
        for (int year = 2003; year <= 2008; year++) {
            int tick = (int) Math.round(xOf(LocalDate.of(year, 1, 1).toEpochDay()));
            int next = (int) Math.round(xOf(LocalDate.of(year + 1, 1, 1).toEpochDay()));
            if (year > 2003) {
                assertTrue(near(p.getColor(tick, lineY - 2), axis), "a tick at 1 January " + year);
            }
            double inkX = 0;
            int ink = 0;
            for (int y = lineY / 2; y < lineY - 4; y++) {
                for (int x = tick + 3; x < next - 3; x++) {
                    // Dark on the light background, era tint or not: the text, in the axis colour.
                    if (p.getColor(x, y).getBrightness() < background.getBrightness() - 0.4) {
                        inkX += x;
                        ink++;
                    }
                }
            }
            assertTrue(ink > 20, "the year " + year + " is written between its ticks: " + ink + " px of ink");
            assertEquals((tick + next) / 2.0, inkX / ink, 6, year + " is centred in its year");
        }
    }

    @Test
    void aClickedEventIsDrawnInTheSelectionColour(FxRobot robot) {
        Color eventColour = colour(view.eventColorProperty());
        Color selected = colour(view.selectedColorProperty());
        Point2D dot = dotOf(pixels(robot), eventColour);
        assertFalse(near(pixels(robot).getColor((int) dot.getX(), (int) dot.getY()), selected));

        robot.clickOn(view.localToScreen(dot));
        assertSame(alone, view.getSelectedEvent());

        PixelReader p = pixels(robot);
        assertTrue(near(p.getColor((int) dot.getX(), (int) dot.getY()), selected),
                "the marker is drawn in the selection colour: " + p.getColor((int) dot.getX(), (int) dot.getY()));
        // The outline round it, in the same colour, on both sides of the marker.
        int[] marker = rowRun(p, (int) dot.getX(), (int) dot.getY(), selected);
        boolean outlineLeft = false;
        for (int x = marker[0] - 2; x > marker[0] - 30 && !outlineLeft; x--) {
            outlineLeft = near(p.getColor(x, (int) dot.getY()), selected);
        }
        assertTrue(outlineLeft, "an outline left of the marker");
        assertFalse(near(p.getColor((int) dot.getX(), (int) dot.getY()), eventColour));
    }

    private static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
