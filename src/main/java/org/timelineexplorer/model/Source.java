package org.timelineexplorer.model;

import java.net.URI;
import java.util.Objects;

/** A public source for an event or a figure: who published it and where to read it. */
public record Source(String name, URI url) {
    public Source {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
    }
}
