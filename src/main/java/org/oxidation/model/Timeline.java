package org.oxidation.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sampled snapshots of one source (a repository or a CSV file), in the order they were sampled.
 * Immutable and thread-safe.
 *
 * @param source a short name of where the data came from (repository directory name or CSV file name)
 */
public record Timeline(String source, List<Snapshot> snapshots) {

    public Timeline {
        snapshots = List.copyOf(snapshots);
    }

    public Timeline with(Snapshot snapshot) {
        List<Snapshot> more = new ArrayList<>(snapshots);
        more.add(snapshot);
        return new Timeline(source, more);
    }

    public Optional<Snapshot> snapshot(String tag) {
        return snapshots.stream().filter(s -> s.tag().equals(tag)).findFirst();
    }

    public List<String> tags() {
        return snapshots.stream().map(Snapshot::tag).toList();
    }

    public boolean isEmpty() {
        return snapshots.isEmpty();
    }
}
