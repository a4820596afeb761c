package org.timelineexplorer.ui.settings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.prefs.AbstractPreferences;
import java.util.prefs.BackingStoreException;

/**
 * A preferences node over a map that stands for the disk: values put are kept in memory and reach the "disk" only
 * when the node is flushed, as with the platform's stores. A node made again over the same disk is the app after a
 * restart: it sees what was flushed and nothing else. Counts flushes and records the threads they ran on.
 */
public final class StoredPreferences extends AbstractPreferences {

    private final Map<String, String> disk;
    private final Map<String, String> memory = new HashMap<>();
    private final List<String> flushThreads = new ArrayList<>();
    private volatile boolean failing;

    /** A node that reads {@code disk} now and writes it when flushed. */
    public StoredPreferences(Map<String, String> disk) {
        super(null, "");
        this.disk = disk;
        memory.putAll(disk);
    }

    /** A disk that may be written from the settings' writer thread while a test reads it. */
    public static Map<String, String> newDisk() {
        return new ConcurrentHashMap<>();
    }

    /** The names of the threads that flushed, in order. */
    public synchronized List<String> flushThreads() {
        return List.copyOf(flushThreads);
    }

    /** Makes every flush fail from now, as a full disk or a read-only home folder would. */
    public void failFlushes() {
        failing = true;
    }

    @Override
    protected void putSpi(String key, String value) {
        memory.put(key, value);
    }

    @Override
    protected String getSpi(String key) {
        return memory.get(key);
    }

    @Override
    protected void removeSpi(String key) {
        memory.remove(key);
    }

    @Override
    protected void removeNodeSpi() {
        memory.clear();
    }

    @Override
    protected String[] keysSpi() {
        return memory.keySet().toArray(String[]::new);
    }

    @Override
    protected String[] childrenNamesSpi() {
        return new String[0];
    }

    @Override
    protected AbstractPreferences childSpi(String name) {
        throw new UnsupportedOperationException("the app keeps its settings in one node");
    }

    @Override
    protected void syncSpi() {
    }

    @Override
    protected void flushSpi() throws BackingStoreException {
        synchronized (this) {
            flushThreads.add(Thread.currentThread().getName());
        }
        if (failing) {
            throw new BackingStoreException("disk full");
        }
        disk.clear();
        disk.putAll(memory);
    }
}
