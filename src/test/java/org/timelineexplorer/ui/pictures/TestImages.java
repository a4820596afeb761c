package org.timelineexplorer.ui.pictures;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/** Pictures the tests make for themselves: plain colours, a damaged file, a header that lies about its size. */
public final class TestImages {

    private TestImages() {
    }

    /** A PNG of {@code width} × {@code height} pixels all of {@code rgb}. */
    public static byte[] png(int width, int height, int rgb) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(new Color(rgb));
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A PNG's signature and a valid IHDR chunk that declares {@code width} × {@code height}, and no pixels. */
    public static byte[] pngHeader(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(17);
        ihdr.put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        ByteBuffer file = ByteBuffer.allocate(8 + 4 + 17 + 4);
        file.put(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}).putInt(13).put(ihdr.array())
                .putInt((int) crc.getValue());
        return file.array();
    }

    /** A PNG cut off after its header: it says what it is, but its pixels are not all there. */
    public static byte[] truncated(int rgb) {
        byte[] whole = png(64, 64, rgb);
        return java.util.Arrays.copyOf(whole, 40);
    }

    /** A file named like a PNG whose bytes are no picture at all. */
    public static byte[] damaged() {
        return "this is not a picture, only words".getBytes(StandardCharsets.US_ASCII);
    }
}
