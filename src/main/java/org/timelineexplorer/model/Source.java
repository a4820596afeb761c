package org.timelineexplorer.model;

import java.net.URI;
import java.util.Objects;

/**
 * A public source for an event or a figure: who published it and where to read it.
 *
 * @param extras the fields of the file's source the app does not know, kept for saving
 */
public record Source(String name, URI url, Extras extras) {
    public Source {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        extras = Extras.orNone(extras);
    }

    public Source(String name, URI url) {
        this(name, url, Extras.NONE);
    }
}
