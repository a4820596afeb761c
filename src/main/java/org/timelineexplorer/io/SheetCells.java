package org.timelineexplorer.io;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Cell values that both spreadsheet layouts read the same way. */
final class SheetCells {

    private SheetCells() {
    }

    /** The cell as a web address (http or https with a host), or empty. */
    static Optional<URI> webAddress(String cell) {
        try {
            URI uri = new URI(cell);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
