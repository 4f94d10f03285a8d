package org.oxidation.git;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.oxidation.count.Language;
import org.oxidation.count.LanguageRules;
import org.oxidation.count.OriginDetector;
import org.oxidation.model.DirStats;
import org.oxidation.model.FileStats;
import org.oxidation.model.InputException;
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
 */
public final class HistorySampler implements AutoCloseable {

    private static final String MAINTAINERS = "MAINTAINERS";
    private static final int MAINTAINERS_LIMIT = 64 << 20;
    private static final DirStats NO_COUNTED_FILES = new DirStats("", Origin.WRITTEN, List.of(), List.of());

    private final Repository repository;
    private final LanguageRules rules;
    private final BlobCounts blobCounts;
    private final BlobReader blobReader;
    private final ObjectReader treeReader;
    /** Counted trees by git tree id; read by the cache saver between tags. */
    private final Map<ObjectId, DirStats> trees = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<ObjectId, Optional<Origin>> readmeOrigins = new HashMap<>();
    private final Map<ObjectId, String> maintainersTexts = new HashMap<>();
    /**
     * One {@link FileStats} per name, blob and language: a directory that changes in every tag keeps
     * sharing the stats of its unchanged files, so a long history costs memory for what changed only.
     */
    private final Map<PendingFile, FileStats> fileStats = new HashMap<>();

    public HistorySampler(Repository repository, LanguageRules rules, BlobCounts blobCounts, int threads) {
        this.repository = repository;
        this.rules = rules;
        this.blobCounts = blobCounts;
        this.blobReader = new BlobReader(repository, threads);
        this.treeReader = repository.newObjectReader();
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
                    .withMaintainers(maintainersText(tag));
        }
        Map<BlobCounts.Key, String> toCount = new LinkedHashMap<>();
        PendingDir root;
        try {
            root = scan(tag.tree(), "", "", toCount, monitor);
        } catch (MissingObjectException e) {
            throw new InputException("tag " + tag.name() + ": object " + e.getObjectId().name()
                    + " of its tree is missing", e);
        } catch (IOException e) {
            throw new InputException("tag " + tag.name() + ": cannot read its tree: " + e.getMessage(), e);
        }
        blobReader.countAll(tag.name(), toCount, rules, blobCounts, monitor);
        DirStats counted = build(root);
        return Snapshot.counted(tag.name(), tag.commit().name(), tag.date(), counted.withName(""))
                .withMaintainers(maintainersText(tag));
    }

    /** The tag's top-level MAINTAINERS file, read once per blob id; null when there is none. */
    private String maintainersText(ReleaseTag tag) {
        try (TreeWalk walk = TreeWalk.forPath(treeReader, MAINTAINERS, tag.tree())) {
            if (walk == null || !walk.getFileMode(0).equals(FileMode.REGULAR_FILE)) {
                return null;
            }
            ObjectId blob = walk.getObjectId(0);
            String text = maintainersTexts.get(blob);
            if (text == null) {
                text = new String(treeReader.open(blob, Constants.OBJ_BLOB).getCachedBytes(MAINTAINERS_LIMIT),
                        java.nio.charset.StandardCharsets.UTF_8);
                maintainersTexts.put(blob, text);
            }
            return text;
        } catch (IOException e) {
            throw new InputException("tag " + tag.name() + ": cannot read MAINTAINERS: " + e.getMessage(), e);
        }
    }

    /** Whether a tree has been counted (so sampling a tag with this root reads nothing). */
    boolean knows(ObjectId tree) {
        return trees.containsKey(tree);
    }

    /** Adds trees counted before (from the tree cache); they are reused like trees counted now. */
    void preload(Map<ObjectId, DirStats> counted) {
        trees.putAll(counted);
    }

    /** The counted trees by tree id, for the tree cache. */
    Map<ObjectId, DirStats> trees() {
        return java.util.Collections.unmodifiableMap(trees);
    }

    /** The number of blobs read from the repository so far (cached ones are not read). */
    public long blobsRead() {
        return blobReader.blobsRead();
    }

    /** A tree still to build: its known subtrees and the files whose counts are being read. */
    private record PendingDir(ObjectId id, String name, Origin origin, List<Object> children,
                              List<PendingFile> files) {
    }

    private record PendingFile(String name, String language, ObjectId blob) {
    }

    private PendingDir scan(ObjectId treeId, String name, String path, Map<BlobCounts.Key, String> toCount,
                            ProgressMonitor monitor) throws IOException {
        if (monitor.isCancelled()) {
            throw new CancellationException();
        }
        List<Object> children = new ArrayList<>();
        List<PendingFile> files = new ArrayList<>();
        Origin origin = Origin.WRITTEN;
        CanonicalTreeParser parser = new CanonicalTreeParser(null, treeReader, treeId);
        for (; !parser.eof(); parser.next()) {
            String entryName = parser.getEntryPathString();
            FileMode mode = parser.getEntryFileMode();
            ObjectId id = parser.getEntryObjectId();
            if (mode == FileMode.TREE) {
                DirStats known = trees.get(id);
                children.add(known != null ? known.withName(entryName)
                        : scan(id, entryName, path + entryName + "/", toCount, monitor));
            } else if (mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE) {
                if (entryName.equals(OriginDetector.README)) {
                    origin = readmeOrigin(id).orElse(origin);
                }
                Optional<Language> language = rules.forFileName(entryName);
                if (language.isPresent()) {
                    String languageName = language.get().name();
                    files.add(new PendingFile(entryName, languageName, id));
                    if (blobCounts.get(id, languageName) == null) {
                        toCount.putIfAbsent(new BlobCounts.Key(id, languageName), path + entryName);
                    }
                }
            }
        }
        return new PendingDir(treeId, name, origin, children, files);
    }

    private Optional<Origin> readmeOrigin(ObjectId blob) throws IOException {
        Optional<Origin> known = readmeOrigins.get(blob);
        if (known == null) {
            try (InputStream in = treeReader.open(blob, Constants.OBJ_BLOB).openStream()) {
                known = OriginDetector.fromReadme(in.readNBytes(OriginDetector.HEAD_BYTES));
            }
            readmeOrigins.put(blob, known);
        }
        return known;
    }

    private DirStats build(PendingDir pending) {
        List<DirStats> dirs = new ArrayList<>();
        for (Object child : pending.children()) {
            DirStats dir = child instanceof PendingDir p ? build(p) : (DirStats) child;
            if (!dir.dirs().isEmpty() || !dir.files().isEmpty()) {
                dirs.add(dir);
            }
        }
        List<FileStats> files = new ArrayList<>(pending.files().size());
        for (PendingFile file : pending.files()) {
            files.add(fileStats.computeIfAbsent(file, f -> new FileStats(f.name(), f.language(),
                    blobCounts.get(f.blob(), f.language()))));
        }
        DirStats dir = dirs.isEmpty() && files.isEmpty()
                ? NO_COUNTED_FILES.withName(pending.name())
                : new DirStats(pending.name(), pending.origin(), dirs, files);
        trees.put(pending.id(), dir);
        return dir;
    }

    @Override
    public void close() {
        treeReader.close();
        blobReader.close();
    }
}
