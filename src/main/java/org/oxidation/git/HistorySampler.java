package org.oxidation.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.MutableObjectId;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.oxidation.count.Language;
import org.oxidation.count.LanguageRules;
import org.oxidation.count.origin.GeneratedMarkers;
import org.oxidation.model.DirStats;
import org.oxidation.model.FileStats;
import org.oxidation.model.InputException;
import org.oxidation.model.LineCounts;
import org.oxidation.model.Origin;
import org.oxidation.model.ProgressMonitor;
import org.oxidation.model.Snapshot;
import org.oxidation.model.Timeline;

/**
 * Counts the C and Rust lines of tagged trees. A tree id seen before is reused whole (its counted
 * subtree is shared by the snapshots), and a blob is counted once per language, so a tag costs only
 * what changed since the tags sampled before it.
 *
 * <p>Not thread-safe: one thread calls {@link #sample}; it reads blobs on {@link BlobReader}'s threads.
 * Close it to release the readers.
 *
 * <p>Over 300 lines because the scan with its explicit stack, the sharing of unchanged files and the bottom-up build are one algorithm over one set of maps; the files read for what they say are {@link TreeFacts}.
 */
public final class HistorySampler implements AutoCloseable {

    private final Repository repository;
    private final LanguageRules rules;
    private final BlobCounts blobCounts;
    private final BlobReader blobReader;
    /** Replaced by a fresh one when a tree read fails (see {@link #scanTryingTwice}). */
    private ObjectReader treeReader;
    /** Counted trees by git tree id; read by the cache saver between tags. */
    private final Map<ObjectId, DirStats> trees = new java.util.concurrent.ConcurrentHashMap<>();
    private final TreeFacts facts = new TreeFacts();
    /**
     * The stats of each blob counted as a language, under the first name it was seen with: a directory
     * that changes in every tag keeps sharing the stats of its unchanged files (a long history costs
     * memory for what changed only), and one lookup per file finds them without asking
     * {@link BlobCounts}.
     */
    private final Map<String, Map<AnyObjectId, FileStats>> fileStats = new HashMap<>();
    /** The blob of every file stats object this sampler made, for the tree cache. */
    private Map<FileStats, ObjectId> blobs = new IdentityHashMap<>();
    /** The last version scanned of each directory path, to find its unchanged files' stats by bytes. */
    private final Map<String, DirVersion> lastVersions = new HashMap<>();
    /** The version before each directory built here, at the same path: the tree cache saves the change. */
    private final Map<DirStats, DirStats> previousVersions = new IdentityHashMap<>();
    private boolean loadedBlobsIndexed = true;
    private BlobCountsAsked beforeBlobCountsAreAsked = (queued, scanned) -> { };
    private long treesBuilt;
    /** The counted files in the trees the current tag's scan read (not those of reused subtrees). */
    private int scannedFiles;
    /** The files scans found unchanged through {@link #lastVersions}, without a lookup by blob. */
    private long filesFoundInVersions;

    public HistorySampler(Repository repository, LanguageRules rules, BlobCounts blobCounts, int threads) {
        this.repository = repository;
        this.rules = rules;
        this.blobCounts = blobCounts;
        this.blobReader = new BlobReader(repository, threads);
        this.treeReader = repository.newObjectReader();
    }

    /** Told, once per tag, how many blobs its scan queued among the counted files of the trees it read. */
    interface BlobCountsAsked {
        void queued(int blobs, int scannedFiles);
    }

    /**
     * Calls {@code loader} (once per tag at most) after a tag's trees are scanned and before
     * {@link BlobCounts} is asked for their new blobs: a cached session loads the counts while the scan
     * runs, instead of before it, or not at all when the queued blobs are few and most likely new.
     */
    void beforeBlobCountsAreAsked(BlobCountsAsked loader) {
        this.beforeBlobCountsAreAsked = loader;
    }

    /** Counts every tag in turn, handing each snapshot to {@code onSnapshot} as soon as it is complete. */
    public Timeline sampleAll(String source, List<ReleaseTag> tags, ProgressMonitor monitor,
                              Consumer<Snapshot> onSnapshot) {
        Timeline timeline = new Timeline(source, List.of());
        for (int i = 0; i < tags.size(); i++) {
            monitor.beginTask(tags.get(i).name(), i + 1, tags.size());
            Snapshot snapshot = sample(tags.get(i), monitor);
            timeline = timeline.with(snapshot);
            onSnapshot.accept(snapshot);
        }
        return timeline;
    }

