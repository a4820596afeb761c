package org.timelineexplorer.chart;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timelineexplorer.model.ChartStyle;
import org.timelineexplorer.model.FigurePoint;
import org.timelineexplorer.model.FigureSeries;
import org.timelineexplorer.model.Source;
import org.timelineexplorer.model.TimeRange;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The chart laid out on its own: years as years, grouped thousands, tooltips, marker, shading, clicks. */
@ExtendWith(ApplicationExtension.class)
class FiguresChartTest {

    static final FigureSeries TROOPS = new FigureSeries("us-troops", "US troops in Iraq", "troops", ChartStyle.LINE,
            new Source("Congressional Research Service", URI.create("https://crsreports.congress.gov/")),
            List.of(new FigurePoint(2003, 150000, null),
                    new FigurePoint(2007, 165000, "The surge plateau.", true),
                    new FigurePoint(2011, 47000, null),
                    new FigurePoint(2020, 5200, "About 5,200 in January 2020.", true),
                    new FigurePoint(2024, 2500, null)));
    static final FigureSeries DEATHS = new FigureSeries("us-deaths", "US military deaths", "deaths", ChartStyle.BAR,
            new Source("iCasualties.org", URI.create("https://icasualties.org/")),
            List.of(new FigurePoint(2003, 486, null), new FigurePoint(2007, 904, "The deadliest year."),
                    new FigurePoint(2011, 54, "The article's \"almost 4,500\" in total.")));

    private FiguresChart chart;
    private final List<Integer> clicked = new ArrayList<>();

