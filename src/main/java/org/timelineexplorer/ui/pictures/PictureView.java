package org.timelineexplorer.ui.pictures;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.model.Picture;

import java.net.URI;
import java.util.function.BooleanSupplier;

/**
 * An event's picture with its caption and credit under it, as the detail pane and presentation show it. The
 * picture's accessible text is its alt text; until it is read, and when it cannot be, the alt text is shown in its
 * place with one line of why. The picture is read in the background, so showing it never holds up a click; a
 * picture that arrives after another was asked for is dropped.
 */
public final class PictureView extends VBox {

    private static final Messages TEXTS = Messages.of(PictureView.class);

    private final PictureLoader loader;
    private final ImageView image = new ImageView();
    private final Label missing = new Label();
    private final Label caption = new Label();
    private final Label credit = new Label();
    /** The widest and tallest the picture is drawn; it keeps its proportions within both. */
    private final DoubleProperty maxPictureWidth = new SimpleDoubleProperty(this, "maxPictureWidth", 400);
    private final DoubleProperty maxPictureHeight = new SimpleDoubleProperty(this, "maxPictureHeight", 300);
    private Picture shown;

    public PictureView() {
        this(PictureLoader.shared());
    }

    PictureView(PictureLoader loader) {
        this.loader = loader;
        getStyleClass().add("picture-view");
        setSpacing(4);
        image.getStyleClass().add("picture");
        image.setPreserveRatio(true);
        image.setSmooth(true);
        image.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        missing.getStyleClass().add("picture-missing");
        caption.getStyleClass().add("picture-caption");
        credit.getStyleClass().add("picture-credit");
        for (Label label : new Label[]{missing, caption, credit}) {
            label.setWrapText(true);
            label.setMinHeight(USE_PREF_SIZE);
            label.managedProperty().bind(label.visibleProperty());
        }
        image.managedProperty().bind(image.visibleProperty());
        managedProperty().bind(visibleProperty());
        // As wide as it may be, and narrower in a narrower pane: its width never comes from the picture's own.
        setMinWidth(0);
        prefWidthProperty().bind(maxPictureWidth);
        image.fitWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(1, Math.min(maxPictureWidth.get(), getWidth() - snappedLeftInset() - snappedRightInset())),
                maxPictureWidth, widthProperty()));
        image.fitHeightProperty().bind(maxPictureHeight);
        getChildren().addAll(image, missing, caption, credit);
        show(null, null, () -> false);
    }

    public DoubleProperty maxPictureWidthProperty() {
        return maxPictureWidth;
    }

    public double getMaxPictureWidth() {
        return maxPictureWidth.get();
    }

    public DoubleProperty maxPictureHeightProperty() {
        return maxPictureHeight;
    }

    /**
     * Shows {@code picture} (hidden for null), read against {@code datasetLocation}; {@code webAllowed} says whether
     * a web picture may be fetched.
     */
    public void show(Picture picture, URI datasetLocation, BooleanSupplier webAllowed) {
        shown = picture;
        image.setImage(null);
        image.setVisible(false);
        setVisible(picture != null);
        if (picture == null) {
            return;
        }
        image.setAccessibleText(picture.alt());
        missing.setText(TEXTS.text("picture.loading", picture.alt()));
        missing.setVisible(true);
        caption.setText(picture.caption());
        caption.setVisible(!picture.caption().isEmpty());
        credit.setText(picture.credit().isEmpty() ? "" : TEXTS.text("picture.credit", picture.credit()));
        credit.setVisible(!picture.credit().isEmpty());
        loader.load(picture, datasetLocation, webAllowed)
                .thenAccept(result -> Platform.runLater(() -> showResult(picture, result)));
    }

    private void showResult(Picture picture, PictureLoader.Result result) {
        if (picture != shown) {
            return;
        }
        if (result.image() != null) {
            image.setImage(result.image());
            image.setVisible(true);
            missing.setVisible(false);
        } else {
            missing.setText(TEXTS.text("picture.not.shown", picture.alt(), result.problem()));
        }
    }

    /** The picture as drawn, for tests; its accessible text is the alt text. */
    public ImageView imageView() {
        return image;
    }

    /** The alt text and why, shown while the picture is not. */
    public Label missingLabel() {
        return missing;
    }
}
