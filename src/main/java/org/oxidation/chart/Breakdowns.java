package org.oxidation.chart;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.oxidation.count.Grouping;
import org.oxidation.count.Subsystems;
import org.oxidation.model.Breakdown;
import org.oxidation.model.Origin;
import org.oxidation.model.Snapshot;

/**
 * The breakdowns a {@link ViewState} asks for, one per snapshot, remembered so that several views and
 * every redraw share one walk of each tree (a kernel tag has ~80k files). Thread-safe.
 */
public final class Breakdowns {

    /** Enough for a few groupings of a long timeline; the trees themselves are shared, not copied. */
    private static final int CAPACITY = 256;

    private record Key(Snapshot snapshot, String grouping, Set<Origin.Kind> excluded) {
    }

    private static final Map<Key, Breakdown> CACHE = new LinkedHashMap<>(CAPACITY, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Breakdown> eldest) {
            return size() > CAPACITY;
        }
    };

    private Breakdowns() {
    }

    /** One breakdown per snapshot of the state's timeline, in timeline order. */
    public static List<Breakdown> of(ViewState state) {
        return state.timeline().snapshots().stream()
                .map(snapshot -> of(snapshot, state.grouping(), state.excluded()))
                .toList();
    }

    public static Breakdown of(Snapshot snapshot, Grouping grouping, Set<Origin.Kind> excluded) {
        Key key = new Key(snapshot, grouping.id(), Set.copyOf(excluded));
        synchronized (CACHE) {
            Breakdown known = CACHE.get(key);
            if (known != null) {
                return known;
            }
        }
        // Computed outside the lock: two threads may both compute the same breakdown, which is harmless.
        Breakdown computed = Subsystems.breakdown(snapshot, grouping, excluded);
        synchronized (CACHE) {
            CACHE.put(key, computed);
        }
        return computed;
    }
}
