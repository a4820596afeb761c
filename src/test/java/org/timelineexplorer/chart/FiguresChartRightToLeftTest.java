package org.timelineexplorer.chart;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timelineexplorer.model.FigurePoint;
import org.timelineexplorer.model.TimeRange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The figures chart with its years running right to left: read from its pixels and clicked as a student would. */
@ExtendWith(ApplicationExtension.class)
class FiguresChartRightToLeftTest {

    private FiguresChart chart;
    private final List<Integer> clicked = new ArrayList<>();

    @Start
    void start(Stage stage) {
        chart = new FiguresChart();
        chart.setSeries(FiguresChartTest.DEATHS);
        chart.setTimeRightToLeft(true);
        chart.setOnYearClicked(clicked::add);
        Scene scene = new Scene(new StackPane(chart), 900, 360);
        scene.getStylesheets().add(getClass().getResource("/org/timelineexplorer/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private PixelReader pixels(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = chart.snapshot(null, null));
        return shot[0].getPixelReader();
    }

    private Bounds barOf(FxRobot robot, int year) {
        Node bar = robot.lookup(".chart-bar").queryAll().stream()
                .filter(n -> ((FigurePoint) n.getProperties().get(FigurePoint.class)).year() == year)
                .findFirst().orElseThrow();
        return chart.sceneToLocal(bar.localToScene(bar.getLayoutBounds()));
    }

    /** The x of each run of {@code colour} along row {@code y}, from left to right. */
    private static List<Double> runsAlong(PixelReader p, int y, int width, Color colour) {
        List<Double> runs = new ArrayList<>();
        int start = -1;
        for (int x = 0; x <= width; x++) {
            boolean in = x < width && p.getColor(x, y).equals(colour);
            if (in && start < 0) {
                start = x;
            } else if (!in && start >= 0) {
                runs.add((start + x - 1) / 2.0);
                start = -1;
            }
        }
        return runs;
    }

    @Test
    void laterYearsAreDrawnFurtherLeft(FxRobot robot) {
        Bounds y2003 = barOf(robot, 2003);
        Bounds y2007 = barOf(robot, 2007);
        Bounds y2011 = barOf(robot, 2011);
        PixelReader p = pixels(robot);
        // A row just above the zero line crosses every bar, even 2011's short one.
        int row = (int) Math.round(y2003.getMaxY()) - 2;
        Color bar = p.getColor((int) Math.round(y2003.getCenterX()), row);
        List<Double> runs = runsAlong(p, row, (int) chart.getWidth(), bar);
        assertEquals(3, runs.size(), "three bars in the series colour: " + runs);
        assertEquals(y2011.getCenterX(), runs.get(0), 2, "2011 leftmost");
        assertEquals(y2007.getCenterX(), runs.get(1), 2, "2007 in the middle");
        assertEquals(y2003.getCenterX(), runs.get(2), 2, "2003 rightmost");
    }

    @Test
    void theFiguresAxisStandsOnTheRightAndClicksTellTheYearUnderThePointer(FxRobot robot) {
        Bounds values = chart.sceneToLocal(robot.lookup(".value-axis").query().localToScene(
                robot.lookup(".value-axis").query().getLayoutBounds()));
        assertTrue(values.getMinX() > chart.getWidth() / 2, "the figures' axis on the right: " + values);
        Bounds y2011 = barOf(robot, 2011);
        robot.clickOn(chart.localToScreen(y2011.getCenterX(), y2011.getMinY() - 20));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(2011), clicked);
    }

    @Test
    void theMarkerAndTheShadeStandWhereTheirTimeIs(FxRobot robot) {
        robot.interact(() -> {
            chart.markerDayProperty().set((double) LocalDate.of(2007, 7, 2).toEpochDay());
            chart.highlightRangeProperty().set(TimeRange.ofDays(LocalDate.of(2007, 1, 1), LocalDate.of(2011, 12, 31)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        Bounds y2007 = barOf(robot, 2007);
        Bounds y2011 = barOf(robot, 2011);
        Node marker = robot.lookup("#chart-marker").query();
        double markerX = chart.sceneToLocal(marker.localToScene(marker.getLayoutBounds())).getCenterX();
        assertEquals(y2007.getCenterX(), markerX, 3, "the marker in the middle of 2007");
        Rectangle shade = robot.lookup("#chart-era-shade").queryAs(Rectangle.class);
        Bounds shaded = chart.sceneToLocal(shade.localToScene(shade.getLayoutBounds()));
        assertTrue(shaded.getMinX() < y2011.getMinX() && shaded.getMaxX() > y2007.getMaxX(),
                "the shade from the end of 2011 on the left to the start of 2007 on the right: " + shaded);
    }
}
