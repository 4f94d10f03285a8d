package org.oxidation.git;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.oxidation.model.Breakdown;
import org.oxidation.model.LineCounts;

/**
 * Keeps each tag's CSV rows on disk, keyed by the tag's root tree id and the settings that group them
 * (grouping, left-out origins, origin rules), so that {@code count} after a fetch reads neither the
 * tree cache nor any blob for the tags it counted before.
 *
 * <p>The file is a {@link SegmentFile} (magic {@code OXBD}): each save appends one segment with the
 * breakdowns made since the last save. A segment holds a table of its texts (settings, subsystem and
 * language names), then per entry the 20-byte tree id, the settings' and the grouping's text indices
 * and the rows: per subsystem its text index and per language the text index, files, the five counts
 * of {@link CacheFile#writeCounts}, the vendored and generated lines and the text index of the vendored
 * projects ({@link Breakdown.Row#vendoredFromText}), and the vendored and generated code lines plus one
 * (0: not known). A later entry for the same key
 * replaces an earlier one. Damaged files, other formats and other counting rules are ignored with one
 * warning and rewritten, as the other caches are.
 *
 * <p>{@link #FORMAT} also stands for what the grouping code makes of a tree (subsystems, MAINTAINERS,
 * origins): raise it when a change there gives a tree other rows, or cached rows would outlive it.
 * Thread-safe.
 */
final class BreakdownStore {

    private static final int MAGIC = 0x4F584244; // "OXBD"
    static final int FORMAT = 3;

    /** A tag's root tree under one grouping setting. */
    record Key(ObjectId tree, String settings) {
    }

    private final SegmentFile segments;
    private SegmentFile.State state = SegmentFile.State.REWRITE;
    private final Map<Key, Breakdown> entries = new HashMap<>();
    private final Map<Key, Breakdown> unsaved = new LinkedHashMap<>();
    /** Saving before loading could replace a file this process has not read (a checkpoint racing the load). */
    private boolean loaded;

    BreakdownStore(Path file, int rulesVersion) {
        this.segments = new SegmentFile(file, MAGIC, FORMAT, rulesVersion);
    }

    Path file() {
        return segments.file();
    }

    synchronized Breakdown get(ObjectId tree, String settings) {
        return entries.get(new Key(tree.copy(), settings));
    }

    synchronized void put(ObjectId tree, String settings, Breakdown breakdown) {
        Key key = new Key(tree.copy(), settings);
        entries.put(key, breakdown);
        unsaved.put(key, breakdown);
    }

    synchronized int size() {
        return entries.size();
    }

    /** Loads the saved breakdowns (a warning, and none of them, when the file is unusable). */
    synchronized void load(Consumer<String> warn) {
        Map<Key, Breakdown> saved = read(warn);
        if (saved != null) {
            saved.forEach(entries::putIfAbsent); // what this process made since is newer
        }
        loaded = true;
    }

    /**
     * Saves what was put since the last save: appended when the file is as last seen, else merged and
     * rewritten. Nothing before {@link #load}.
     */
    synchronized void save() throws IOException {
        if (!loaded || (unsaved.isEmpty() && state.appendable())) {
            return;
        }
        Map<Key, Breakdown> fresh = new LinkedHashMap<>(unsaved);
        SegmentFile.State appended = state.appendable() ? segments.append(state, out -> encode(fresh, out)) : null;
        if (appended == null) {
            Map<Key, Breakdown> merged = new LinkedHashMap<>();
            Map<Key, Breakdown> onDisk = read(message -> { });
            if (onDisk != null) {
                merged.putAll(onDisk);
            }
            merged.putAll(entries);
            appended = segments.rewrite(List.of(out -> encode(merged, out)));
        }
        state = appended;
        unsaved.keySet().removeAll(fresh.keySet());
    }

    /** The file's entries, or null (after one warning) when it cannot be used; sets the append state. */
    private Map<Key, Breakdown> read(Consumer<String> warn) {
        SegmentFile.Contents contents;
        try {
            contents = segments.read();
        } catch (IOException e) {
            warn.accept("ignoring the breakdown cache " + file() + ": " + e.getMessage());
            return null;
        } catch (CacheFile.Invalid e) {
            warn.accept("ignoring the breakdown cache " + file() + ": " + e.getMessage() + "; it will be rebuilt");
            return null;
        }
        Map<Key, Breakdown> loaded = new HashMap<>();
        for (ByteBuffer segment : contents.segments()) {
            try {
                CacheFile.decodeSegment(segment, in -> decode(in, loaded));
            } catch (CacheFile.Invalid e) {
                warn.accept("ignoring the breakdown cache " + file() + ": " + e.getMessage() + "; it will be rebuilt");
                state = SegmentFile.State.REWRITE;
                return null;
            }
        }
        if (contents.damage() != null) {
            warn.accept(contents.damageWarning("breakdown cache", file()));
        }
        state = contents.state();
        return loaded;
    }

