package org.timelineexplorer.map;

/**
 * What part of the {@linkplain WebMercator world} a map shows: the world point at the centre of the view and the
 * zoom, in pixels per world unit (the world's width in pixels). Independent of the view's size, which every method
 * that turns world points into pixels takes. Immutable; each navigation returns a new viewport, clamped so that the
 * world's centre stays inside the world and the zoom between {@link #MIN_ZOOM} and {@link #MAX_ZOOM}.
 */
public record MapViewport(double centreX, double centreY, double zoom) {

    /** The whole world 128 pixels wide: anything less shows nothing worth seeing. */
    public static final double MIN_ZOOM = 128;
    /** About 1.2 m per pixel on the equator, where 1:10m outlines are long past their detail. */
    public static final double MAX_ZOOM = 256 * Math.pow(2, 15);

    public MapViewport {
        if (!Double.isFinite(centreX) || !Double.isFinite(centreY) || !Double.isFinite(zoom)) {
            throw new IllegalArgumentException("a viewport needs finite numbers: " + centreX + ", " + centreY
                    + ", " + zoom);
        }
        centreX = Math.max(0, Math.min(1, centreX));
        centreY = Math.max(0, Math.min(1, centreY));
        zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom));
    }

    /** The whole world, fitted into a view {@code width} × {@code height}. */
    public static MapViewport world(double width, double height) {
        return new MapViewport(0.5, 0.5, Math.min(width, height));
    }

    /**
     * The smallest zoom-in that shows the world box from ({@code minX}, {@code minY}) to ({@code maxX},
     * {@code maxY}) with {@code margin} pixels free on every side, but no closer than {@code maxZoom} (a single
     * place would be fitted to a pixel's width).
     */
    public static MapViewport fit(double minX, double minY, double maxX, double maxY, double width, double height,
                                  double margin, double maxZoom) {
        double spanX = Math.max(maxX - minX, 1e-12);
        double spanY = Math.max(maxY - minY, 1e-12);
        double zoom = Math.min(Math.max(width - 2 * margin, 1) / spanX, Math.max(height - 2 * margin, 1) / spanY);
        return new MapViewport((minX + maxX) / 2, (minY + maxY) / 2, Math.min(zoom, maxZoom));
    }

    /** The pixel column of world x in a view {@code width} wide. */
    public double screenX(double worldX, double width) {
        return (worldX - centreX) * zoom + width / 2;
    }

    /** The pixel row of world y in a view {@code height} high. */
    public double screenY(double worldY, double height) {
        return (worldY - centreY) * zoom + height / 2;
    }

    /** The world x under pixel column {@code x}. */
    public double worldX(double x, double width) {
        return (x - width / 2) / zoom + centreX;
    }

    /** The world y under pixel row {@code y}. */
    public double worldY(double y, double height) {
        return (y - height / 2) / zoom + centreY;
    }

    /** Zoomed by {@code factor} (above 1: in) keeping the world point under pixel ({@code x}, {@code y}) still. */
    public MapViewport zoomAt(double factor, double x, double y, double width, double height) {
        double anchorX = worldX(x, width);
        double anchorY = worldY(y, height);
        double newZoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom * factor));
        return new MapViewport(anchorX - (x - width / 2) / newZoom, anchorY - (y - height / 2) / newZoom, newZoom);
    }

    /** Moved so that what was at pixel (dx, dy) from the centre is at the centre: a drag by (−dx, −dy). */
    public MapViewport panBy(double dx, double dy) {
        return new MapViewport(centreX + dx / zoom, centreY + dy / zoom, zoom);
    }

    /** Centred on world point ({@code x}, {@code y}) at the same zoom. */
    public MapViewport centredOn(double x, double y) {
        return new MapViewport(x, y, zoom);
    }
}
