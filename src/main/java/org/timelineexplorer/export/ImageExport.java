package org.timelineexplorer.export;

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
import org.timelineexplorer.timeline.TimelineView;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Turns a chart or a timeline into a picture for slides: the content at a scale, with the title in a band above and
 * the source credit in a band below, on an opaque white background.
 *
 * <p>The size is exact. For content of {@code w × h} layout pixels at scale {@code s}, the image is
 * {@code round(w·s)} pixels wide and {@code round(TITLE_BAND·s) + round(h·s) + round(FOOTER_BAND·s)} pixels high:
 * for whole-pixel content at scale 1, 2 or 3 that is {@code (w·s) × ((h + 48 + 40)·s)}. The bands are drawn at the
 * same scale, so text stays sharp, and so is a timeline, which draws its canvases at the picture's scale.
 *
 * <p>Every method runs on the JavaFX application thread.
 */
public final class ImageExport {

    /** Height of the title band above the content, in layout pixels (before the scale). */
    public static final double TITLE_BAND = 48;
    /** Height of the credit band below the content, in layout pixels (before the scale). */
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
     * A region not shown in any window, laid out at {@code width × height} in a scene of its own with the default
     * stylesheet and {@code stylesheets} (URLs, such as the app's theme), ready to be {@linkplain #frame framed}. Used by the command line and the tests; in the app the live
     * chart is framed where it stands.
     */
    public static Region layOutDetached(Region content, double width, double height, String... stylesheets) {
        Objects.requireNonNull(content, "content");
        if (content.getScene() != null && content.getScene().getRoot() != content) {
            throw new IllegalArgumentException("the content is already shown in a scene");
        }
        StackPane root = new StackPane(content);
        root.setBackground(Background.fill(BACKGROUND));
        root.setStyle("-fx-font-family: \"" + Fonts.FAMILY + "\";");
        Scene scene = new Scene(root, width, height, BACKGROUND);
        scene.getStylesheets().addAll(stylesheets);
        layOut(scene.getRoot());
        // Controls whose skins draw on a canvas after layout (the timeline) need a second pass to settle.
        layOut(scene.getRoot());
        return content;
    }

    /**
     * The framed picture of {@code content} at its current layout size.
     *
     * @param title  printed in the band above; blank leaves the band empty but keeps its height
     * @param credit printed in the band below, normally the dataset's {@code credit}; when blank the band says
     *               "Made with Timeline Explorer" so that a picture never goes out without a footer
     * @param scale  pixels per layout pixel, greater than 0
     */
    public static WritableImage frame(Node content, String title, String credit, double scale) {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("the scale must be a positive number: " + scale);
        }
        double width = content.getLayoutBounds().getWidth();
        double height = content.getLayoutBounds().getHeight();
        if (!(width >= 1 && height >= 1)) {
            throw new IllegalArgumentException("there is nothing to export: the content is " + width + " × " + height);
        }
        int pixelWidth = (int) Math.round(width * scale);
        int titleHeight = (int) Math.round(TITLE_BAND * scale);
        int contentHeight = (int) Math.round(height * scale);
        int footerHeight = (int) Math.round(FOOTER_BAND * scale);

        // Node.snapshot draws the node with its own transforms (its place in its parent), so the viewport starts
        // where the node's layout bounds land in its parent.
        javafx.geometry.Bounds placed = content.localToParent(content.getLayoutBounds());
        WritableImage contentImage = drawnAt(content, scale,
                () -> snapshot(content, placed.getMinX(), placed.getMinY(), pixelWidth, contentHeight, scale));
        WritableImage titleImage = snapshot(band(titleLabel(title), width, TITLE_BAND, false),
                0, 0, pixelWidth, titleHeight, scale);
        WritableImage footerImage = snapshot(band(creditLabel(credit), width, FOOTER_BAND, true),
                0, 0, pixelWidth, footerHeight, scale);

        WritableImage result = new WritableImage(pixelWidth, titleHeight + contentHeight + footerHeight);
        result.getPixelWriter().setPixels(0, 0, pixelWidth, titleHeight, titleImage.getPixelReader(), 0, 0);
        result.getPixelWriter().setPixels(0, titleHeight, pixelWidth, contentHeight,
                contentImage.getPixelReader(), 0, 0);
        result.getPixelWriter().setPixels(0, titleHeight + contentHeight, pixelWidth, footerHeight,
                footerImage.getPixelReader(), 0, 0);
        return result;
    }

    /**
     * Takes {@code picture} of {@code content} drawn at {@code scale}. Timelines draw on canvases, whose pixels a
     * scaled snapshot would only enlarge: every timeline in the content, itself or inside it, is asked to draw as
     * many pixels as the picture has, and given its own scale back afterwards, so a timeline in the window returns
     * to it before the next frame.
     */
    private static WritableImage drawnAt(Node content, double scale, Supplier<WritableImage> picture) {
        Map<TimelineView, Double> own = new LinkedHashMap<>();
        for (Node node : content.lookupAll(".timeline-view")) {
            if (node instanceof TimelineView timeline) {
                own.put(timeline, timeline.getOutputScale());
                timeline.setOutputScale(scale);
            }
        }
        try {
            return picture.get();
        } finally {
            own.forEach(TimelineView::setOutputScale);
        }
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

    private static Label creditLabel(String credit) {
        String text = credit == null || credit.isBlank() ? "Made with Timeline Explorer" : credit.strip();
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
