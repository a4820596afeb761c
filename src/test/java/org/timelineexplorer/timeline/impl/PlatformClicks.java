package org.timelineexplorer.timeline.impl;

import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;

/** Clicks delivered as the platform delivers them, for robot tests in any package. */
public final class PlatformClicks {

    private PlatformClicks() {
    }

    /**
     * A double click at {@code local} in {@code view}, delivered as the platform delivers one (a click, then a click
     * counted as the second) to the canvas under it. The robot's own double click is two clicks whose count depends
     * on how fast they come: on a loaded machine the second one may arrive too late to count as a double click.
     * Returns once the clicks have been handled, or once a dialog they opened is showing.
     */
    public static void doubleClick(FxRobot robot, Node view, Point2D local) {
        robot.moveTo(view.localToScreen(local));
        // Not waited for: a double click may open a modal dialog, whose wait would hold the robot too.
        WaitForAsyncUtils.asyncFx(() -> {
            Point2D inScene = view.localToScene(local);
            Node canvas = view.lookupAll("Canvas").stream()
                    .filter(n -> n.localToScene(n.getBoundsInLocal()).contains(inScene)).findFirst().orElseThrow();
            Point2D at = canvas.sceneToLocal(inScene);
            Point2D onScreen = canvas.localToScreen(at);
            for (int count = 1; count <= 2; count++) {
                for (EventType<MouseEvent> type : List.of(MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_RELEASED,
                        MouseEvent.MOUSE_CLICKED)) {
                    Event.fireEvent(canvas, new MouseEvent(type, at.getX(), at.getY(), onScreen.getX(),
                            onScreen.getY(), MouseButton.PRIMARY, count, false, false, false, false,
                            type == MouseEvent.MOUSE_PRESSED, false, false, true, false, true, null));
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
