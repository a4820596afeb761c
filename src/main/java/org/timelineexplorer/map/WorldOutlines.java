package org.timelineexplorer.map;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The countries of the world as outlines to draw, in levels of detail, each in {@linkplain WebMercator world}
 * coordinates. The bundled ones ({@link #naturalEarth()}) are Natural Earth's, converted once by the test tree's
 * {@code WorldOutlineConverter} into this layout (big-endian; "varint" is 7 bits a byte, low first, "zigzag" maps
 * signed to unsigned as Protocol Buffers do):
 * <pre>
 * int magic "TEMP", int version 2, UTF source
 * int levels; per level: int sheets; per sheet:
 *   double scaleX, scaleY, translateX, translateY          (lon = x·scaleX + translateX, likewise lat)
 *   varint arcs; per arc: varint points, varint countries sharing it (1: a coast), points × zigzag dx, dy
 *   varint countries; per country: UTF name, varint polygons; per polygon: varint rings; per ring:
 *     varint arcs, arcs × zigzag index (~index: the arc backwards)
 * then the level's rivers: double scaleX, scaleY, translateX, translateY; varint lines; per line:
 *   varint points, points × zigzag dx, dy
 * </pre>
 * A level's sheets are one topology each (1:50m for most of the world and 1:10m around Iraq, for example); each
 * border is kept once, so it is drawn once. Immutable once read.
 */
public final class WorldOutlines {

    /** The widest world, in pixels, drawn from the coarsest level. */
    public static final double COARSE_UP_TO = 6000;
    private static final int MAGIC = 0x54454d50;
    private static final String BUNDLED = "natural-earth.bin";

    private final String source;
    private final List<Level> levels;

    private WorldOutlines(String source, List<Level> levels) {
        this.source = source;
        this.levels = List.copyOf(levels);
    }

    /** Natural Earth's countries at 1:110m, and at 1:50m with 1:10m around Iraq; read once, on first use. */
    public static WorldOutlines naturalEarth() {
        return Bundled.OUTLINES;
    }

    private static final class Bundled {
        static final WorldOutlines OUTLINES = readBundled();

        private static WorldOutlines readBundled() {
            try (InputStream in = WorldOutlines.class.getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new IllegalStateException("the map's outlines " + BUNDLED + " are missing from the build");
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Reads outlines in this class's layout. */
    public static WorldOutlines read(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(stream, 1 << 16));
        if (in.readInt() != MAGIC || in.readInt() != 2) {
            throw new IOException("not a map outline file of version 2");
        }
        String source = in.readUTF();
        int levelCount = in.readInt();
        List<Level> levels = new ArrayList<>(levelCount);
        for (int l = 0; l < levelCount; l++) {
            levels.add(readLevel(in));
        }
        return new WorldOutlines(source, levels);
    }

    private static Level readLevel(DataInputStream in) throws IOException {
        int sheets = in.readInt();
        List<float[]> arcs = new ArrayList<>();
        List<Boolean> coast = new ArrayList<>();
        List<Country> countries = new ArrayList<>();
        for (int s = 0; s < sheets; s++) {
            double scaleX = in.readDouble();
            double scaleY = in.readDouble();
            double translateX = in.readDouble();
            double translateY = in.readDouble();
            int offset = arcs.size();
            int arcCount = varint(in);
            for (int a = 0; a < arcCount; a++) {
                int points = varint(in);
                coast.add(varint(in) < 2);
                float[] xy = new float[points * 2];
                int x = 0;
                int y = 0;
                for (int p = 0; p < points; p++) {
                    x += zigzag(varint(in));
                    y += zigzag(varint(in));
                    xy[2 * p] = (float) WebMercator.x(x * scaleX + translateX);
                    xy[2 * p + 1] = (float) WebMercator.y(y * scaleY + translateY);
                }
                arcs.add(xy);
            }
            int countryCount = varint(in);
            for (int c = 0; c < countryCount; c++) {
                String name = in.readUTF();
                List<int[]> rings = new ArrayList<>();
                int polygons = varint(in);
                for (int p = 0; p < polygons; p++) {
                    int ringCount = varint(in);
                    for (int r = 0; r < ringCount; r++) {
                        int[] ring = new int[varint(in)];
                        for (int i = 0; i < ring.length; i++) {
                            int ref = zigzag(varint(in));
                            ring[i] = ref < 0 ? ~(~ref + offset) : ref + offset;
                        }
                        rings.add(ring);
                    }
                }
                countries.add(new Country(name, rings.toArray(int[][]::new), arcs));
            }
        }
        boolean[] coasts = new boolean[coast.size()];
        for (int i = 0; i < coasts.length; i++) {
            coasts[i] = coast.get(i);
        }
        return new Level(arcs.toArray(float[][]::new), coasts, countries, readLines(in));
    }

    /** A level's rivers: lines of points in world coordinates. */
    private static float[][] readLines(DataInputStream in) throws IOException {
        double scaleX = in.readDouble();
        double scaleY = in.readDouble();
        double translateX = in.readDouble();
        double translateY = in.readDouble();
        float[][] lines = new float[varint(in)][];
        for (int l = 0; l < lines.length; l++) {
            float[] xy = new float[varint(in) * 2];
            int x = 0;
            int y = 0;
            for (int p = 0; p < xy.length; p += 2) {
                x += zigzag(varint(in));
                y += zigzag(varint(in));
                xy[p] = (float) WebMercator.x(x * scaleX + translateX);
                xy[p + 1] = (float) WebMercator.y(y * scaleY + translateY);
            }
            lines[l] = xy;
        }
        return lines;
    }

    private static int varint(DataInputStream in) throws IOException {
        int value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = in.readUnsignedByte();
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IOException("a number in the map's outlines is too long");
    }

    private static int zigzag(int value) {
        return (value >>> 1) ^ -(value & 1);
    }

    /** Where the outlines come from, for credits. */
    public String source() {
        return source;
    }

    /** The levels of detail, coarsest first. */
    public List<Level> levels() {
        return levels;
    }

    /**
     * The level to draw at {@code zoom} pixels per world width: the coarsest while the whole world is at most
     * {@link #COARSE_UP_TO} pixels wide (Iraq some 170 pixels across, where 1:110m's bends are a few pixels long
     * and drawing the world at 1:50m costs three times as much), the finest after.
     */
    public Level levelFor(double zoom) {
        return zoom <= COARSE_UP_TO || levels.size() == 1 ? levels.get(0) : levels.get(levels.size() - 1);
    }

    /**
     * One level of detail: arcs as world points {@code x0, y0, x1, y1, …}, the countries whose rings they bound,
     * and the large rivers as lines of world points.
     */
    public static final class Level {
        private final float[][] arcs;
        private final boolean[] coast;
        private final float[] arcBounds;
        private final List<Country> countries;
        private final float[][] rivers;
        private final float[] riverBounds;

        Level(float[][] arcs, boolean[] coast, List<Country> countries, float[][] rivers) {
            this.arcs = arcs;
            this.coast = coast;
            this.countries = Collections.unmodifiableList(countries);
            this.rivers = rivers;
            arcBounds = boundsOf(arcs);
            riverBounds = boundsOf(rivers);
        }

        private static float[] boundsOf(float[][] lines) {
            float[] all = new float[lines.length * 4];
            for (int a = 0; a < lines.length; a++) {
                System.arraycopy(bounds(lines[a]), 0, all, 4 * a, 4);
            }
            return all;
        }

        private static boolean meets(float[] bounds, int index, double minX, double minY, double maxX, double maxY) {
            int i = 4 * index;
            return bounds[i] <= maxX && bounds[i + 2] >= minX && bounds[i + 1] <= maxY && bounds[i + 3] >= minY;
        }

        public int riverCount() {
            return rivers.length;
        }

        /** River {@code index}'s points, {@code x0, y0, x1, y1, …}: read only, never change it. */
        public float[] river(int index) {
            return rivers[index];
        }

        /** Whether river {@code index} has points inside the world box from (minX, minY) to (maxX, maxY). */
        public boolean riverMeets(int index, double minX, double minY, double maxX, double maxY) {
            return meets(riverBounds, index, minX, minY, maxX, maxY);
        }

        public int arcCount() {
            return arcs.length;
        }

        /** Arc {@code index}'s points, {@code x0, y0, x1, y1, …}: read only, never change it. */
        public float[] arc(int index) {
            return arcs[index];
        }

        /** Whether the arc is a coast (one country's edge) rather than a border between two. */
        public boolean isCoast(int index) {
            return coast[index];
        }

        /** Whether arc {@code index} has points inside the world box from (minX, minY) to (maxX, maxY). */
        public boolean arcMeets(int index, double minX, double minY, double maxX, double maxY) {
            return meets(arcBounds, index, minX, minY, maxX, maxY);
        }

        public List<Country> countries() {
            return countries;
        }

        /** The country named {@code name}, as Natural Earth spells it ("Iraq", "Kuwait"). */
        public java.util.Optional<Country> country(String name) {
            return countries.stream().filter(c -> c.name().equals(name)).findFirst();
        }
    }

    static float[] bounds(float[] xy) {
        float minX = Float.MAX_VALUE, minY = Float.MAX_VALUE, maxX = -Float.MAX_VALUE, maxY = -Float.MAX_VALUE;
        for (int i = 0; i < xy.length; i += 2) {
            minX = Math.min(minX, xy[i]);
            maxX = Math.max(maxX, xy[i]);
            minY = Math.min(minY, xy[i + 1]);
            maxY = Math.max(maxY, xy[i + 1]);
        }
        return new float[] {minX, minY, maxX, maxY};
    }

    /**
     * One country: its rings, each a list of arc indices of its level ({@code ~i}: arc i backwards), outer rings
     * and holes alike (filled even-odd), and its world bounding box.
     */
    public static final class Country {
        private final String name;
        private final int[][] rings;
        private final float[] bounds;

        Country(String name, int[][] rings, List<float[]> arcs) {
            this.name = name;
            this.rings = rings;
            float[] b = {Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
            for (int[] ring : rings) {
                for (int ref : ring) {
                    float[] a = bounds(arcs.get(ref < 0 ? ~ref : ref));
                    b[0] = Math.min(b[0], a[0]);
                    b[1] = Math.min(b[1], a[1]);
                    b[2] = Math.max(b[2], a[2]);
                    b[3] = Math.max(b[3], a[3]);
                }
            }
            bounds = b;
        }

        public String name() {
            return name;
        }

        public int ringCount() {
            return rings.length;
        }

        /** Ring {@code index}'s arc references: read only. */
        public int[] ring(int index) {
            return rings[index];
        }

        /** Whether the country's bounding box meets the world box from (minX, minY) to (maxX, maxY). */
        public boolean meets(double minX, double minY, double maxX, double maxY) {
            return bounds[0] <= maxX && bounds[2] >= minX && bounds[1] <= maxY && bounds[3] >= minY;
        }
    }
}