    /**
     * Counts one tag. Throws {@link CancellationException} when the monitor cancels (no snapshot is
     * made; the blobs already counted stay cached) and {@link InputException} when an object cannot be
     * read.
     */
    public Snapshot sample(ReleaseTag tag, ProgressMonitor monitor) {
        DirStats known = trees.get(tag.tree());
        if (known != null) {
            // Counted before (in this run or a cached one): nothing to read but MAINTAINERS.
            return Snapshot.counted(tag.name(), tag.commit().name(), tag.date(), known.withName(""))
                    .withMaintainers(facts.maintainersText(treeReader, tag));
        }
        Map<BlobCounts.Key, String> toCount = new LinkedHashMap<>();
        scannedFiles = 0;
        PendingDir root;
        try {
            root = scanTryingTwice(tag, toCount, monitor);
        } catch (MissingObjectException e) {
            throw new InputException("tag " + tag.name() + ": object " + e.getObjectId().name()
                    + " of its tree is missing", e);
        } catch (IOException e) {
            throw new InputException("tag " + tag.name() + ": cannot read its tree: " + e.getMessage(), e);
        }
        if (!toCount.isEmpty()) {
            beforeBlobCountsAreAsked.queued(toCount.size(), scannedFiles);
            toCount.keySet().removeIf(key -> blobCounts.get(key) != null); // counted in an earlier run
            blobReader.countAll(tag.name(), toCount, rules, blobCounts, monitor);
        }
        DirStats counted = build(root);
        return Snapshot.counted(tag.name(), tag.commit().name(), tag.date(), counted.withName(""))
                .withMaintainers(facts.maintainersText(treeReader, tag));
    }

    /** Whether a tree has been counted (so sampling a tag with this root reads nothing). */
    boolean knows(ObjectId tree) {
        return trees.containsKey(tree);
    }

    /**
     * Adds trees counted before (from the tree cache): they are reused like trees counted now, and the
     * files in them like files counted now, so a changed directory shares its unchanged files' stats.
     */
    void preload(TreeStore.Contents counted) {
        trees.putAll(counted.trees());
        if (fileStats.isEmpty()) {
            fileStats.putAll(counted.filesByBlob()); // the loader's maps are this sampler's from now on
        } else {
            counted.filesByBlob().forEach((language, byBlob) -> byBlob.forEach((blob, stats) ->
                    fileStats.computeIfAbsent(language, l -> new HashMap<>()).putIfAbsent(blob, stats)));
        }
        loadedBlobsIndexed = false;
    }

    /**
     * Gives every directory of a counted tree (loaded from a cache: no scan made versions of them) a
     * version to compare the next tag's scan of that path with, as if this tree had been scanned last:
     * after a reopening, a new tag's changed directories then find their unchanged files in one forward
     * pass instead of one lookup by blob each. Versions that scans made are kept. Returns how many
     * directories it gave one; none when the tree is not counted.
     */
    int seedVersions(ObjectId root) {
        DirStats top = trees.get(root);
        if (top == null) {
            return 0;
        }
        int seeded = 0;
        java.util.Deque<Map.Entry<String, DirStats>> stack = new java.util.ArrayDeque<>();
        stack.push(Map.entry("", top));
        while (!stack.isEmpty()) {
            Map.Entry<String, DirStats> next = stack.pop();
            String path = next.getKey();
            DirStats dir = next.getValue();
            if (!dir.files().isEmpty() && !lastVersions.containsKey(path)) {
                lastVersions.put(path, DirVersion.of(dir, this::blobOf));
                seeded++;
            }
            for (DirStats child : dir.dirs()) {
                stack.push(Map.entry(path + child.name() + "/", child));
            }
        }
        return seeded;
    }

    /** How many files scans found unchanged through the versions of their directories (not by blob). */
    long filesFoundInVersions() {
        return filesFoundInVersions;
    }

    /** The text of the tag's top-level MAINTAINERS file, or null, as {@link #sample} attaches it. */
    String maintainersText(ReleaseTag tag) {
        return facts.maintainersText(treeReader, tag);
    }

