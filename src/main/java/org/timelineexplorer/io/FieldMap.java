package org.timelineexplorer.io;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The fields of one object of the tree, in the order read. A dataset's objects have a handful of fields, and a
 * large file hundreds of thousands of objects: two arrays searched in order cost less time and memory than a hash
 * map each. An object with more than {@value #SMALL} fields moves them into a hash map, so that a hostile object
 * of a million fields still takes linear time.
 */
final class FieldMap extends AbstractMap<String, JsonNode> {

    private static final int SMALL = 8;
    /** Most objects (a date, a text, a source) have two or three fields; an event grows to eight. */
    private static final int FIRST = 4;

    private String[] names = new String[FIRST];
    private JsonNode[] values = new JsonNode[FIRST];
    private int size;
    /** All the fields once there are more than {@value #SMALL}; the arrays are then unused. */
    private LinkedHashMap<String, JsonNode> large;

    @Override
    public JsonNode get(Object name) {
        if (large != null) {
            return large.get(name);
        }
        int at = indexOf(name);
        return at < 0 ? null : values[at];
    }

    @Override
    public boolean containsKey(Object name) {
        return large != null ? large.containsKey(name) : indexOf(name) >= 0;
    }

    @Override
    public JsonNode put(String name, JsonNode value) {
        if (large != null) {
            return large.put(name, value);
        }
        int at = indexOf(name);
        if (at >= 0) {
            JsonNode old = values[at];
            values[at] = value;
            return old;
        }
        add(name, value);
        return null;
    }

    /** Adds a field the caller knows is not here yet, without looking for it again. */
    void add(String name, JsonNode value) {
        if (large != null) {
            large.put(name, value);
            return;
        }
        if (size == SMALL) {
            large = new LinkedHashMap<>(SMALL * 4);
            for (int i = 0; i < size; i++) {
                large.put(names[i], values[i]);
            }
            names = null;
            values = null;
            large.put(name, value);
            return;
        }
        if (size == names.length) {
            names = Arrays.copyOf(names, SMALL);
            values = Arrays.copyOf(values, SMALL);
        }
        names[size] = name;
        values[size++] = value;
    }

    @Override
    public int size() {
        return large != null ? large.size() : size;
    }

    private int indexOf(Object name) {
        for (int i = 0; i < size; i++) {
            // Field names come from the parser's table of names, so the same name is mostly the same string.
            if (names[i] == name || names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Set<Entry<String, JsonNode>> entrySet() {
        if (large != null) {
            return large.entrySet();
        }
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, JsonNode>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Entry<String, JsonNode> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        int at = next++;
                        return new SimpleImmutableEntry<>(names[at], values[at]);
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    @Override
    public String toString() {
        return large != null ? large.toString() : Arrays.toString(Arrays.copyOf(names, size));
    }
}
