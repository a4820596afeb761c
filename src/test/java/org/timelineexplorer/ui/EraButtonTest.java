package org.timelineexplorer.ui;

import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class EraButtonTest {

    private List<EraButton> buttons;

    @Start
    void start(Stage stage) {
        buttons = List.of(new EraButton("Invasion and occupation", "#0072B2"),
                new EraButton("Insurgency and sectarian war", "#E69F00"),
                new EraButton("Agreement and withdrawal", "#009E73"));
        HBox bar = new HBox(4);
        buttons.forEach(b -> {
            HBox.setHgrow(b, Priority.ALWAYS);
            bar.getChildren().add(b);
        });
        // Large type in a narrow bar: the titles must wrap.
        bar.setStyle("-fx-font-size: 24px;");
        stage.setScene(new Scene(bar, 360, 260));
        stage.show();
    }

    @Test
    void aNarrowBarWrapsTitlesBetweenWordsNeverInsideOne(FxRobot robot) {
        for (EraButton button : buttons) {
            Text word = new Text();
            word.setFont(button.getFont());
            for (String w : button.getText().split(" ")) {
                word.setText(w);
                double room = button.getWidth() - button.snappedLeftInset() - button.snappedRightInset();
                assertTrue(word.getLayoutBounds().getWidth() <= room,
                        "\"" + w + "\" fits whole in its button: " + word.getLayoutBounds().getWidth() + " > " + room);
            }
            assertTrue(button.getHeight() > button.getFont().getSize() * 2, "the title wraps onto more lines");
        }
    }
}
