package org.timelineexplorer.ui.pictures;

import com.sun.net.httpserver.HttpServer;
import javafx.geometry.Bounds;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.Picture;
import org.timelineexplorer.model.TimelineEvent;
import org.timelineexplorer.ui.Pixels;
import org.timelineexplorer.ui.UiFixture;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Events' pictures in the detail pane, as a class sees them: the picture, or its alt text and why not. */
@ExtendWith(ApplicationExtension.class)
class PicturesWindowTest {

    private static final int BLUE = 0x0072B2;
    private static final int ORANGE = 0xE69F00;

    @TempDir
    static Path folder;

    private static HttpServer server;
    private static final AtomicInteger REQUESTS = new AtomicInteger();

    private AppState state;

    private static TimelineEvent event(String id, String date, Picture picture) {
        return new TimelineEvent(id, HistoricalDate.parse(date), null, "Event " + id, "Some text.", "", null,
                List.of(), null, null, List.of(), picture);
    }

    @Start
    void start(Stage stage) throws IOException {
        Path pictures = Files.createDirectories(folder.resolve("pictures"));
        Files.write(pictures.resolve("blue square.png"), TestImages.png(120, 80, BLUE));
        Files.write(pictures.resolve("cut.png"), TestImages.truncated(BLUE));
        Files.write(pictures.resolve("huge.png"), TestImages.pngHeader(50_000, 50_000));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] orange = TestImages.png(90, 60, ORANGE);
        server.createContext("/orange.png", exchange -> {
            REQUESTS.incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "image/png");
            exchange.sendResponseHeaders(200, orange.length);
            exchange.getResponseBody().write(orange);
            exchange.close();
        });
        server.start();
        URI web = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/orange.png");
        Dataset dataset = new Dataset("Pictures", "", "", List.of(), List.of(
                event("file", "2001", Picture.ofFile("pictures/blue square.png", "A blue square", "Test maker",
                        "A plain blue square")),
                event("cut", "2002", Picture.ofFile("pictures/cut.png", "", "", "A picture cut short")),
                event("huge", "2003", Picture.ofFile("pictures/huge.png", "", "", "A picture far too large")),
                event("missing", "2004", Picture.ofFile("pictures/nowhere.png", "", "", "A picture not there")),
                event("web", "2005", Picture.ofUrl(web, "From the web", "Loopback", "An orange rectangle")),
                event("web-again", "2006", Picture.ofUrl(URI.create(web + "?again"), "", "", "Orange again"))),
                List.of());
        state = new AppState();
        state.setDataset(dataset, folder.resolve("timeline.json").toUri());
        UiFixture.show(stage, state, UiFixture.freshSettings(), 1280, 720);
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private PictureView select(FxRobot robot, String id) throws TimeoutException {
        TimelineEvent event = state.getDataset().events().stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow();
        robot.interact(() -> state.setSelectedEvent(event));
        PictureView view = robot.lookup("#detail-picture").queryAs(PictureView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.imageView().isVisible()
                || view.missingLabel().getText().contains("Not shown: "));
        WaitForAsyncUtils.waitForFxEvents();
        return view;
    }

    private static Color drawn(FxRobot robot, PictureView view) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = view.getScene().snapshot(null));
        Bounds bounds = view.imageView().localToScene(view.imageView().getBoundsInLocal());
        return Pixels.dominant(shot[0], bounds);
    }

    @Test
    void aFileBesideTheDatasetShowsWithItsCaptionCreditAndAltText(FxRobot robot) throws TimeoutException {
        PictureView view = select(robot, "file");
        assertTrue(view.imageView().isVisible(), view.missingLabel().getText());
        assertEquals("A plain blue square", view.imageView().getAccessibleText());
        Color colour = drawn(robot, view);
        assertEquals(Color.rgb(0x00, 0x72, 0xB2).toString(), colour.toString(), "the image region is the image");
        assertTrue(robot.lookup(".picture-caption").queryLabeled().getText().contains("A blue square"));
        assertTrue(robot.lookup(".picture-credit").queryLabeled().getText().contains("Test maker"));
    }

    @Test
    void aBrokenMissingOrOversizedFileShowsItsAltTextAndWhy(FxRobot robot) throws TimeoutException {
        PictureView cut = select(robot, "cut");
        assertFalse(cut.imageView().isVisible());
        assertTrue(cut.missingLabel().getText().startsWith("A picture cut short"), cut.missingLabel().getText());
        assertTrue(cut.missingLabel().getText().contains("damaged"), cut.missingLabel().getText());

        PictureView huge = select(robot, "huge");
        assertFalse(huge.imageView().isVisible());
        assertTrue(huge.missingLabel().getText().startsWith("A picture far too large"));
        assertTrue(huge.missingLabel().getText().contains("50,000 × 50,000"), huge.missingLabel().getText());

        PictureView missing = select(robot, "missing");
        assertTrue(missing.missingLabel().getText().contains("there is no picture file pictures/nowhere.png"),
                missing.missingLabel().getText());
    }

    @Test
    void aWebPictureIsFetchedWhenShownAndNotOnceTurnedOff(FxRobot robot) throws TimeoutException {
        int before = REQUESTS.get();
        PictureView web = select(robot, "web");
        assertTrue(web.imageView().isVisible(), web.missingLabel().getText());
        assertEquals(Color.rgb(0xE6, 0x9F, 0x00).toString(), drawn(robot, web).toString());
        assertEquals(before + 1, REQUESTS.get());

        robot.clickOn("#view-menu").clickOn("#web-pictures-item");
        assertFalse(state.isWebPictures());
        PictureView off = select(robot, "web-again");
        assertFalse(off.imageView().isVisible());
        assertTrue(off.missingLabel().getText().startsWith("Orange again"));
        assertTrue(off.missingLabel().getText().contains("turned off"), off.missingLabel().getText());
        assertEquals(before + 1, REQUESTS.get(), "nothing is fetched with web pictures off");
    }
}
