package org.oxidation.git;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.oxidation.model.DirStats;
import org.oxidation.model.FileStats;
import org.oxidation.model.LanguageCounts;
import org.oxidation.model.LineCounts;
import org.oxidation.model.Origin;

/**
 * Keeps the counted trees (git tree id → {@link DirStats}) on disk, so that opening a repository again
 * needs neither its blobs nor its trees: a tag whose root tree is known is a snapshot at once, and a new
 * tag reuses every unchanged subtree.
 *
 * <p>The file is a {@link SegmentFile} (magic {@code OXTC}): each save appends one segment with only what
 * the file does not hold yet, so saving after a new tag costs that tag, not the whole history. A segment
 * holds the new language names, the new files (name, language index, 20-byte blob id, five varints, its
 * origin: the blob id lets a later run share the file's stats with the next version of its directory) and the
 * new nodes, children before parents and a directory's previous version before it (flags; the 20-byte
 * tree id when the node is a cache key; its name, origin, .gitattributes origin lines, child node indices; its file indices, or the
 * index of its previous version and a {@link FileEdit} of that version's files; its totals). Indices
 * count from the start of the file, so shared subtrees and files stay shared after loading. A file
 * that cannot be used is ignored with one warning and rewritten, as is one whose end is damaged (after
 * its intact segments are loaded).
 *
 * <p>Thread-safe: the checkpoint thread saves while the sampler adds trees.
 *
 * <p>Over 300 lines because the encoder and the decoder of one format belong side by side: a change to one must be read against the other.
 */
final class TreeStore {

    private static final int MAGIC = 0x4F585443; // "OXTC"
    /** Also in {@link RecentTree}'s format: that file holds one tree in this encoding. */
    static final int FORMAT = 5;
    /** Node flags: the node is a cache key (a 20-byte tree id follows); its files are an edit of an earlier node's. */
    private static final int KEYED = 1;
    private static final int EDITED = 2;

    /** Loaded trees by git tree id, and the files in them by language and blob id. */
    record Contents(Map<ObjectId, DirStats> trees, Map<String, Map<AnyObjectId, FileStats>> filesByBlob) {
        static Contents empty() {
            return new Contents(Map.of(), new HashMap<>());
        }
    }

    private final SegmentFile segments;
    /** What the file holds: the index of every node and file in it, and its language names. */
    private Map<DirStats, Integer> nodeIndex = new IdentityHashMap<>();
    private Map<FileStats, Integer> fileIndex = new IdentityHashMap<>();
    private final List<String> languages = new ArrayList<>();
    private SegmentFile.State state = SegmentFile.State.REWRITE;
    /** Loaded but not yet in the indices: they are made on the first save, which a warm run never has. */
    private List<DirStats> unindexedNodes = List.of();
    private List<FileStats> unindexedFiles = List.of();
    /** The parts read so far of a file framed by another class ({@link #decodePart}). */
    private Decoder partDecoder;

    TreeStore(Path file, int rulesVersion) {
        this.segments = new SegmentFile(file, MAGIC, FORMAT, rulesVersion);
    }

    Path file() {
        return segments.file();
    }

    /**
     * Decodes one part of a file that another class frames ({@link RecentTree}: a tag before each part
     * after the first), numbering its nodes and files after those of the parts decoded before it, as
     * {@link #load} does segment by segment; {@link #decodedParts} ends the reading. {@link CacheFile.Invalid}
     * when it cannot be used.
     */
    synchronized void decodePart(ByteBuffer in) {
        if (partDecoder == null) {
            forget();
            partDecoder = new Decoder();
        }
        partDecoder.decode(in);
    }

    /** What the parts decoded hold; {@link #encodePart} numbers new nodes after theirs. */
    synchronized Contents decodedParts() {
        Decoder decoder = partDecoder == null ? new Decoder() : partDecoder;
        partDecoder = null;
        unindexedNodes = decoder.nodes;
        unindexedFiles = decoder.files;
        languages.addAll(decoder.languages);
        return new Contents(decoder.trees, decoder.filesByBlob);
    }

