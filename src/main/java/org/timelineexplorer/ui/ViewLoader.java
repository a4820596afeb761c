package org.timelineexplorer.ui;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import org.timelineexplorer.model.AppState;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.net.URL;

/**
 * Loads FXML views whose controllers take the application state in their constructor, so that every view binds to
 * the one {@link AppState} and none keeps a copy. Nested {@code fx:include}s get the same state.
 */
public final class ViewLoader {

    private final AppState state;

    /**
     * The application's stylesheet (palette, sizes, series colours), as a URL for {@code getStylesheets()}: every
     * scene that shows the app's views, on screen or rendered for a picture, uses it.
     */
    public static String stylesheet() {
        return ViewLoader.class.getResource("app.css").toExternalForm();
    }

    public ViewLoader(AppState state) {
        this.state = state;
    }

    /** A loaded view: its root node and its controller. */
    public record View<C>(Parent root, C controller) {
    }

    /** Loads {@code name} (for example {@code "MainWindow.fxml"}) from this package's resources. */
    public Parent load(String name) {
        return loadView(name).root();
    }

    /**
     * Loads {@code name} and returns its controller too, for code that extends a view: for example
     * {@code loader.<MainWindowController>loadView("MainWindow.fxml").controller().fileMenu()}.
     */
    public <C> View<C> loadView(String name) {
        URL location = ViewLoader.class.getResource(name);
        if (location == null) {
            throw new IllegalArgumentException("no view named " + name);
        }
        FXMLLoader loader = new FXMLLoader(location);
        loader.setControllerFactory(this::createController);
        try {
            Parent root = loader.load();
            @SuppressWarnings("unchecked")
            C controller = (C) loader.getController();
            return new View<>(root, controller);
        } catch (IOException e) {
            throw new UncheckedIOException("could not load view " + name, e);
        }
    }

    private Object createController(Class<?> type) {
        try {
            for (Constructor<?> constructor : type.getConstructors()) {
                Class<?>[] parameters = constructor.getParameterTypes();
                if (parameters.length == 1 && parameters[0] == AppState.class) {
                    return constructor.newInstance(state);
                }
            }
            return type.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create controller " + type.getName(), e);
        }
    }
}
