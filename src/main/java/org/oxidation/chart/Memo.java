package org.oxidation.chart;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The last few values worked out, by key, least recently used dropped first: the chart models' walks
 * of a tree (a kernel tag has ~80k files) are shared by several views and every redraw. A value is
 * computed outside the lock, so two threads may both compute the same one, which is harmless.
 * Thread-safe.
 */
public final class Memo<K, V> {

    private final Map<K, V> values;

    public Memo(int capacity) {
        values = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Remembers {@code value} for the key, in place of what was remembered for it. */
    public void put(K key, V value) {
        synchronized (values) {
            values.put(key, value);
        }
    }

    /** The value remembered for the key, else {@code compute}'s, remembered. */
    public V get(K key, Supplier<V> compute) {
        synchronized (values) {
            V known = values.get(key);
            if (known != null) {
                return known;
            }
        }
        V computed = compute.get();
        synchronized (values) {
            values.put(key, computed);
        }
        return computed;
    }
}
