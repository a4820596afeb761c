package org.timelineexplorer.ui;

import javafx.application.HostServices;

import java.awt.Desktop;
import java.net.URI;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Opens source links in the system browser, off the JavaFX thread because starting a browser can block for
 * seconds. Only {@code http} and {@code https} links are followed: a dataset is a file anyone can write, and a
 * {@code file:} or {@code javascript:} link must not run from a classroom machine.
 */
public final class LinkOpener {

    private static final Logger LOG = Logger.getLogger(LinkOpener.class.getName());
    private static final ExecutorService BACKGROUND = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "link-opener");
        thread.setDaemon(true);
        return thread;
    });

    private static volatile Consumer<URI> browser = LinkOpener::openWithDesktop;

    private LinkOpener() {
    }

    /** Opens links through the application's {@link HostServices}, which works where AWT's Desktop does not. */
    public static void useHostServices(HostServices hostServices) {
        browser = uri -> hostServices.showDocument(uri.toString());
    }

    /** Whether {@code uri} is a web link that may be followed. */
    public static boolean isFollowable(URI uri) {
        if (uri == null || uri.getScheme() == null || uri.getHost() == null) {
            return false;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https");
    }

    /**
     * Opens {@code uri} in the background if it is an {@code http} or {@code https} link.
     *
     * @return whether the link was followed
     */
    public static boolean open(URI uri) {
        if (!isFollowable(uri)) {
            LOG.warning(() -> "not following a link that is not http or https: " + uri);
            return false;
        }
        Consumer<URI> target = browser;
        BACKGROUND.execute(() -> {
            try {
                target.accept(uri);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "could not open " + uri, e);
            }
        });
        return true;
    }

    private static void openWithDesktop(URI uri) {
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(uri);
            } else {
                LOG.warning(() -> "no browser to open " + uri);
            }
        } catch (Exception e) {
            LOG.log(Level.WARNING, "could not open " + uri, e);
        }
    }
}
