package org.timelineexplorer.ui.pictures;

import org.timelineexplorer.i18n.Messages;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;

/**
 * What an image file's header says of its size, read with {@code javax.imageio} without decoding a pixel, so that
 * a file that declares 50,000 × 50,000 pixels is refused before it can take the memory to hold them.
 */
final class ImageHeader {

    private static final Messages TEXTS = Messages.of(ImageHeader.class);

    private ImageHeader() {
    }

    /** Why the image in {@code bytes} is not shown, or empty when its header is fine. */
    static Optional<String> refusal(byte[] bytes, int maxSide) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return Optional.of(TEXTS.text("picture.not.picture"));
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width > maxSide || height > maxSide) {
                    return Optional.of(TEXTS.text("picture.too.large", width, height, maxSide));
                }
                return Optional.empty();
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.of(TEXTS.text("picture.damaged"));
        }
    }
}
