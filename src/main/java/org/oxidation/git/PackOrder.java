package org.oxidation.git;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.jgit.internal.storage.file.ObjectDirectory;
import org.eclipse.jgit.internal.storage.file.Pack;
import org.eclipse.jgit.internal.storage.file.PackIndex;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;

/**
 * Sorts object ids into the order their data lies in the pack files. Reading neighbours together lets
 * them share pack windows and delta bases, which is much faster than tree-walk order. Objects not in
 * a pack (loose ones) go last, in id order. Stateless and thread-safe.
 */
final class PackOrder {

    private PackOrder() {
    }

    static <T> List<T> sort(Repository repository, List<T> items, java.util.function.Function<T, ObjectId> idOf) {
        if (repository instanceof MappedPackRepository mapped) {
            // The mapped indexes answer without JGit loading its own (0.2 s for the kernel's pack).
            PackObjects packs = mapped.packs();
            return sortBy(items, item -> packs.packPosition(idOf.apply(item)), idOf);
        }
        List<PackIndex> indexes = packIndexes(repository);
        return sortBy(items, item -> position(indexes, idOf.apply(item)), idOf);
    }

    private static <T> List<T> sortBy(List<T> items, java.util.function.ToLongFunction<T> positionOf,
                                      java.util.function.Function<T, ObjectId> idOf) {
        record Placed<T>(T item, long position, ObjectId id) {
        }
        List<Placed<T>> placed = new ArrayList<>(items.size());
        for (T item : items) {
            placed.add(new Placed<>(item, positionOf.applyAsLong(item), idOf.apply(item)));
        }
        placed.sort(Comparator.<Placed<T>>comparingLong(Placed::position).thenComparing(Placed::id));
        return placed.stream().map(Placed::item).toList();
    }

    private static long position(List<PackIndex> indexes, ObjectId id) {
        for (int pack = 0; pack < indexes.size(); pack++) {
            long offset = indexes.get(pack).findOffset(id);
            if (offset >= 0) {
                return ((long) pack << 44) | offset;
            }
        }
        return Long.MAX_VALUE;
    }

    private static List<PackIndex> packIndexes(Repository repository) {
        List<PackIndex> indexes = new ArrayList<>();
        if (repository.getObjectDatabase() instanceof ObjectDirectory directory) {
            for (Pack pack : directory.getPacks()) {
                try {
                    indexes.add(pack.getIndex());
                } catch (IOException e) {
                    // An unreadable index only costs speed here; reading the objects reports the fault.
                }
            }
        }
        return indexes;
    }
}