    /**
     * Every counted tree reachable from this root that is a git tree, by tree id (the root's included):
     * the nodes a later run reuses by id. Empty when the root is not counted; not while {@link #sample} runs.
     */
    Map<ObjectId, DirStats> treesUnder(ObjectId root) {
        DirStats top = trees.get(root);
        if (top == null) {
            return Map.of();
        }
        java.util.Set<DirStats> reachable = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        java.util.Deque<DirStats> stack = new java.util.ArrayDeque<>(List.of(top));
        while (!stack.isEmpty()) {
            DirStats dir = stack.pop();
            if (reachable.add(dir)) {
                dir.dirs().forEach(stack::push);
            }
        }
        Map<ObjectId, DirStats> under = new HashMap<>();
        trees.forEach((id, dir) -> {
            if (reachable.contains(dir)) {
                under.put(id, dir);
            }
        });
        return under;
    }

    /** How many trees this sampler has counted (not loaded): the tree cache has nothing to save while it stays put. */
    long treesBuilt() {
        return treesBuilt;
    }

    /** The counted trees by tree id, for the tree cache; not while {@link #sample} runs. */
    Map<ObjectId, DirStats> trees() {
        return Collections.unmodifiableMap(trees);
    }

    /**
     * The blob of a file of {@link #trees()}, for the tree cache. Files this sampler made are known at
     * once; loaded ones only matter when the cache is rewritten whole, so they are indexed then.
     */
    ObjectId blobOf(FileStats stats) {
        ObjectId blob = blobs.get(stats);
        if (blob == null && !loadedBlobsIndexed) {
            // Sized at once for them all, not grown a doubling at a time.
            Map<FileStats, ObjectId> indexed = new IdentityHashMap<>(blobs.size() + fileStats.values().stream().mapToInt(Map::size).sum());
            indexed.putAll(blobs);
            blobs = indexed;
            fileStats.values().forEach(byBlob -> byBlob.forEach((id, shared) -> blobs.putIfAbsent(shared, id.toObjectId())));
            loadedBlobsIndexed = true;
            blob = blobs.get(stats);
        }
        return blob;
    }

    /**
     * The version of a directory built here that the same path had in the tag sampled before, or null:
     * most of its files are the same objects, so the tree cache writes only the change.
     */
    DirStats previousVersionOf(DirStats dir) {
        return previousVersions.get(dir);
    }

    /** The number of blobs read from the repository so far (cached ones are not read). */
    public long blobsRead() {
        return blobReader.blobsRead();
    }

    /**
     * A tree still to build: its known subtrees ({@link DirStats}) and pending ones, its known files
     * ({@link FileStats}) and those whose counts are being read ({@link PendingFile}), in tree order.
     */
    private record PendingDir(ObjectId id, String name, String path, Origin origin, String attributes,
                              List<Object> children, List<Object> files, DirVersion.Builder entries) {
    }

    /** A file whose blob is being counted in this tag. */
    private record PendingFile(String name, BlobCounts.Key key) {
    }

    /**
     * A tree being scanned: its parser and what it found so far. Scanning keeps these on an explicit
     * stack, not the call stack: git accepts trees 4096 directories deep ({@code core.maxTreeDepth}).
     */
    private final class ScanFrame {
        final ObjectId id;
        final String name;
        final String path;
        /** Where this tree's {@link PendingDir} goes among its parent's children. */
        final ScanFrame parent;
        final int slot;
        final CanonicalTreeParser parser;
        final DirVersion.Matcher unchanged;
        final List<Object> children = new ArrayList<>();
        final List<Object> files = new ArrayList<>();
        final DirVersion.Builder entries = new DirVersion.Builder();
        Origin origin = Origin.INHERITED;
        String attributes = "";

        ScanFrame(ObjectId id, String name, String path, ScanFrame parent, int slot) throws IOException {
            this.id = id;
            this.name = name;
            this.path = path;
            this.parent = parent;
            this.slot = slot;
            this.parser = new CanonicalTreeParser(null, treeReader, id);
            DirVersion previous = lastVersions.get(path);
            this.unchanged = (previous == null ? DirVersion.NONE : previous).matcher();
        }
    }

    /**
     * A tree read that fails is tried once more with a fresh reader over a rescanned pack list
     * ({@link PackRescan}): JGit reports a transient pack error as a missing object.
     */
    private PendingDir scanTryingTwice(ReleaseTag tag, Map<BlobCounts.Key, String> toCount, ProgressMonitor monitor)
            throws IOException {
        try {
            return scan(tag.tree(), "", "", toCount, monitor);
        } catch (IOException first) {
            PackRescan.reopen(repository);
            treeReader.close();
            treeReader = repository.newObjectReader();
            toCount.clear();
            scannedFiles = 0;
            return scan(tag.tree(), "", "", toCount, monitor);
        }
    }