    /** How many of these trees the parts decoded or encoded so far hold (the others would be written anew). */
    synchronized int heldOf(Map<ObjectId, DirStats> trees) {
        index();
        return (int) trees.values().stream().filter(nodeIndex::containsKey).count();
    }

    /**
     * Writes the nodes of {@code trees} (and their files) that the parts decoded or encoded before lack,
     * as one more part; after {@link #forgetParts} that is all of them.
     */
    synchronized void encodePart(Map<ObjectId, DirStats> trees, Function<FileStats, ObjectId> blobOf, DataOutputStream out)
            throws IOException {
        index();
        encodeNew(trees, blobOf, dir -> null, out);
    }

    /** Forgets the parts decoded or encoded: the next part is a whole tree, for a file rewritten. */
    synchronized void forgetParts() {
        partDecoder = null;
        forget();
    }

    /** The saved trees, or none when there are none or they cannot be used. */
    synchronized Contents load(Consumer<String> warn) {
        forget();
        SegmentFile.Contents contents;
        try {
            contents = segments.read();
        } catch (IOException e) {
            warn.accept("ignoring the tree cache " + file() + ": " + e.getMessage());
            return Contents.empty();
        } catch (CacheFile.Invalid e) {
            warn.accept("ignoring the tree cache " + file() + ": " + e.getMessage() + "; it will be rebuilt");
            return Contents.empty();
        }
        Decoder decoder = new Decoder();
        try {
            for (ByteBuffer segment : contents.segments()) {
                CacheFile.decodeSegment(segment, decoder::decode);
            }
        } catch (CacheFile.Invalid e) {
            forget();
            warn.accept("ignoring the tree cache " + file() + ": " + e.getMessage() + "; it will be rebuilt");
            return Contents.empty();
        }
        if (contents.damage() != null) {
            warn.accept(contents.damageWarning("tree cache", file()));
        }
        unindexedNodes = decoder.nodes;
        unindexedFiles = decoder.files;
        languages.addAll(decoder.languages);
        state = contents.state();
        return new Contents(decoder.trees, decoder.filesByBlob);
    }

    /**
     * Appends what the file does not hold yet; rewrites the whole file when another process changed it
     * or its end was damaged. {@code blobOf} gives a file's blob; {@code previousOf} the earlier version
     * of a directory (or null), whose file list the new one is then written as a change of.
     */
    synchronized void save(Map<ObjectId, DirStats> trees, Function<FileStats, ObjectId> blobOf,
                           Function<DirStats, DirStats> previousOf) throws IOException {
        index();
        if (state.appendable() && trees.values().stream().allMatch(nodeIndex::containsKey)) {
            return; // nothing new
        }
        try {
            SegmentFile.State appended = state.appendable() && !nodeIndex.isEmpty()
                    ? segments.append(state, out -> encodeNew(trees, blobOf, previousOf, out)) : null;
            if (appended == null) {
                forget();
                appended = segments.rewrite(List.of(out -> encodeNew(trees, blobOf, previousOf, out)));
            }
            state = appended;
        } catch (IOException | RuntimeException e) {
            forget(); // the indices may not match the file: the next save rewrites it
            throw e;
        }
    }

    private void index() {
        if (nodeIndex.isEmpty() && fileIndex.isEmpty()) {
            // Sized at once for what was loaded (100,000 files of a kernel-sized tag), not grown a doubling at a time.
            nodeIndex = new IdentityHashMap<>(unindexedNodes.size() + 256);
            fileIndex = new IdentityHashMap<>(unindexedFiles.size() + 1024);
        }
        for (DirStats node : unindexedNodes) {
            nodeIndex.put(node, nodeIndex.size());
        }
        for (FileStats file : unindexedFiles) {
            fileIndex.put(file, fileIndex.size());
        }
        unindexedNodes = List.of();
        unindexedFiles = List.of();
    }

