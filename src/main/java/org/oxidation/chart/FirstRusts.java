package org.oxidation.chart;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.oxidation.count.FirstRust;
import org.oxidation.model.Origin;
import org.oxidation.model.Snapshot;

/**
 * Where each subsystem's Rust began, for a state's timeline, remembered for the last few timelines so
 * that every redraw (a mode, a hidden series) does not walk the trees again. Thread-safe.
 */
public final class FirstRusts {

    private static final int CAPACITY = 8;

    private record Key(List<Snapshot> snapshots, String grouping, Set<Origin.Kind> excluded) {
    }

    private static final Map<Key, FirstRust> CACHE = new LinkedHashMap<>(CAPACITY, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, FirstRust> eldest) {
            return size() > CAPACITY;
        }
    };

    private FirstRusts() {
    }

    public static FirstRust of(ViewState state) {
        Key key = new Key(state.timeline().snapshots(), state.grouping().id(), Set.copyOf(state.excluded()));
        synchronized (CACHE) {
            FirstRust known = CACHE.get(key);
            if (known != null) {
                return known;
            }
        }
        // Computed outside the lock: two threads may both compute it, which is harmless.
        FirstRust computed = FirstRust.of(state.timeline().snapshots(), state.grouping(), state.excluded());
        synchronized (CACHE) {
            CACHE.put(key, computed);
        }
        return computed;
    }
}
