package org.timelineexplorer.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.timelineexplorer.app.StartupClock;

/**
 * The floor the app's start-up is measured against: one {@link Stage} with one {@link Label}, the same JavaFX, its
 * first frame timed by the app's own {@link StartupClock}. Started by {@link StartupBenchmark}.
 */
public final class BareWindow extends Application {

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new Label("Timeline Explorer"), 1280, 720);
        stage.setScene(scene);
        StartupClock.printAtFirstFrame(scene);
        stage.show();
    }

    public static void main(String[] args) {
        launch(args);
    }
}
