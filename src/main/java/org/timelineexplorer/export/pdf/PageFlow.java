package org.timelineexplorer.export.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Content poured onto pages from top to bottom: a new page starts whenever the next line or block would cross the
 * bottom margin, which keeps clear room for the footer ({@link PageFooters}). Blocks that must stay together (an
 * event, a card's worth of key) ask for their height first with {@link #keep}.
 */
final class PageFlow implements Closeable {

    /** The margin at the top, left and right: 15 mm, inside what every office printer can print. */
    static final float MARGIN = mm(15);
    /** The margin at the bottom, holding the footer. */
    static final float BOTTOM = mm(22);

    /** Draws a block whose top left corner is at ({@code x}, {@code top}). */
    @FunctionalInterface
    interface Block {
        void draw(PDPageContentStream stream, float x, float top) throws IOException;
    }

    private final PDDocument document;
    private final PDRectangle size;
    private PDPageContentStream stream;
    private PDPage page;
    private float y;

    PageFlow(PDDocument document, PDRectangle size) {
        this.document = document;
        this.size = size;
    }

    static float mm(double millimetres) {
        return (float) (millimetres / 25.4 * 72);
    }

    float left() {
        return MARGIN;
    }

    float width() {
        return size.getWidth() - 2 * MARGIN;
    }

    /** The height of a page's writing area. */
    float areaHeight() {
        return size.getHeight() - MARGIN - BOTTOM;
    }

    /** Starts a new page; what follows goes at its top. */
    void newPage() throws IOException {
        closeStream();
        page = new PDPage(size);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = size.getHeight() - MARGIN;
    }

    /** The page being written, for what goes beside its content (links). */
    PDPage page() {
        return page;
    }

    /** Starts a new page unless {@code height} points still fit on this one. */
    void keep(float height) throws IOException {
        if (stream == null || y - height < BOTTOM) {
            newPage();
        }
    }

    /** Leaves {@code points} of space, unless at the top of a page. */
    void space(float points) {
        if (y < size.getHeight() - MARGIN) {
            y -= points;
        }
    }

    /**
     * Writes {@code lines}, indented by {@code indent}, breaking the page between lines where needed; the lines of a
     * right-to-left paragraph (Arabic) end at the right margin instead.
     */
    void lines(Typesetter typesetter, Typesetter.Style style, List<String> lines, float indent) throws IOException {
        boolean rightToLeft = ArabicShaping.rightToLeft(String.join(" ", lines));
        for (String line : lines) {
            keep(style.leading());
            if (rightToLeft) {
                typesetter.drawRight(stream, style, left() + width(), y - style.size(), line);
            } else {
                typesetter.draw(stream, style, left() + indent, y - style.size(), line);
            }
            y -= style.leading();
        }
    }

    /** Writes {@code text} wrapped to the writing width less {@code indent}. */
    void paragraph(Typesetter typesetter, Typesetter.Style style, String text, float indent) throws IOException {
        lines(typesetter, style, typesetter.lines(style, text, width() - indent), indent);
    }

    /** Draws a block {@code height} points tall at the left margin, on a new page if it does not fit. */
    void block(float height, Block block) throws IOException {
        keep(height);
        block.draw(stream, left(), y);
        y -= height;
    }

    private void closeStream() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }

    @Override
    public void close() throws IOException {
        closeStream();
    }
}