    private void forget() {
        unindexedNodes = List.of();
        unindexedFiles = List.of();
        nodeIndex.clear();
        fileIndex.clear();
        languages.clear();
        state = SegmentFile.State.REWRITE;
    }

    /** Writes every node (and file and language) reachable from {@code trees} that the file lacks. */
    private void encodeNew(Map<ObjectId, DirStats> trees, Function<FileStats, ObjectId> blobOf,
                           Function<DirStats, DirStats> previousOf, DataOutputStream out) throws IOException {
        // Every new node's key first: numbering one reaches its subtrees, which must keep their ids too.
        Map<DirStats, ObjectId> keys = new IdentityHashMap<>();
        for (Map.Entry<ObjectId, DirStats> entry : trees.entrySet()) {
            if (!nodeIndex.containsKey(entry.getValue())) {
                keys.put(entry.getValue(), entry.getKey());
            }
        }
        List<DirStats> order = new ArrayList<>();
        for (DirStats dir : keys.keySet()) {
            number(dir, order, previousOf);
        }
        List<String> newLanguages = new ArrayList<>();
        List<FileStats> newFiles = new ArrayList<>();
        List<FileList> fileLists = new ArrayList<>(order.size());
        for (DirStats dir : order) {
            fileLists.add(fileList(dir, previousOf.apply(dir), newFiles, newLanguages));
        }
        CacheFile.writeVarint(out, newLanguages.size());
        for (String language : newLanguages) {
            CacheFile.writeString(out, language);
        }
        // Files once each (the sampler shares a file's stats among the versions of its directory).
        CacheFile.writeVarint(out, newFiles.size());
        byte[] raw = new byte[Constants.OBJECT_ID_LENGTH];
        for (FileStats f : newFiles) {
            CacheFile.writeString(out, f.name());
            CacheFile.writeVarint(out, languages.indexOf(f.language()));
            ObjectId blob = blobOf.apply(f);
            (blob == null ? ObjectId.zeroId() : blob).copyRawTo(raw, 0);
            out.write(raw);
            CacheFile.writeCounts(out, f.counts());
            writeOrigin(f.origin(), out);
        }
        CacheFile.writeVarint(out, order.size());
        for (int n = 0; n < order.size(); n++) {
            DirStats dir = order.get(n);
            ObjectId id = keys.get(dir);
            FileList files = fileLists.get(n);
            out.writeByte((id != null ? KEYED : 0) | (files.base() >= 0 ? EDITED : 0));
            if (id != null) {
                id.copyRawTo(raw, 0);
                out.write(raw);
            }
            CacheFile.writeString(out, dir.name());
            writeOrigin(dir.origin(), out);
            CacheFile.writeString(out, dir.attributes());
            CacheFile.writeVarint(out, dir.dirs().size());
            for (DirStats child : dir.dirs()) {
                CacheFile.writeVarint(out, nodeIndex.get(child));
            }
            if (files.base() >= 0) {
                CacheFile.writeVarint(out, files.base());
            }
            CacheFile.writeVarint(out, files.values().length);
            for (int value : files.values()) {
                CacheFile.writeVarint(out, value);
            }
            writeTotals(dir.totals(), out);
        }
    }

    /** An origin: 0 when inherited, else its kind + 1 and its name, version and source. */
    private static void writeOrigin(Origin origin, DataOutputStream out) throws IOException {
        if (origin.isInherited()) {
            out.writeByte(0);
            return;
        }
        out.writeByte(origin.kind().ordinal() + 1);
        CacheFile.writeString(out, origin.name());
        CacheFile.writeString(out, origin.version());
        CacheFile.writeString(out, origin.source());
    }

