package org.oxidation.git;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.ObjectId;
import org.oxidation.model.LineCounts;

/**
 * The counts of every blob counted so far, by blob id and language, and which blobs carry a
 * generated-file marker in their first lines: a blob is read once however many tags and paths contain
 * it. Thread-safe: counting threads add to it concurrently.
 */
public final class BlobCounts {

    /** A blob counted as one language (the same bytes could be a .c and a .rs file). */
    public record Key(ObjectId blob, String language) {
    }

    private final Map<Key, LineCounts> counts = new ConcurrentHashMap<>();
    /** The keys whose blob has a generated-file marker (few: a set beside the counts costs least). */
    private final java.util.Set<Key> marked = ConcurrentHashMap.newKeySet();
    /** Counted here and not yet saved: what the next save of the cache appends. */
    private final Queue<Key> unsaved = new ConcurrentLinkedQueue<>();

    public LineCounts get(Key key) {
        return counts.get(key);
    }

    /** Whether the blob counted under this key has a generated-file marker. */
    public boolean isMarked(Key key) {
        return marked.contains(key);
    }

    /** Adds the counts of a blob counted now; the next save of the cache includes it. */
    public void put(AnyObjectId blob, String language, LineCounts lineCounts) {
        put(blob, language, lineCounts, false);
    }

    /** Adds the counts of a blob counted now and whether it is marked generated; the next save includes it. */
    public void put(AnyObjectId blob, String language, LineCounts lineCounts, boolean generatedMarker) {
        Key key = new Key(blob.toObjectId(), language);
        if (generatedMarker) {
            marked.add(key);
        }
        if (counts.put(key, lineCounts) == null) {
            unsaved.add(key);
        }
    }

    /** Adds counts read from the cache, which need no saving. */
    void putSaved(ObjectId blob, String language, LineCounts lineCounts, boolean generatedMarker) {
        Key key = new Key(blob, language);
        if (generatedMarker) {
            marked.add(key);
        }
        counts.put(key, lineCounts);
    }

    /** Whether anything was counted since the last {@link #takeUnsaved}. */
    boolean hasUnsaved() {
        return !unsaved.isEmpty();
    }

    /** Takes the keys counted since the last call, for saving. */
    List<Key> takeUnsaved() {
        List<Key> taken = new ArrayList<>();
        for (Key key = unsaved.poll(); key != null; key = unsaved.poll()) {
            taken.add(key);
        }
        return taken;
    }

    public int size() {
        return counts.size();
    }

    /** A view of all entries, for saving them. */
    public Map<Key, LineCounts> entries() {
        return java.util.Collections.unmodifiableMap(counts);
    }
}
