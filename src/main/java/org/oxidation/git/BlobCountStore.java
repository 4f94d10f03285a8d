package org.oxidation.git;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.oxidation.model.LineCounts;

/**
 * Keeps {@link BlobCounts} on disk between runs, one file per repository and counting-rules version.
 *
 * <p>The file is a {@link SegmentFile} (magic {@code OXBC}): each save appends one segment with the
 * blobs counted since the last save, so a checkpoint costs what was counted since the one before. A
 * segment holds its language names, its entry count, then per entry the 20-byte blob id, a language
 * index (its top bit set when the blob has a generated-file marker) and five unsigned varints (lines, code,
 * comment, blank, unsafe). A file that is corrupt, of
 * another format or of other counting rules is ignored with one warning and rewritten: never a wrong
 * count. When another process has saved meanwhile, or the file's end is damaged, saving merges what the
 * file holds with what this process knows and rewrites it, so two processes can share a cache.
 * Thread-safe.
 */
public final class BlobCountStore {

    private static final int MAGIC = 0x4F584243; // "OXBC"
    private static final int FORMAT = 4;
    private static final int MARKED = 0x80;

    private final SegmentFile segments;
    private SegmentFile.State state = SegmentFile.State.REWRITE;

    public BlobCountStore(Path file, int rulesVersion) {
        this.segments = new SegmentFile(file, MAGIC, FORMAT, rulesVersion);
    }

    public Path file() {
        return segments.file();
    }

    /** Loads the saved counts into {@code into}; returns how many entries were loaded. */
    public synchronized int loadInto(BlobCounts into, Consumer<String> warn) {
        SegmentFile.Contents contents;
        try {
            contents = segments.read();
        } catch (IOException e) {
            warn.accept("ignoring the count cache " + file() + ": " + e.getMessage());
            return 0;
        } catch (CacheFile.Invalid e) {
            warn.accept("ignoring the count cache " + file() + ": " + e.getMessage() + "; it will be rebuilt");
            return 0;
        }
        int loaded = 0;
        for (ByteBuffer segment : contents.segments()) {
            try {
                loaded += CacheFile.decodeSegment(segment, in -> decode(in, into));
            } catch (CacheFile.Invalid e) {
                warn.accept("ignoring the count cache " + file() + ": " + e.getMessage() + "; it will be rebuilt");
                return loaded; // state stays REWRITE
            }
        }
        if (contents.damage() != null) {
            warn.accept(contents.damageWarning("count cache", file()));
        }
        state = contents.state();
        return loaded;
    }

    /**
     * Checks the file's frames without loading its counts, so that {@link #save} can append to it: a run
     * that counted a few blobs it did not look up in this file need not decode all of it. A file that
     * cannot be appended to is rewritten by the save (merged with what it holds), as after {@link #loadInto}.
     */
    public synchronized void attach(Consumer<String> warn) {
        try {
            SegmentFile.Contents contents = segments.read();
            if (contents.damage() != null) {
                warn.accept(contents.damageWarning("count cache", file()));
            }
            state = contents.state();
        } catch (IOException e) {
            warn.accept("ignoring the count cache " + file() + ": " + e.getMessage());
        } catch (CacheFile.Invalid e) {
            warn.accept("ignoring the count cache " + file() + ": " + e.getMessage() + "; it will be rebuilt");
        }
    }

    /**
     * Saves what {@code counts} counted since its last save: appended when the file is as this store
     * last saw it, else merged with the file's entries and rewritten.
     */
    public synchronized void save(BlobCounts counts) throws IOException {
        List<BlobCounts.Key> fresh = counts.takeUnsaved();
        if (fresh.isEmpty() && state.appendable()) {
            return;
        }
        SegmentFile.State appended = state.appendable() ? segments.append(state, out -> encode(counts, fresh, out)) : null;
        if (appended == null) {
            BlobCounts merged = new BlobCounts();
            loadInto(merged, message -> { });
            counts.entries().forEach((key, value) -> merged.putSaved(key.blob(), key.language(), value, counts.isMarked(key)));
            appended = segments.rewrite(List.of(out -> encode(merged, merged.entries().keySet(), out)));
        }
        state = appended;
    }

    private static void encode(BlobCounts counts, Collection<BlobCounts.Key> keys, DataOutputStream out)
            throws IOException {
        List<String> languages = keys.stream().map(BlobCounts.Key::language).distinct().sorted().toList();
        CacheFile.writeVarint(out, languages.size());
        for (String language : languages) {
            CacheFile.writeString(out, language);
        }
        CacheFile.writeVarint(out, keys.size());
        byte[] id = new byte[Constants.OBJECT_ID_LENGTH];
        for (BlobCounts.Key key : keys) {
            key.blob().copyRawTo(id, 0);
            out.write(id);
            out.writeByte(languages.indexOf(key.language()) | (counts.isMarked(key) ? MARKED : 0));
            CacheFile.writeCounts(out, counts.get(key));
        }
    }

    private static int decode(ByteBuffer in, BlobCounts into) {
        List<String> languages = new ArrayList<>();
        long languageCount = CacheFile.readVarint(in);
        for (long i = 0; i < languageCount; i++) {
            languages.add(CacheFile.readString(in).intern());
        }
        int entries = (int) CacheFile.readVarint(in);
        byte[] id = new byte[Constants.OBJECT_ID_LENGTH];
        for (int i = 0; i < entries; i++) {
            in.get(id);
            int languageByte = in.get() & 0xFF;
            String language = languages.get(languageByte & ~MARKED);
            into.putSaved(ObjectId.fromRaw(id), language, CacheFile.readCounts(in), (languageByte & MARKED) != 0);
        }
        return entries;
    }
}
