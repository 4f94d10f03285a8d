package org.oxidation.git;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.ObjectId;
import org.oxidation.model.LineCounts;

/**
 * The counts of every blob counted so far, by blob id and language: a blob is read once however many
 * tags and paths contain it. Thread-safe: counting threads add to it concurrently.
 */
public final class BlobCounts {

    /** A blob counted as one language (the same bytes could be a .c and a .rs file). */
    public record Key(ObjectId blob, String language) {
    }

    private final Map<Key, LineCounts> counts = new ConcurrentHashMap<>();

    public LineCounts get(AnyObjectId blob, String language) {
        return counts.get(new Key(blob.toObjectId(), language));
    }

    public void put(AnyObjectId blob, String language, LineCounts lineCounts) {
        counts.put(new Key(blob.toObjectId(), language), lineCounts);
    }

    public int size() {
        return counts.size();
    }

    /** A view of all entries, for saving them. */
    public Map<Key, LineCounts> entries() {
        return java.util.Collections.unmodifiableMap(counts);
    }
}