    private static Origin readOrigin(ByteBuffer in) {
        int kind = in.get();
        if (kind == 0) {
            return Origin.INHERITED;
        }
        if (kind < 0 || kind > Origin.Kind.values().length) {
            throw new CacheFile.Invalid("it has an unknown origin kind");
        }
        return new Origin(Origin.Kind.values()[kind - 1], CacheFile.readString(in), CacheFile.readString(in),
                CacheFile.readString(in));
    }

    /**
     * A node's files as written: the file indices ({@code base} -1), or the edit of an earlier node's
     * files ({@code base} its index): runs of (kept, dropped, inserted count, inserted file indices…),
     * which is what loading a long history mostly copies instead of decoding one index per file.
     */
    private record FileList(int base, int[] values) {
    }

    /** How a node's files are written; indexes its files the file lacks. */
    private FileList fileList(DirStats dir, DirStats previous, List<FileStats> newFiles, List<String> newLanguages) {
        Integer base = previous == null ? null : nodeIndex.get(previous);
        if (base != null && base < nodeIndex.get(dir)) {
            int[] edit = FileEdit.between(previous.files(), dir.files(), f -> fileRef(f, newFiles, newLanguages));
            if (edit != null) {
                return new FileList(base, edit);
            }
        }
        int[] refs = new int[dir.files().size()];
        for (int i = 0; i < refs.length; i++) {
            refs[i] = fileRef(dir.files().get(i), newFiles, newLanguages);
        }
        return new FileList(-1, refs);
    }

    /** The file's index, giving it one (and its language) when the file does not hold it yet. */
    private int fileRef(FileStats f, List<FileStats> newFiles, List<String> newLanguages) {
        Integer known = fileIndex.putIfAbsent(f, fileIndex.size());
        if (known != null) {
            return known;
        }
        addLanguage(f.language(), newLanguages);
        newFiles.add(f);
        return fileIndex.size() - 1;
    }

    private void addLanguage(String language, List<String> newLanguages) {
        if (!languages.contains(language)) {
            languages.add(language);
            newLanguages.add(language);
        }
    }

    private void writeTotals(LanguageCounts totals, DataOutputStream out) throws IOException {
        CacheFile.writeVarint(out, totals.byLanguage().size());
        for (Map.Entry<String, LineCounts> entry : totals.byLanguage().entrySet()) {
            if (!languages.contains(entry.getKey())) {
                throw new IllegalStateException("totals of a language no file has: " + entry.getKey());
            }
            CacheFile.writeVarint(out, languages.indexOf(entry.getKey()));
            CacheFile.writeVarint(out, entry.getValue().files());
            CacheFile.writeCounts(out, entry.getValue());
        }
    }

    /**
     * Post-order numbering by identity, so children come first and shared nodes are written once; a
     * directory's previous version comes before it too, so its files can be written as a change. An
     * explicit stack, not recursion: trees may be 4096 deep and a directory's versions as many as the tags.
     */
    private void number(DirStats start, List<DirStats> order, Function<DirStats, DirStats> previousOf) {
        java.util.Deque<DirStats> stack = new java.util.ArrayDeque<>();
        java.util.Set<DirStats> expanded = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        stack.push(start);
        while (!stack.isEmpty()) {
            DirStats dir = stack.peek();
            if (nodeIndex.containsKey(dir)) {
                stack.pop();
            } else if (expanded.add(dir)) {
                // Pushed in reverse, so they are numbered as the recursion did: children in order, then the previous version.
                DirStats previous = previousOf.apply(dir);
                if (previous != null) {
                    stack.push(previous);
                }
                for (int i = dir.dirs().size() - 1; i >= 0; i--) {
                    stack.push(dir.dirs().get(i));
                }
            } else {
                stack.pop();
                nodeIndex.put(dir, nodeIndex.size());
                order.add(dir);
            }
        }
    }

