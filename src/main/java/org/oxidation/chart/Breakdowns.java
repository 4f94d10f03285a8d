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

    /**
     * Takes {@code rows}' breakdown as {@code counted}'s, for the same tag under the same settings: a
     * reopening draws a tag from its cached rows, then gains the tag's tree (the Treemap's), and grouping
     * its files again (100,000 in a kernel-scale tree) would give the same rows while the Treemap waits
     * behind the Timeline's redraw on the chart thread.
     */
    public static void sameAs(Snapshot counted, Snapshot rows, Grouping grouping, Set<Origin.Kind> excluded) {
        if (!counted.tag().equals(rows.tag()) || rows.hasFiles()) {
            throw new IllegalArgumentException(counted.tag() + " is not drawn from rows " + rows.tag());
        }
        CACHE.put(new Key(counted, grouping.id(), Set.copyOf(excluded)), of(rows, grouping, excluded));
    }

    public static Breakdown of(Snapshot snapshot, Grouping grouping, Set<Origin.Kind> excluded) {
        return CACHE.get(new Key(snapshot, grouping.id(), Set.copyOf(excluded)),
                () -> Subsystems.breakdown(snapshot, grouping, excluded));
    }
}
