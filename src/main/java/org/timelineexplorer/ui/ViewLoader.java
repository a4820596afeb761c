package org.timelineexplorer.ui;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import org.timelineexplorer.i18n.Language;
import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.model.AppState;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Loads FXML views, the one place the app does. A controller gets what it needs in its constructor from the
 * services the loader was made with (the one {@link AppState}, the user's settings, a presentation's model), so that
 * every view binds to the same state and none keeps a copy. Nested {@code fx:include}s get the same services.
 */
public final class ViewLoader {

    private final List<Object> services;
    private final ViewScope scope = new ViewScope();

    /**
     * The application's stylesheet (palette, sizes, series colours), as a URL for {@code getStylesheets()}: every
     * scene that shows the app's views, on screen or rendered for a picture, uses it.
     */
    public static String stylesheet() {
        return ViewLoader.class.getResource("app.css").toExternalForm();
    }

    /**
     * The stylesheets of every scene that shows the app's views, in the language in use: {@link #stylesheet()}, and
     * in Arabic {@code arabic.css} after it, which sets the text in the bundled Arabic face. A window's scene takes
     * them, and so do pictures drawn from its views, so that Arabic is drawn in the same letters everywhere.
     */
    public static List<String> stylesheets() {
        if (Messages.language() != Language.ARABIC) {
            return List.of(stylesheet());
        }
        return List.of(stylesheet(), ViewLoader.class.getResource("arabic.css").toExternalForm());
    }

    /**
     * A loader whose controllers may ask for any of {@code services} (by type) in their constructor, and for the
     * loader's {@link #scope()}.
     */
    public ViewLoader(Object... services) {
        List<Object> all = new ArrayList<>(List.of(services));
        all.add(scope);
        this.services = List.copyOf(all);
    }

    /** What the views this loader made listen to outside themselves, to be released when they are replaced. */
    public ViewScope scope() {
        return scope;
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
     * {@code loader.<MainWindowController>loadView("MainWindow.fxml").controller().menu()}.
     */
    public <C> View<C> loadView(String name) {
        return loadView(ViewLoader.class, name);
    }

    /**
     * Loads the view {@code name} that sits beside {@code neighbour}'s class in the resources. Its {@code %key} texts
     * come from the {@code messages} bundle of the same package, in the language in use.
     */
    public <C> View<C> loadView(Class<?> neighbour, String name) {
        URL location = neighbour.getResource(name);
        if (location == null) {
            throw new IllegalArgumentException("no view named " + name + " beside " + neighbour.getName());
        }
        FXMLLoader loader = new FXMLLoader(location, Messages.of(neighbour).bundle());
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

    /** Calls the constructor that asks for the most of the services, all of them available. */
    private Object createController(Class<?> type) {
        Constructor<?> best = null;
        for (Constructor<?> constructor : type.getConstructors()) {
            boolean available = Arrays.stream(constructor.getParameterTypes()).allMatch(p -> service(p).isPresent());
            if (available && (best == null || constructor.getParameterCount() > best.getParameterCount())) {
                best = constructor;
            }
        }
        if (best == null) {
            throw new IllegalStateException("no constructor of " + type.getName() + " takes only " + services);
        }
        try {
            Object[] arguments = Arrays.stream(best.getParameterTypes()).map(p -> service(p).orElseThrow()).toArray();
            return best.newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create controller " + type.getName(), e);
        }
    }

    private Optional<Object> service(Class<?> type) {
        return services.stream().filter(type::isInstance).findFirst();
    }
}
