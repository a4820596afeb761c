package org.timelineexplorer.map.impl;

import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import org.timelineexplorer.map.MapViewport;
import org.timelineexplorer.map.WorldOutlines;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * The outlines, drawn on square tiles that stay drawn while the view pans: a pan moves them and draws only the
 * tiles it brings into view, as the outlines cost the software renderer more than anything else on the map. A
 * change of zoom, colours, outlines or output scale draws the tiles in view again. Tiles that leave the view are
 * kept for the next to come in.
 */
final class OutlineTiles {

    /** A tile's side in layout pixels. */
    static final int TILE = 256;

    private final Pane layer = new Pane();
    private final Rectangle clip = new Rectangle();
    private final Scale toLayout = new Scale(1, 1, 0, 0);
    private final OutlinePainter painter = new OutlinePainter();
    private final Map<Long, Canvas> shown = new HashMap<>();
    private final Deque<Canvas> spare = new ArrayDeque<>();
    private double drawnZoom = Double.NaN;
    private double drawnScale = Double.NaN;
    private MapPalette drawnPalette;
    private WorldOutlines drawnOutlines;

    OutlineTiles() {
        layer.setManaged(false);
        layer.setMouseTransparent(true);
        layer.setClip(clip);
        layer.getTransforms().add(toLayout);
    }

    /** The layer of tiles, to be placed under the markers at the map's top left corner. */
    Node node() {
        return layer;
    }

    /** Shows the view {@code w} × {@code h}, drawing the tiles it needs that are not drawn yet. */
    void show(WorldOutlines outlines, MapViewport view, double w, double h, double scale, MapPalette palette) {
        double zoom = view.zoom();
        if (zoom != drawnZoom || scale != drawnScale || !palette.equals(drawnPalette) || outlines != drawnOutlines) {
            spare.addAll(shown.values());
            shown.clear();
            drawnZoom = zoom;
            drawnScale = scale;
            drawnPalette = palette;
            drawnOutlines = outlines;
        }
        toLayout.setX(1 / scale);
        toLayout.setY(1 / scale);
        clip.setWidth(w * scale);
        clip.setHeight(h * scale);
        // The view's top left corner in world pixels; tiles sit at whole output pixels from it, so that their
        // lines stay sharp (the outlines are then at most half a pixel from where the markers put them).
        double left = view.centreX() * zoom - w / 2;
        double top = view.centreY() * zoom - h / 2;
        long firstColumn = (long) Math.floor(left / TILE);
        long lastColumn = (long) Math.floor((left + w) / TILE);
        long firstRow = (long) Math.floor(top / TILE);
        long lastRow = (long) Math.floor((top + h) / TILE);
        for (Iterator<Map.Entry<Long, Canvas>> it = shown.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Long, Canvas> tile = it.next();
            long column = tile.getKey() >> 32;
            long row = (int) (long) tile.getKey();
            if (column < firstColumn || column > lastColumn || row < firstRow || row > lastRow) {
                spare.push(tile.getValue());
                it.remove();
            }
        }
        int side = (int) Math.ceil(TILE * scale);
        layer.getChildren().clear();
        for (long row = firstRow; row <= lastRow; row++) {
            for (long column = firstColumn; column <= lastColumn; column++) {
                Canvas tile = shown.computeIfAbsent(CellIndex.key(column, row),
                        k -> drawn(outlines, k, side, zoom, scale, palette));
                tile.relocate(Math.round((column * TILE - left) * scale), Math.round((row * TILE - top) * scale));
                layer.getChildren().add(tile);
            }
        }
    }

    private Canvas drawn(WorldOutlines outlines, long key, int side, double zoom, double scale, MapPalette palette) {
        Canvas tile = spare.isEmpty() ? new Canvas() : spare.pop();
        tile.setWidth(side);
        tile.setHeight(side);
        GraphicsContext gc = tile.getGraphicsContext2D();
        gc.save();
        gc.scale(scale, scale);
        painter.paint(gc, outlines, (key >> 32) * (double) TILE, (int) key * (double) TILE, zoom, TILE, TILE,
                palette);
        gc.restore();
        return tile;
    }
}
