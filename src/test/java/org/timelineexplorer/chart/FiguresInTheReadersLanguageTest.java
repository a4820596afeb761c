package org.timelineexplorer.chart;

import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timelineexplorer.i18n.Language;
import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.model.Estimate;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.Source;

import java.net.URI;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The charts write their figures as the reader's language does: thousands apart by a narrow no-break space in
 * French, Iraq's own digits in Arabic; never a separator inside a year.
 */
@ExtendWith(ApplicationExtension.class)
class FiguresInTheReadersLanguageTest {

    private static final String GROUP = "\u202f";
    private static final Estimate SURVEY = new Estimate("survey", "A survey", 151000, 104000.0, 223000.0,
            HistoricalDate.ofMonth(2003, 3), HistoricalDate.ofMonth(2006, 6), "deaths", "a household survey",
            new Source("A journal", URI.create("https://example.org/")), null);

    private FiguresChart figures;
    private EstimatesChart estimates;

    @Start
    void start(Stage stage) {
        // Made while French is the language in use: the chart takes its locale, as the window's charts do.
        Messages.use(Language.FRENCH);
        figures = new FiguresChart();
        figures.setSeries(FiguresChartTest.TROOPS);
        estimates = new EstimatesChart();
        estimates.setLocale(Language.ARABIC.locale(false));
        estimates.setEstimates(List.of(SURVEY));
        // Test classes share one stage: a size another class gave it must not carry over.
        stage.setWidth(900);
        stage.setHeight(600);
        Scene scene = new Scene(new VBox(figures, estimates), 900, 600);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void backToEnglish() {
        Messages.use(Language.ENGLISH);
    }

    private static List<String> texts(FxRobot robot, String query) {
        return robot.lookup(query).queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    @Test
    void frenchFiguresAreGroupedWithANarrowSpaceAndYearsAreNot(FxRobot robot) {
        assertEquals(List.of("165" + GROUP + "000 troops (2007)", "5" + GROUP + "200 troops (2020)"),
                texts(robot, ".chart-annotation"));
        List<String> ticks = robot.lookup(".value-axis").queryParent().getChildrenUnmodifiable().stream()
                .filter(node -> node instanceof Text && node.isVisible()).map(node -> ((Text) node).getText()).toList();
        assertTrue(ticks.contains("100" + GROUP + "000"), ticks.toString());
        Node point = robot.lookup(".chart-line-symbol").queryAll().stream()
                .filter(n -> n.getAccessibleText().startsWith("2007:")).findFirst().orElseThrow();
        String tip = ((Tooltip) point.getProperties().get("javafx.scene.control.Tooltip")).getText();
        assertEquals("2007: 165" + GROUP + "000 troops\nThe surge plateau.\nSource : Congressional Research Service",
                tip);
    }

    @Test
    void arabicFiguresAndYearsAreInIraqsDigits(FxRobot robot) {
        assertEquals(List.of("١٥١٬٠٠٠"), texts(robot, ".estimate-value"));
        assertEquals(List.of("٢٠٠٣–٠٦"), texts(robot, ".estimate-years"));

        robot.interact(() -> figures.setLocale(Language.ARABIC.locale(false)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("١٦٥٬٠٠٠ troops (٢٠٠٧)", "٥٬٢٠٠ troops (٢٠٢٠)"), texts(robot, ".chart-annotation"));
        List<String> years = robot.lookup(".year-axis").queryParent().getChildrenUnmodifiable().stream()
                .filter(node -> node instanceof Text && node.isVisible()).map(node -> ((Text) node).getText())
                .filter(text -> !text.isEmpty()).toList();
        assertTrue(years.contains("٢٠١٠"), years.toString());
        assertTrue(robot.lookup(".chart-annotation").queryAllAs(Label.class).stream().allMatch(label ->
                        label.getEffectiveNodeOrientation() == NodeOrientation.RIGHT_TO_LEFT),
                "Arabic labels are ordered right to left inside the chart's left-to-right plot");
        robot.interact(() -> estimates.setLocale(Language.ARABIC.locale(true)));
        assertEquals(List.of("151,000"), texts(robot, ".estimate-value"));
        assertEquals("151,000 (104,000–223,000)", EstimatesChart.figure(SURVEY, Language.ARABIC.locale(true)));
    }
}
