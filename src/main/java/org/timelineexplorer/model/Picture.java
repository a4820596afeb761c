package org.timelineexplorer.model;

import java.net.URI;
import java.util.Objects;

/**
 * A picture shown with an event: an image file beside the dataset or an image on the web, with the words that go
 * with it. One per event, so that a form can edit it as one row.
 *
 * @param file    a path relative to the dataset file's folder, with {@code /} between names ("pictures/x.jpg");
 *                or {@code null} for a web picture
 * @param url     an {@code http} or {@code https} address of the image; or {@code null} for a file
 * @param caption what the picture shows, under it; may be empty
 * @param credit  who made it or holds it, under the caption; may be empty
 * @param alt     the picture described for someone who cannot see it; also shown when it cannot be loaded
 * @param extras  the fields of the file's picture the app does not know, kept for saving
 */
public record Picture(String file, URI url, String caption, String credit, String alt, Extras extras) {

    public Picture {
        if ((file == null) == (url == null)) {
            throw new IllegalArgumentException("a picture is either a file or a url");
        }
        caption = caption == null ? "" : caption;
        credit = credit == null ? "" : credit;
        Objects.requireNonNull(alt, "alt");
        extras = Extras.orNone(extras);
    }

    public Picture(String file, URI url, String caption, String credit, String alt) {
        this(file, url, caption, credit, alt, Extras.NONE);
    }

    public static Picture ofFile(String file, String caption, String credit, String alt) {
        return new Picture(file, null, caption, credit, alt);
    }

    public static Picture ofUrl(URI url, String caption, String credit, String alt) {
        return new Picture(null, url, caption, credit, alt);
    }

    public boolean isWeb() {
        return url != null;
    }

    /** The same picture at another relative path, as when the dataset is saved into another folder. */
    public Picture atFile(String otherFile) {
        return new Picture(otherFile, null, caption, credit, alt, extras);
    }
}
