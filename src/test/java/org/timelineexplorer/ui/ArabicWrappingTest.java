package org.timelineexplorer.ui;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.timelineexplorer.fonts.Fonts;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Wrapped Arabic stays inside its label: JavaFX 21 on Linux would paint the whole run of Arabic on the first line of
 * a wrapped label, beyond its edges (see {@link WholeLines}).
 */
@ExtendWith(ApplicationExtension.class)
class ArabicWrappingTest {

    private static final String TITLE = "الولايات المتحدة والعراق منذ عام 2003";
    private static final double WIDTH = 160;

    private HBox page;
    private EraButton era;
    private Label title;

    @Start
    void start(Stage stage) {
        Fonts.load();
        // An orange era: black text, which shows as ink on the white page beside the button.
        era = new EraButton("الاحتجاجات والتصعيد في الشوارع", "#E69F00");
        title = new Label(TITLE);
        title.setWrapText(true);
        for (var labeled : List.of(era, title)) {
            labeled.setMinWidth(WIDTH);
            labeled.setPrefWidth(WIDTH);
            labeled.setMaxWidth(WIDTH);
        }
        // Wide gaps of page between and around the two: ink there is text drawn outside its label.
        page = new HBox(200, era, title);
        page.setPadding(new Insets(20, 200, 20, 200));
        page.setStyle("-fx-background-color: white; -fx-font-family: \"" + Fonts.ARABIC_FAMILY + "\"; -fx-font-size: 18px;");
        Scene scene = new Scene(page);
        WholeLines.keep(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void wrappedArabicDrawsNoInkOutsideItsLabel(FxRobot robot) {
        Image picture = snapshot(robot);
        Pixels.save(picture, "arabic-wrapping");
        for (Region labeled : List.of(era, title)) {
            assertTrue(labeled.getHeight() > 2 * 18, labeled + " wraps onto two lines or more");
            // Its box as laid out; its bounds in the page would include the ink it spills.
            Bounds box = new BoundingBox(labeled.getLayoutX(), labeled.getLayoutY(), labeled.getWidth(),
                    labeled.getHeight());
            assertEquals(0, inkBeside(picture, box), "dark pixels beside " + labeled + ", in the page");
        }
    }

    @Test
    void englishIsLeftAsItIs() {
        assertEquals("The United States and Iraq since 2003",
                WholeLines.brokenIntoLines("The United States and Iraq since 2003", Font.font(18), WIDTH));
    }

    @Test
    void arabicBreaksAtTheSpacesWhereItWraps() {
        Font font = Font.font(Fonts.ARABIC_FAMILY, 18);
        String lines = WholeLines.brokenIntoLines(TITLE, font, WIDTH);
        assertEquals(TITLE, lines.replace('\n', ' '), "only spaces become line breaks");
        assertTrue(lines.split("\n").length >= 2, "the title is broken into lines: " + lines);
    }

    private Image snapshot(FxRobot robot) {
        Image[] picture = new Image[1];
        robot.interact(() -> picture[0] = page.snapshot(null, null));
        return picture[0];
    }

    /** Dark pixels in the 100 columns of page either side of {@code box}, over its height. */
    private static int inkBeside(Image picture, Bounds box) {
        PixelReader pixels = picture.getPixelReader();
        int dark = 0;
        for (int y = (int) box.getMinY(); y < (int) box.getMaxY(); y++) {
            for (int x = (int) box.getMinX() - 100; x < (int) box.getMinX() - 2; x++) {
                dark += Pixels.luminance(pixels.getColor(x, y)) < 0.5 ? 1 : 0;
            }
            for (int x = (int) box.getMaxX() + 2; x < (int) box.getMaxX() + 100; x++) {
                dark += Pixels.luminance(pixels.getColor(x, y)) < 0.5 ? 1 : 0;
            }
        }
        return dark;
    }
}
