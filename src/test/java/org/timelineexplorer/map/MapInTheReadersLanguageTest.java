package org.timelineexplorer.map;

import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
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

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The map's own words follow the language in use, and the count on a cluster of markers is written in the
 * locale's digits: two events in Baghdad are counted "2" in English and "٢" in Iraq's digits.
 */
@ExtendWith(ApplicationExtension.class)
class MapInTheReadersLanguageTest {

    private static final Color ERA = Color.web("#0072B2");
    /** The size MapPixelsTest gives the shared stage, which charts' tests after them expect. */
    private static final int WIDTH = 900;
    private static final int HEIGHT = 700;
    private MapView map;

    @Start
    void start(Stage stage) {
        Messages.use(Language.FRENCH);
        map = new MapView();
        map.getMarkers().setAll(new MapMarker("invasion", "Bagdad", 33.3152, 44.3661, ERA, false),
                new MapMarker("surge", "Bagdad", 33.3152, 44.3661, ERA, false));
        map.setViewport(MapViewport.fit(WebMercator.x(40), WebMercator.y(38), WebMercator.x(49), WebMercator.y(29),
                WIDTH, HEIGHT, 10, MapViewport.MAX_ZOOM));
        // Test classes share one stage: a size another class gave it must not carry over.
        stage.setWidth(WIDTH);
        stage.setHeight(HEIGHT);
        stage.setScene(new Scene(new StackPane(map), WIDTH, HEIGHT));
        stage.show();
    }

    @AfterEach
    void backToEnglish() {
        Messages.use(Language.ENGLISH);
    }

    @Test
    void theMapSpeaksTheLanguageInUse() {
        assertEquals("Carte", map.getAccessibleText());
        assertEquals("Données cartographiques : Natural Earth", MapView.credit());
        Messages.use(Language.ARABIC);
        assertEquals("بيانات الخريطة: Natural Earth", MapView.credit());
    }

    @Test
    void aClustersCountIsInTheLocalesDigits(FxRobot robot) {
        WritableImage western = shot(robot, Locale.ENGLISH);
        WritableImage eastern = shot(robot, Language.ARABIC.locale(false));
        WritableImage westernAgain = shot(robot, Language.ARABIC.locale(true));
        assertFalse(same(western, eastern), "٢ is drawn, not 2");
        assertFalse(same(eastern, westernAgain), "Western digits when they are chosen");
    }

    private WritableImage shot(FxRobot robot, Locale locale) {
        robot.interact(() -> map.setLocale(locale));
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = map.snapshot(null, null));
        return image[0];
    }

    private static boolean same(WritableImage one, WritableImage other) {
        PixelReader a = one.getPixelReader();
        PixelReader b = other.getPixelReader();
        for (int y = 0; y < (int) Math.min(one.getHeight(), other.getHeight()); y++) {
            for (int x = 0; x < (int) Math.min(one.getWidth(), other.getWidth()); x++) {
                if (a.getArgb(x, y) != b.getArgb(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }
}
