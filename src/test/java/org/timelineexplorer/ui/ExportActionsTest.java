package org.timelineexplorer.ui;

import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timelineexplorer.export.FxThread;
import org.timelineexplorer.export.FxForTests;
import org.timelineexplorer.export.ImageExport;
import org.timelineexplorer.io.DatasetReader;
import org.timelineexplorer.model.AppState;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportActionsTest {

    private static final java.util.List<Stage> STAGES = new java.util.ArrayList<>();

    @BeforeAll
    static void startFx() throws Exception {
        FxForTests.start();
    }

    /** Windows left open would take the keyboard from later tests' windows. */
    @org.junit.jupiter.api.AfterEach
    void closeWindows() throws Exception {
        FxThread.call(() -> {
            STAGES.forEach(Stage::hide);
            STAGES.clear();
            return null;
        });
    }

    /** A window where the "chart" is a red box 300 × 200 placed away from the scene's corner, as in the real window. */
    static ExportActions actionsInAWindow(Region[] chartOut) throws Exception {
        return FxThread.call(() -> {
            AppState state = new AppState(new DatasetReader().readBundled().dataset().orElseThrow());
            Region chart = new Region();
            chart.setStyle("-fx-background-color: #ff0000;");
            chart.setPrefSize(300, 200);
            chart.setMinSize(300, 200);
            Region sidebar = new Region();
            sidebar.setPrefSize(170, 10);
            Region timeline = new Region();
            timeline.setStyle("-fx-background-color: #00ff00;");
            timeline.setPrefSize(470, 120);
            timeline.setMaxSize(470, 120);
            VBox root = new VBox(37, timeline, new HBox(sidebar, chart));
            root.setAlignment(Pos.TOP_LEFT);
            Stage stage = new Stage();
            STAGES.add(stage);
            stage.setScene(new Scene(root, 600, 420));
            stage.show();
            root.applyCss();
            root.layout();
            chartOut[0] = chart;
            return new ExportActions(state, () -> chart, () -> "Red box", () -> timeline);
        });
    }

    @Test
    void chartInTheWindowIsExportedWhereItStands(@TempDir Path dir) throws Exception {
        Region[] chart = new Region[1];
        ExportActions actions = actionsInAWindow(chart);
        WritableImage image = FxThread.call(() -> actions.chartImage(2));
        assertEquals(600, image.getWidth());
        assertEquals((200 + ImageExport.TITLE_BAND + ImageExport.FOOTER_BAND) * 2, image.getHeight());
        int top = (int) (ImageExport.TITLE_BAND * 2);
        for (int[] p : new int[][]{{0, top}, {599, top}, {0, top + 399}, {599, top + 399}, {300, top + 200}}) {
            assertEquals(0xFFFF0000, image.getPixelReader().getArgb(p[0], p[1]), "content pixel at " + p[0] + "," + p[1]);
        }
        Path file = dir.resolve("chart.png");
        assertEquals(file, FxThread.call(() -> actions.save(image, file)).get());
        BufferedImage png = ImageIO.read(file.toFile());
        assertEquals(600, png.getWidth());
    }

    @Test
    void timelineShownOrWhole() throws Exception {
        ExportActions actions = actionsInAWindow(new Region[1]);
        WritableImage shown = FxThread.call(() -> actions.timelineImage(1, Optional.empty()));
        assertEquals(470, shown.getWidth());
        assertEquals(120 + 88, shown.getHeight());
        assertEquals(0xFF00FF00, shown.getPixelReader().getArgb(5, 60));
        WritableImage whole = FxThread.call(() -> actions.timelineImage(2, Optional.of(1200)));
        assertEquals(2400, whole.getWidth());
        assertEquals((300 + 88) * 2, whole.getHeight(), "at least 300 high for a readable whole timeline");
    }

    @Test
    void slugsMakeFileNames() {
        assertEquals("us-troops-in-iraq", ExportActions.slug("US troops in Iraq"));
        assertEquals("chart", ExportActions.slug("···"));
        assertTrue(ExportActions.slug("x".repeat(100)).length() <= 60);
    }
}