    /** Reads segments in order; each refers to the languages, files and nodes of those before it. */
    private static final class Decoder {
        final List<String> languages = new ArrayList<>();
        final List<FileStats> files = new ArrayList<>();
        final List<DirStats> nodes = new ArrayList<>();
        final Map<ObjectId, DirStats> trees = new HashMap<>();
        final Map<String, Map<AnyObjectId, FileStats>> filesByBlob = new HashMap<>();

        Void decode(ByteBuffer in) {
            long languageCount = CacheFile.readVarint(in);
            for (long i = 0; i < languageCount; i++) {
                languages.add(CacheFile.readString(in).intern());
            }
            long fileCount = CacheFile.readVarint(in);
            byte[] raw = new byte[Constants.OBJECT_ID_LENGTH];
            for (long i = 0; i < fileCount; i++) {
                String fileName = CacheFile.readString(in);
                String language = languages.get((int) CacheFile.readVarint(in));
                in.get(raw);
                FileStats file = new FileStats(fileName, language, CacheFile.readCounts(in), readOrigin(in));
                files.add(file);
                ObjectId blob = ObjectId.fromRaw(raw);
                if (!blob.equals(ObjectId.zeroId())) {
                    filesByBlob.computeIfAbsent(language, l -> new HashMap<>()).putIfAbsent(blob, file);
                }
            }
            long count = CacheFile.readVarint(in);
            for (long n = 0; n < count; n++) {
                decodeNode(in, raw);
            }
            return null;
        }

        private List<FileStats> listedFiles(ByteBuffer in) {
            int fileCount = (int) CacheFile.readVarint(in);
            List<FileStats> dirFiles = new ArrayList<>(fileCount);
            for (int i = 0; i < fileCount; i++) {
                dirFiles.add(files.get((int) CacheFile.readVarint(in)));
            }
            return dirFiles;
        }

        private List<FileStats> editedFiles(ByteBuffer in) {
            int base = (int) CacheFile.readVarint(in);
            if (base >= nodes.size()) {
                throw new CacheFile.Invalid("it edits a node that comes later");
            }
            int[] edit = new int[(int) CacheFile.readVarint(in)];
            for (int i = 0; i < edit.length; i++) {
                edit[i] = (int) CacheFile.readVarint(in);
            }
            return FileEdit.apply(nodes.get(base).files(), edit, files::get);
        }

        private LanguageCounts readTotals(ByteBuffer in) {
            int count = (int) CacheFile.readVarint(in);
            Map<String, LineCounts> byLanguage = new HashMap<>(4);
            for (int i = 0; i < count; i++) {
                String language = languages.get((int) CacheFile.readVarint(in));
                long files = CacheFile.readVarint(in);
                LineCounts one = CacheFile.readCounts(in);
                byLanguage.put(language, new LineCounts(files, one.lines(), one.code(), one.comment(), one.blank(),
                        one.unsafeLines()));
            }
            return new LanguageCounts(byLanguage);
        }

        private void decodeNode(ByteBuffer in, byte[] raw) {
            int flags = in.get();
            if ((flags & ~(KEYED | EDITED)) != 0) {
                throw new CacheFile.Invalid("it has an unknown node flag");
            }
            ObjectId id = null;
            if ((flags & KEYED) != 0) {
                in.get(raw);
                id = ObjectId.fromRaw(raw);
            }
            String name = CacheFile.readString(in);
            Origin origin = readOrigin(in);
            String attributes = CacheFile.readString(in);
            int dirCount = (int) CacheFile.readVarint(in);
            List<DirStats> dirs = new ArrayList<>(dirCount);
            for (int i = 0; i < dirCount; i++) {
                dirs.add(nodes.get((int) CacheFile.readVarint(in)));
            }
            List<FileStats> dirFiles = (flags & EDITED) != 0 ? editedFiles(in) : listedFiles(in);
            DirStats node = DirStats.restored(name, origin, dirs, dirFiles, readTotals(in), attributes);
            nodes.add(node);
            if (id != null) {
                trees.put(id, node);
            }
        }
    }
}
