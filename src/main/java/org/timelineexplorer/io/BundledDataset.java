package org.timelineexplorer.io;

import org.timelineexplorer.i18n.Messages;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A dataset that ships inside the app, opened by File → Examples and on the command line by its {@link #id()}
 * ({@code --data iraq-through-the-ages}). {@link #ALL} is the one list the window, its menu and the command line
 * read, so that a new example is one more entry here and one more file in {@code resources/}.
 *
 * @param id       the name a teacher types on the command line: lower-case letters, digits and {@code -}
 * @param resource the classpath resource that holds the file
 */
public record BundledDataset(String id, String resource) {

    private static final Messages TITLES = Messages.of(BundledDataset.class);

    /** How an id is written: lower-case words of letters and digits joined by {@code -}. */
    public static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** "United States and Iraq since 2003": what the window and the exports open when asked for nothing else. */
    public static final BundledDataset US_IRAQ = new BundledDataset("us-iraq-since-2003",
            DatasetReader.BUNDLED_RESOURCE);

    /** "Iraq through the ages": from the first cities of Sumer to March 2003, where {@link #US_IRAQ} begins. */
    public static final BundledDataset IRAQ_THROUGH_THE_AGES = new BundledDataset("iraq-through-the-ages",
            "/data/iraq-through-the-ages.json");

    /** Every bundled dataset, in the order the Examples menu lists them. */
    public static final List<BundledDataset> ALL = List.of(US_IRAQ, IRAQ_THROUGH_THE_AGES);

    /**
     * What the Examples menu shows, in the language in use: the file's own title, or its translation into that
     * language (a test holds the two together), read without opening the file.
     */
    public String title() {
        return TITLES.text("example." + id);
    }

    /** Where the file is inside the app (a {@code jar:} or {@code file:} address), for its pictures' paths. */
    public URI location() {
        try {
            URL url = BundledDataset.class.getResource(resource);
            return url == null ? null : url.toURI();
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** The bundled dataset called {@code id}, if there is one; ids are compared exactly. */
    public static Optional<BundledDataset> byId(String id) {
        return ALL.stream().filter(dataset -> dataset.id().equals(id)).findFirst();
    }

    /** The ids, in order, as the command line lists them: "us-iraq-since-2003, iraq-through-the-ages". */
    public static String ids() {
        return String.join(", ", ALL.stream().map(BundledDataset::id).toList());
    }
}
