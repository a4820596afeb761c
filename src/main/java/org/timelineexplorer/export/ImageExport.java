package org.timelineexplorer.export;

import org.timelineexplorer.i18n.Messages;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Background;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.BorderWidths;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.transform.Scale;
import org.timelineexplorer.fonts.Fonts;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;

/**
 * Frames a chart, a timeline or any other node as a picture for slides: the content at a scale, with the title in a
 * band above and the source credit in a band below, on an opaque white background, at exactly the
 * {@linkplain PictureSize size} asked for. The content is never searched or adjusted: whoever builds it (see
 * {@link Pictures}) lays it out at {@link PictureSize#contentHeight()} and has it draw at the picture's scale.
 *
 * <p>Every method runs on the JavaFX application thread.
 */
public final class ImageExport {

    private static final Messages WORDS = Messages.of(ImageExport.class);

    /** Height of the title band at the top of every picture, in layout pixels (before the scale). */
    public static final double TITLE_BAND = 48;
    /** Height of the credit band at the bottom of every picture, in layout pixels (before the scale). */
    public static final double FOOTER_BAND = 40;
    /** The scales the export dialog offers; 2 is the default, sharp on projectors and in slides. */
    public static final double[] SCALES = {1, 2, 3};
    public static final double DEFAULT_SCALE = 2;

    private static final Color BACKGROUND = Color.WHITE;
    private static final Color TEXT = Color.web("#1a1a1a");
    private static final Color MUTED = Color.web("#555555");

    private ImageExport() {
    }

    /**
     * Lays {@code content} out alone in a scene of its own, not shown in any window, at the size the picture leaves
     * it ({@code size.width() × size.contentHeight()}), styled by the default stylesheet and {@code stylesheets}
     * (URLs, such as the app's), ready to be {@linkplain #frame framed}.
     *
     * @return {@code content}
     */
    public static <R extends Region> R layOutDetached(R content, PictureSize size, List<String> stylesheets) {
        Objects.requireNonNull(content, "content");
        if (content.getScene() != null && content.getScene().getRoot() != content) {
            throw new IllegalArgumentException("the content is already shown in a scene");
        }
        StackPane root = new StackPane(content);
        root.setBackground(Background.fill(BACKGROUND));
        root.setStyle("-fx-font-family: \"" + Fonts.FAMILY + "\";");
        Scene scene = new Scene(root, size.width(), size.contentHeight(), BACKGROUND);
        scene.getStylesheets().addAll(stylesheets);
        layOut(root);
        // Controls whose skins draw on a canvas after layout (the timeline) need a second pass to settle.
        layOut(root);
        return content;
    }

    /**
     * The picture of {@code content}, which is laid out at {@code size}'s content size: {@code size.pixelWidth() ×
     * size.pixelHeight()} pixels, the title band, the content and the credit band from top to bottom.
     *
     * @param title  printed in the band above; blank leaves the band empty but keeps its height
     * @param credit printed in the band below, normally the dataset's {@code credit}; when blank the band says
     *               "Made with Timeline Explorer" so that a picture never goes out without a footer
     */
    public static WritableImage frame(Node content, PictureSize size, String title, String credit) {
        double scale = size.scale();
        int pixelWidth = size.pixelWidth();
        int titleHeight = (int) Math.round(TITLE_BAND * scale);
        int footerHeight = (int) Math.round(FOOTER_BAND * scale);
        // Whatever rounding leaves goes to the content, so that the picture is exactly the size asked for.
        int contentHeight = size.pixelHeight() - titleHeight - footerHeight;

        // Node.snapshot draws the node with its own transforms (its place in its parent), so the viewport starts
        // where the node's layout bounds land in its parent.
        javafx.geometry.Bounds placed = content.localToParent(content.getLayoutBounds());
        WritableImage contentImage = snapshot(content, placed.getMinX(), placed.getMinY(), pixelWidth, contentHeight,
                scale);
        WritableImage titleImage = snapshot(band(titleLabel(title), size.width(), TITLE_BAND, false),
                0, 0, pixelWidth, titleHeight, scale);
        WritableImage footerImage = snapshot(band(creditLabel(credit), size.width(), FOOTER_BAND, true),
                0, 0, pixelWidth, footerHeight, scale);

        WritableImage result = new WritableImage(pixelWidth, size.pixelHeight());
        result.getPixelWriter().setPixels(0, 0, pixelWidth, titleHeight, titleImage.getPixelReader(), 0, 0);
        result.getPixelWriter().setPixels(0, titleHeight, pixelWidth, contentHeight,
                contentImage.getPixelReader(), 0, 0);
        result.getPixelWriter().setPixels(0, titleHeight + contentHeight, pixelWidth, footerHeight,
                footerImage.getPixelReader(), 0, 0);
        return result;
    }

    /** An opaque RGB copy of {@code image}, as written to PNG files and put on the clipboard (no alpha channel). */
    public static BufferedImage toOpaqueRgb(Image image) {
        BufferedImage argb = SwingFXUtils.fromFXImage(image, null);
        BufferedImage rgb = new BufferedImage(argb.getWidth(), argb.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
            g.drawImage(argb, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    private static WritableImage snapshot(Node node, double minX, double minY, int pixelWidth, int pixelHeight,
                                          double scale) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(BACKGROUND);
        parameters.setTransform(new Scale(scale, scale));
        parameters.setViewport(new Rectangle2D(minX * scale, minY * scale, pixelWidth, pixelHeight));
        return node.snapshot(parameters, new WritableImage(pixelWidth, pixelHeight));
    }

    private static Label titleLabel(String title) {
        Label label = new Label(title == null ? "" : title.strip());
        label.setFont(Fonts.bold(20));
        label.setTextFill(TEXT);
        label.setTextOverrun(OverrunStyle.ELLIPSIS);
        return label;
    }

    /** The credit of a picture or PDF whose dataset names none, so that none goes out without one. */
    public static String defaultCredit() {
        return WORDS.text("credit.default");
    }

    private static Label creditLabel(String credit) {
        String text = credit == null || credit.isBlank() ? defaultCredit() : credit.strip();
        Label label = new Label(text);
        label.setFont(Fonts.regular(11));
        label.setTextFill(MUTED);
        label.setWrapText(true);
        label.setTextOverrun(OverrunStyle.ELLIPSIS);
        return label;
    }

    /** A band of exactly {@code width × height} holding one label, alone in a scene so that CSS and layout apply. */
    private static Region band(Label label, double width, double height, boolean ruleAbove) {
        StackPane band = new StackPane(label);
        StackPane.setAlignment(label, Pos.CENTER_LEFT);
        band.setPadding(new Insets(ruleAbove ? 4 : 8, 16, 4, 16));
        band.setBackground(Background.fill(BACKGROUND));
        if (ruleAbove) {
            band.setBorder(new Border(new BorderStroke(Color.web("#c8c8c8"), BorderStrokeStyle.SOLID,
                    CornerRadii.EMPTY, new BorderWidths(1, 0, 0, 0))));
        }
        label.setMaxWidth(width - 32);
        label.setMaxHeight(height - 8);
        band.setMinSize(width, height);
        band.setPrefSize(width, height);
        band.setMaxSize(width, height);
        new Scene(band, width, height, BACKGROUND);
        layOut(band);
        return band;
    }

    private static void layOut(Parent root) {
        root.applyCss();
        root.layout();
    }
}