    /** Scans a tree and every new tree below it, depth first in tree order, without recursion. */
    private PendingDir scan(ObjectId treeId, String name, String path, Map<BlobCounts.Key, String> toCount,
                            ProgressMonitor monitor) throws IOException {
        java.util.Deque<ScanFrame> stack = new java.util.ArrayDeque<>();
        stack.push(new ScanFrame(treeId, name, path, null, -1));
        PendingDir scanned = null;
        while (!stack.isEmpty()) {
            if (monitor.isCancelled()) {
                throw new CancellationException();
            }
            ScanFrame frame = stack.peek();
            ScanFrame subtree = scanUntilNewSubtree(frame, toCount);
            if (subtree != null) {
                stack.push(subtree);
                continue;
            }
            stack.pop();
            scanned = new PendingDir(frame.id, frame.name, frame.path, frame.origin, frame.attributes, frame.children,
                    frame.files, frame.entries);
            if (frame.parent != null) {
                frame.parent.children.set(frame.slot, scanned);
            }
        }
        return scanned;
    }

    /**
     * Reads the frame's entries up to the next subtree not counted before and returns a frame for it
     * (its place among the children is kept), or null at the end of the tree.
     */
    private ScanFrame scanUntilNewSubtree(ScanFrame frame, Map<BlobCounts.Key, String> toCount) throws IOException {
        CanonicalTreeParser parser = frame.parser;
        MutableObjectId entryId = new MutableObjectId();
        for (; !parser.eof(); parser.next()) {
            FileMode mode = parser.getEntryFileMode();
            parser.getEntryObjectId(entryId);
            byte[] idBuffer = parser.idBuffer();
            int idOffset = parser.idOffset();
            // Names are decoded only for what is kept: most entries of a changed directory are files
            // whose stats are known, and decoding every name cost as much as reading the tree.
            byte[] nameBuffer = parser.getEntryPathBuffer();
            int nameStart = parser.getNameOffset();
            int nameEnd = nameStart + parser.getNameLength();
            if (mode == FileMode.TREE) {
                DirStats known = trees.get(entryId);
                String entryName = decode(nameBuffer, nameStart, nameEnd);
                if (known == null) {
                    frame.children.add(null); // the slot its PendingDir fills once scanned
                    ObjectId subtree = entryId.toObjectId();
                    parser.next();
                    return new ScanFrame(subtree, entryName, frame.path + entryName + "/", frame,
                            frame.children.size() - 1);
                }
                frame.children.add(known.withName(entryName));
            } else if (mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE) {
                if (Arrays.equals(TreeFacts.README, 0, TreeFacts.README.length, nameBuffer, nameStart, nameEnd)) {
                    frame.origin = facts.readmeOrigin(treeReader, entryId.toObjectId(), frame.name).orElse(frame.origin);
                } else if (Arrays.equals(TreeFacts.ATTRIBUTES, 0, TreeFacts.ATTRIBUTES.length, nameBuffer, nameStart, nameEnd)) {
                    frame.attributes = facts.attributeLines(treeReader, entryId.toObjectId());
                }
                Language language = rules.forFileName(nameBuffer, nameStart, nameEnd);
                if (language != null) {
                    scannedFiles++;
                    FileStats same = frame.unchanged.find(nameBuffer, nameStart, nameEnd, idBuffer, idOffset);
                    if (same != null) {
                        filesFoundInVersions++;
                    }
                    frame.files.add(same != null ? same
                            : pendingFile(nameBuffer, nameStart, nameEnd, language.name(), entryId, frame.path, toCount));
                    frame.entries.add(nameBuffer, nameStart, nameEnd, idBuffer, idOffset);
                }
            }
        }
        return null;
    }

    /**
     * The file's stats ({@link FileStats}) when this sampler knows its blob; otherwise queues the blob
     * ({@link PendingFile}), to be counted unless {@link BlobCounts} has it.
     */
    private Object pendingFile(byte[] nameBuffer, int nameStart, int nameEnd, String language,
                               AnyObjectId blob, String path, Map<BlobCounts.Key, String> toCount) {
        FileStats shared = fileStats.computeIfAbsent(language, l -> new HashMap<>()).get(blob);
        if (shared != null && sameName(shared.name(), nameBuffer, nameStart, nameEnd)) {
            return shared; // the common case: nothing to decode
        }
        String name = decode(nameBuffer, nameStart, nameEnd);
        if (shared == null) {
            BlobCounts.Key key = new BlobCounts.Key(blob.toObjectId(), language);
            toCount.putIfAbsent(key, path + name);
            blobReader.warmUp(rules); // the first blob to count: the lexer is warmed while the scan goes on
            return new PendingFile(name, key);
        }
        return named(shared, name, blob);
    }