    private static void encode(Map<Key, Breakdown> breakdowns, DataOutputStream out) throws IOException {
        Map<String, Integer> texts = new LinkedHashMap<>();
        breakdowns.forEach((key, breakdown) -> {
            texts.putIfAbsent(key.settings(), texts.size());
            texts.putIfAbsent(breakdown.grouping(), texts.size());
            breakdown.rows().forEach((subsystem, byLanguage) -> {
                texts.putIfAbsent(subsystem, texts.size());
                byLanguage.keySet().forEach(language -> texts.putIfAbsent(language, texts.size()));
                byLanguage.values().forEach(row -> texts.putIfAbsent(row.vendoredFromText(), texts.size()));
            });
        });
        CacheFile.writeVarint(out, texts.size());
        for (String text : texts.keySet()) {
            CacheFile.writeString(out, text);
        }
        CacheFile.writeVarint(out, breakdowns.size());
        byte[] id = new byte[Constants.OBJECT_ID_LENGTH];
        for (Map.Entry<Key, Breakdown> entry : breakdowns.entrySet()) {
            entry.getKey().tree().copyRawTo(id, 0);
            out.write(id);
            Breakdown breakdown = entry.getValue();
            CacheFile.writeVarint(out, texts.get(entry.getKey().settings()));
            CacheFile.writeVarint(out, texts.get(breakdown.grouping()));
            CacheFile.writeVarint(out, breakdown.rows().size());
            for (Map.Entry<String, Map<String, Breakdown.Row>> subsystem : breakdown.rows().entrySet()) {
                CacheFile.writeVarint(out, texts.get(subsystem.getKey()));
                CacheFile.writeVarint(out, subsystem.getValue().size());
                for (Map.Entry<String, Breakdown.Row> language : subsystem.getValue().entrySet()) {
                    Breakdown.Row row = language.getValue();
                    CacheFile.writeVarint(out, texts.get(language.getKey()));
                    CacheFile.writeVarint(out, row.counts().files());
                    CacheFile.writeCounts(out, row.counts());
                    CacheFile.writeVarint(out, row.vendoredLines());
                    CacheFile.writeVarint(out, row.generatedLines());
                    CacheFile.writeVarint(out, texts.get(row.vendoredFromText()));
                    CacheFile.writeVarint(out, row.vendoredCode() + 1); // + 1: UNKNOWN is -1
                    CacheFile.writeVarint(out, row.generatedCode() + 1);
                }
            }
        }
    }

    private static Void decode(ByteBuffer in, Map<Key, Breakdown> into) {
        long textCount = CacheFile.readVarint(in);
        List<String> texts = new ArrayList<>(); // not sized by a number read from the file
        for (int i = 0; i < textCount; i++) {
            texts.add(CacheFile.readString(in));
        }
        int count = (int) CacheFile.readVarint(in);
        byte[] id = new byte[Constants.OBJECT_ID_LENGTH];
        // Each vendored_from text parsed once: the rows of every tag repeat the same few.
        List<Map<String, String>> vendoredFrom = new ArrayList<>(java.util.Collections.nCopies(texts.size(), null));
        for (int i = 0; i < count; i++) {
            in.get(id);
            String settings = texts.get((int) CacheFile.readVarint(in));
            String grouping = texts.get((int) CacheFile.readVarint(in));
            into.put(new Key(ObjectId.fromRaw(id), settings), new Breakdown(grouping, rows(in, texts, vendoredFrom)));
        }
        return null;
    }

    private static Map<String, Map<String, Breakdown.Row>> rows(ByteBuffer in, List<String> texts,
                                                                List<Map<String, String>> vendoredFrom) {
        int subsystems = (int) CacheFile.readVarint(in);
        Map<String, Map<String, Breakdown.Row>> rows = new LinkedHashMap<>();
        for (int s = 0; s < subsystems; s++) {
            String subsystem = texts.get((int) CacheFile.readVarint(in));
            int languages = (int) CacheFile.readVarint(in);
            Map<String, Breakdown.Row> byLanguage = new LinkedHashMap<>();
            for (int l = 0; l < languages; l++) {
                String language = texts.get((int) CacheFile.readVarint(in));
                long files = CacheFile.readVarint(in);
                LineCounts one = CacheFile.readCounts(in);
                LineCounts counts = new LineCounts(files, one.lines(), one.code(), one.comment(), one.blank(),
                        one.unsafeLines());
                long vendored = CacheFile.readVarint(in);
                long generated = CacheFile.readVarint(in);
                int fromText = (int) CacheFile.readVarint(in);
                Map<String, String> from = vendoredFrom.get(fromText);
                if (from == null) {
                    from = Breakdown.Row.parseVendoredFrom(texts.get(fromText));
                    vendoredFrom.set(fromText, from);
                }
                long vendoredCode = CacheFile.readVarint(in) - 1;
                long generatedCode = CacheFile.readVarint(in) - 1;
                byLanguage.put(language, new Breakdown.Row(counts, vendored, generated, from, vendoredCode, generatedCode));
            }
            rows.put(subsystem, byLanguage);
        }
        return rows;
    }
}