    @Start
    void start(Stage stage) {
        chart = new FiguresChart();
        chart.setSeries(TROOPS);
        chart.setOnYearClicked(clicked::add);
        Scene scene = new Scene(new StackPane(chart), 900, 360);
        scene.getStylesheets().add(getClass().getResource("/org/timelineexplorer/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void yearsAreWrittenAsYearsAndValuesWithGroupedThousands(FxRobot robot) {
        List<String> yearLabels = tickLabels(robot, ".year-axis");
        assertTrue(yearLabels.contains("2008"), yearLabels.toString());
        assertTrue(yearLabels.stream().allMatch(label -> label.matches("\\d{4}")), yearLabels.toString());
        assertTrue(tickLabels(robot, ".value-axis").contains("100,000"));
        NumberAxis values = robot.lookup(".value-axis").queryAs(NumberAxis.class);
        assertEquals("Troops", values.getLabel());
    }

    private static List<String> tickLabels(FxRobot robot, String axis) {
        return robot.lookup(axis).queryParent().getChildrenUnmodifiable().stream()
                .filter(node -> node instanceof Text && node.isVisible())
                .map(node -> ((Text) node).getText()).filter(text -> !text.isEmpty()).toList();
    }

    @Test
    void everyPointHasATooltipWithYearValueNoteAndSource(FxRobot robot) {
        Node point = robot.lookup(".chart-line-symbol").queryAll().stream()
                .filter(n -> n.getAccessibleText().startsWith("2007:")).findFirst().orElseThrow();
        String tip = ((Tooltip) point.getProperties().get("javafx.scene.control.Tooltip")).getText();
        assertEquals("2007: 165,000 troops\nThe surge plateau.\n"
                + "Source: Congressional Research Service", tip);
        assertEquals(5, robot.lookup(".chart-line-symbol").queryAll().size());
    }

    @Test
    void thePeakAndTheArticlesFiguresAreLabelled(FxRobot robot) {
        assertEquals(List.of("165,000 troops (2007)", "5,200 troops (2020)"),
                robot.lookup(".chart-annotation").queryAllAs(Label.class).stream().map(Label::getText).toList());
        robot.interact(() -> chart.setSeries(DEATHS));
        assertEquals(List.of("904 deaths (2007)"),
                robot.lookup(".chart-annotation").queryAllAs(Label.class).stream().map(Label::getText).toList(),
                "a note quoting an article's total does not label that year's figure");
        assertEquals(3, robot.lookup(".chart-bar").queryAll().size());
    }

    @Test
    void aNarrowChartLabelsItsFiguresWithTheValueAloneAndKeepsThemInside(FxRobot robot) {
        robot.interact(() -> chart.setMaxWidth(230));
        WaitForAsyncUtils.waitForFxEvents();
        List<Label> labels = robot.lookup(".chart-annotation").queryAllAs(Label.class).stream().toList();
        assertEquals(List.of("165,000", "5,200"), labels.stream().map(Label::getText).toList());
        for (Label label : labels) {
            Bounds inChart = chart.sceneToLocal(label.localToScene(label.getLayoutBounds()));
            assertTrue(inChart.getMaxX() <= chart.getWidth(), label.getText() + " is cut at the chart's right edge");
        }
    }

    @Test
    void theMarkerStandsAtTheDayAndTheEraIsShaded(FxRobot robot) {
        Line marker = robot.lookup("#chart-marker").queryAs(Line.class);
        Rectangle shade = robot.lookup("#chart-era-shade").queryAs(Rectangle.class);
        assertFalse(marker.isVisible());
        assertFalse(shade.isVisible());

        Node point2007 = robot.lookup(".chart-line-symbol").queryAll().stream()
                .filter(n -> n.getAccessibleText().startsWith("2007:")).findFirst().orElseThrow();
        double center2007 = point2007.getBoundsInParent().getCenterX();
        robot.interact(() -> chart.setMarkerDay((double) LocalDate.of(2007, 7, 2).toEpochDay()));
        assertTrue(marker.isVisible());
        assertEquals(center2007, marker.getStartX(), 1.5, "mid-2007 is where the 2007 point stands");

        robot.interact(() -> {
            chart.setHighlightRange(TimeRange.ofDays(LocalDate.of(2007, 1, 1), LocalDate.of(2008, 12, 31)));
            chart.setHighlightColor("#009E73");
        });
        assertTrue(shade.isVisible());
        assertTrue(shade.getX() < center2007 && shade.getX() + shade.getWidth() > center2007);
    }

    @Test
    void clickingTheChartReportsTheYear(FxRobot robot) {
        Node point2011 = robot.lookup(".chart-line-symbol").queryAll().stream()
                .filter(n -> n.getAccessibleText().startsWith("2011:")).findFirst().orElseThrow();
        robot.clickOn(point2011);
        assertEquals(List.of(2011), clicked);
    }

    @Test
    void theValueAtAHeightIsTheFigureThereAndTheLevelLineStandsAtIt(FxRobot robot) {
        Node point2007 = robot.lookup(".chart-line-symbol").queryAll().stream()
                .filter(n -> n.getAccessibleText().startsWith("2007:")).findFirst().orElseThrow();
        Bounds onScene = point2007.localToScene(point2007.getLayoutBounds());
        double read = chart.valueAt(onScene.getCenterX(), onScene.getCenterY()).orElseThrow();
        assertEquals(165000, read, 1000, "the figure at the 2007 point's height");
        assertTrue(chart.valueAt(onScene.getCenterX(), 1).isEmpty(), "above the plot, no figure");

        Line level = robot.lookup("#chart-level").queryAs(Line.class);
        assertFalse(level.isVisible());
        robot.interact(() -> chart.setLevel(165000.0));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(level.isVisible());
        assertEquals(onScene.getCenterY(), level.localToScene(0, level.getStartY()).getY(), 1.5,
                "the line crosses the plot at the 2007 point's height");
    }

    /**
     * A series is drawn in the colour of its place among the dataset's series, whatever its id: read from the
     * pixels inside the tallest bar, with the app's palette and with none but the chart's own stylesheet.
     */
    @Test
    void aSeriesIsDrawnInTheColourOfItsPlace(FxRobot robot) {
        robot.interact(() -> chart.setSeries(DEATHS));
        assertEquals(Color.web("#0072B2"), colourInsideTallestBar(robot), "the first series' colour by default");
        robot.interact(() -> chart.setColorIndex(1));
        assertEquals(Color.web("#D55E00"), colourInsideTallestBar(robot), "the second series' colour");
        robot.interact(() -> chart.setColorIndex(2));
        assertEquals(Color.web("#009E73"), colourInsideTallestBar(robot), "the third series' colour");
        robot.interact(() -> chart.setColorIndex(1 + FiguresChart.PALETTE_SIZE));
        assertEquals(Color.web("#D55E00"), colourInsideTallestBar(robot), "the palette repeats after six series");

        robot.interact(() -> chart.getScene().getStylesheets().clear());
        assertEquals(Color.web("#D55E00"), colourInsideTallestBar(robot), "the chart's own defaults, alone");
    }

    private Color colourInsideTallestBar(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Color[] colour = new Color[1];
        robot.interact(() -> {
            Node bar = chart.lookupAll(".chart-bar").stream()
                    .max(java.util.Comparator.comparingDouble(n -> n.getLayoutBounds().getHeight())).orElseThrow();
            Bounds inChart = chart.sceneToLocal(bar.localToScene(bar.getLayoutBounds()));
            WritableImage picture = chart.snapshot(null, null);
            colour[0] = picture.getPixelReader().getColor((int) inChart.getCenterX(), (int) inChart.getCenterY());
        });
        return colour[0];
    }
}
