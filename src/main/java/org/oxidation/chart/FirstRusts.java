package org.oxidation.chart;

import java.util.List;
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

    private static final Memo<Key, FirstRust> CACHE = new Memo<>(CAPACITY);

    private FirstRusts() {
    }

    public static FirstRust of(ViewState state) {
        return CACHE.get(new Key(state.timeline().snapshots(), state.grouping().id(), Set.copyOf(state.excluded())),
                () -> FirstRust.of(state.timeline().snapshots(), state.grouping(), state.excluded()));
    }
}