    /** A file whose blob was counted in this tag or an earlier run. */
    private FileStats counted(PendingFile file) {
        BlobCounts.Key key = file.key();
        FileStats shared = share(key, file.name(), blobCounts.get(key), blobCounts.isMarked(key));
        return named(shared, file.name(), key.blob());
    }

    private FileStats share(BlobCounts.Key key, String name, LineCounts counts, boolean generatedMarker) {
        Map<AnyObjectId, FileStats> byBlob = fileStats.computeIfAbsent(key.language(), l -> new HashMap<>());
        FileStats shared = byBlob.get(key.blob());
        if (shared == null) {
            Origin origin = generatedMarker ? GeneratedMarkers.MARKED : Origin.INHERITED;
            shared = remember(new FileStats(name, key.language(), counts, origin), key.blob());
            byBlob.put(key.blob(), shared);
        }
        return shared;
    }

    /** The shared stats under this file's name (a copy only for the rare blob seen under two names). */
    private FileStats named(FileStats shared, String name, AnyObjectId blob) {
        return shared.name().equals(name) ? shared
                : remember(new FileStats(name, shared.language(), shared.counts(), shared.origin()), blob.toObjectId());
    }

    private FileStats remember(FileStats stats, ObjectId blob) {
        blobs.put(stats, blob);
        return stats;
    }

    /** Whether an ASCII name equals these UTF-8 bytes (other names are never equal here, and get decoded). */
    private static boolean sameName(String name, byte[] buffer, int start, int end) {
        if (name.length() != end - start) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) != buffer[start + i]) { // a byte over 0x7F is negative and equals no char
                return false;
            }
        }
        return true;
    }

    /** UTF-8, with the JDK's fast path for the ASCII names that almost all paths are. */
    private static String decode(byte[] buffer, int start, int end) {
        return new String(buffer, start, end - start, StandardCharsets.UTF_8);
    }

    /**
     * Builds the scanned trees into {@link DirStats}, children before parents, without recursion: the
     * pending trees in pre-order, built from the last (every tree's subtrees come after it).
     */
    private DirStats build(PendingDir root) {
        List<PendingDir> preOrder = new ArrayList<>();
        java.util.Deque<PendingDir> stack = new java.util.ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            PendingDir pending = stack.pop();
            preOrder.add(pending);
            for (Object child : pending.children()) {
                if (child instanceof PendingDir p) {
                    stack.push(p);
                }
            }
        }
        Map<PendingDir, DirStats> built = new IdentityHashMap<>();
        for (int i = preOrder.size() - 1; i >= 0; i--) {
            PendingDir pending = preOrder.get(i);
            built.put(pending, buildOne(pending, built));
        }
        return built.get(root);
    }

    private DirStats buildOne(PendingDir pending, Map<PendingDir, DirStats> built) {
        List<DirStats> dirs = new ArrayList<>();
        for (Object child : pending.children()) {
            DirStats dir = child instanceof PendingDir p ? built.remove(p) : (DirStats) child;
            if (!dir.dirs().isEmpty() || !dir.files().isEmpty()) {
                dirs.add(dir);
            }
        }
        List<FileStats> files = new ArrayList<>(pending.files().size());
        for (Object file : pending.files()) {
            files.add(file instanceof FileStats known ? known : counted((PendingFile) file));
        }
        // A new empty node per tree, never a shared one: the tree cache keys its nodes by identity.
        DirStats dir = dirs.isEmpty() && files.isEmpty()
                ? new DirStats(pending.name(), Origin.INHERITED, List.of(), List.of())
                : new DirStats(pending.name(), pending.origin(), dirs, files, pending.attributes());
        DirVersion previous = lastVersions.put(pending.path(), pending.entries().build(files, dir));
        if (previous != null && !files.isEmpty() && !previous.dir().files().isEmpty()) {
            previousVersions.put(dir, previous.dir());
        }
        trees.put(pending.id(), dir);
        treesBuilt++;
        return dir;
    }

    @Override
    public void close() {
        treeReader.close();
        blobReader.close();
    }
}
