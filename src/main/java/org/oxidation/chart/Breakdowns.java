package org.oxidation.chart;

import java.util.List;
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

    private static final Memo<Key, Breakdown> CACHE = new Memo<>(CAPACITY);

    private Breakdowns() {
    }

    /** One breakdown per snapshot of the state's timeline, in timeline order. */
    public static List<Breakdown> of(ViewState state) {
        return state.timeline().snapshots().stream()
                .map(snapshot -> of(snapshot, state.grouping(), state.excluded()))
                .toList();
    }

    public static Breakdown of(Snapshot snapshot, Grouping grouping, Set<Origin.Kind> excluded) {
        return CACHE.get(new Key(snapshot, grouping.id(), Set.copyOf(excluded)),
                () -> Subsystems.breakdown(snapshot, grouping, excluded));
    }
}
