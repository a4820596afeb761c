package org.timelineexplorer.io;

import org.timelineexplorer.i18n.Messages;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.timelineexplorer.model.Extras;
import org.timelineexplorer.model.Picture;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Reads an event's picture: our format's {@code picture} object, {@code { "file" }} or {@code { "url" }} with
 * {@code caption}, {@code credit} and {@code alt}, where every problem is an error at its path and {@code alt} is
 * required; and a picture an importer found (a TimelineJS image {@code media}), where a missing alt text is taken
 * from the caption with a warning.
 */
final class PictureReader {

    private static final Messages WORDS = Messages.of(PictureReader.class);

    static final Set<String> PICTURE_FIELDS = Set.of("file", "url", "caption", "credit", "alt");
    /** The endings of the image files the app shows; others (a video, a page) are not pictures. */
    private static final Set<String> IMAGE_ENDINGS = Set.of(".png", ".jpg", ".jpeg", ".gif", ".bmp");

    private final Checks checks;

    PictureReader(Checks checks) {
        this.checks = checks;
    }

    /** The event's {@code picture}, or null without one or after errors; fields it does not know are kept. */
    Picture picture(ObjectNode event, JsonPath eventPath) {
        JsonNode node = checks.typed(event, eventPath, "picture", Checks.object(), JsonNode::isObject, false);
        if (node == null) {
            return null;
        }
        ObjectNode picture = (ObjectNode) node;
        JsonPath path = eventPath.field("picture");
        Extras extras = checks.keepUnknown(picture, path, PICTURE_FIELDS);
        int errorsBefore = checks.errorCount();
        String file = checks.optionalText(picture, path, "file");
        String url = checks.optionalText(picture, path, "url");
        String caption = checks.optionalText(picture, path, "caption");
        String credit = checks.optionalText(picture, path, "credit");
        String alt = checks.requiredText(picture, path, "alt");
        if (file == null && url == null && checks.errorCount() == errorsBefore) {
            checks.error(path, WORDS.text("picture.fileOrUrl"));
        } else if (file != null && url != null) {
            checks.error(path.field("url"), WORDS.text("picture.notBoth"));
        }
        if (file != null && !isRelativePath(file)) {
            checks.error(path.field("file"), WORDS.text("picture.relative", Text.quote(file)));
        }
        URI uri = url == null ? null : webAddress(url, path.field("url"));
        if (checks.errorCount() > errorsBefore) {
            return null;
        }
        return new Picture(uri != null ? null : file, uri, caption, credit, alt, extras);
    }

    /**
     * A picture from an imported file's image at {@code url}; without alt text the caption (or, lacking one,
     * {@code fallback}) stands in, with a warning at {@code path}.
     */
    Picture imported(URI url, String caption, String credit, String alt, String fallback, JsonPath path) {
        if (alt.isBlank()) {
            alt = caption.isBlank() ? fallback : caption;
            // The missing field has no place of its own: shown at the media that lacks it.
            checks.add(Problem.Severity.WARNING, path, path.field("alt"),
                    noAltText(caption.isBlank() ? "title" : "caption"));
        }
        return Picture.ofUrl(url, caption, credit, alt);
    }

    /**
     * The warning for an imported picture without alt text, whose {@code standIn} is read out instead: its
     * {@code "title"} (the event's), {@code "headline"} (a spreadsheet's) or {@code "caption"}.
     */
    static String noAltText(String standIn) {
        return WORDS.text("picture.noAlt." + standIn);
    }

    /** Whether {@code url}'s path ends like an image file, whatever its query. */
    static boolean looksLikeImage(URI url) {
        String path = url.getPath() == null ? "" : url.getPath().toLowerCase(Locale.ROOT);
        return IMAGE_ENDINGS.stream().anyMatch(path::endsWith);
    }

    private URI webAddress(String url, JsonPath path) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // Reported below in the same words as a web address of another kind.
        }
        checks.error(path, WORDS.text("picture.url", Text.quote(url)));
        return null;
    }

    /** Relative, forward slashes only, no drive or scheme: the same on every computer and inside a zip. */
    static boolean isRelativePath(String file) {
        return !file.isBlank() && !file.startsWith("/") && !file.contains("\\") && !file.contains(":");
    }
}
