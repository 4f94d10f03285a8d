package org.oxidation.chart.treemap;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.oxidation.model.DirStats;
import org.oxidation.model.FileStats;
import org.oxidation.model.LanguageCounts;
import org.oxidation.model.Origin;

/**
 * One box of the treemap: the whole tree, a subsystem, a directory or a file. Children are made on first
 * use, so only the levels on screen cost anything; excluded origins are left out of children and totals.
 * The key is the node's repository path (a subsystem's key is its name), unique among its siblings.
 * Thread-safe: the lazy children and totals are made once, under the node's lock (a tree is built off the
 * FX thread, drawn on it, and kept for the next redraw).
 */
public final class TreemapNode {

    public enum Kind { ROOT, SUBSYSTEM, DIRECTORY, FILE }

    /** A directory of the counted tree with its path and inherited origin. */
    public record LocatedDir(String path, DirStats dir, Origin origin) {
    }

    /** A file of the counted tree with its path and its origin (its own, else its directory's). */
    public record LocatedFile(String path, FileStats file, Origin origin) {
    }

    private final Kind kind;
    private final String name;
    private final String key;
    private final Origin origin;
    private final List<LocatedDir> dirs;
    private final List<LocatedFile> files;
    private final Set<Origin.Kind> excluded;
    private LanguageCounts totals;
    private List<TreemapNode> children;

    private TreemapNode(Kind kind, String name, String key, Origin origin, List<LocatedDir> dirs,
                        List<LocatedFile> files, Set<Origin.Kind> excluded, LanguageCounts totals) {
        this.kind = kind;
        this.name = name;
        this.key = key;
        this.origin = origin;
        this.dirs = dirs;
        this.files = files;
        this.excluded = excluded;
        this.totals = totals;
    }

    /** A node made of directories and files of the counted tree (a subsystem or a directory). */
    static TreemapNode ofParts(Kind kind, String name, String key, Origin origin, List<LocatedDir> dirs,
                               List<LocatedFile> files, Set<Origin.Kind> excluded) {
        return new TreemapNode(kind, name, key, origin, dirs, files, excluded, null);
    }

    /** A node whose totals are known and whose children are given (the root, or a CSV subsystem). */
    static TreemapNode ofTotals(Kind kind, String name, String key, LanguageCounts totals, List<TreemapNode> children) {
        TreemapNode node = new TreemapNode(kind, name, key, Origin.WRITTEN, List.of(), List.of(), Set.of(), totals);
        node.children = List.copyOf(children);
        return node;
    }

    static TreemapNode ofDirectory(LocatedDir located, Set<Origin.Kind> excluded) {
        return ofParts(Kind.DIRECTORY, located.dir().name(), located.path(), located.origin(),
                subdirsOf(located, excluded), filesOf(located, excluded), excluded);
    }

    /** A directory's sub-directories that are not of an excluded origin, with their paths and origins. */
    static List<LocatedDir> subdirsOf(LocatedDir located, Set<Origin.Kind> excluded) {
        List<LocatedDir> subdirs = new ArrayList<>();
        for (DirStats child : located.dir().dirs()) {
            Origin childOrigin = child.effectiveOrigin(located.origin());
            if (!excluded.contains(childOrigin.kind())) {
                subdirs.add(new LocatedDir(located.path() + "/" + child.name(), child, childOrigin));
            }
        }
        return subdirs;
    }

    /** A directory's files that are not of an excluded origin, each with its own origin or its directory's. */
    static List<LocatedFile> filesOf(LocatedDir located, Set<Origin.Kind> excluded) {
        List<LocatedFile> files = new ArrayList<>();
        for (FileStats file : located.dir().files()) {
            Origin fileOrigin = file.origin().orElse(located.origin()); // a generated-file marker, an attribute
            if (!excluded.contains(fileOrigin.kind())) {
                files.add(new LocatedFile(located.path() + "/" + file.name(), file, fileOrigin));
            }
        }
        return files;
    }

    public Kind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public String key() {
        return key;
    }

    /** Where the code comes from (a subsystem or the root: written). */
    public Origin origin() {
        return origin;
    }

    public synchronized LanguageCounts totals() {
        if (totals == null) {
            LanguageCounts sum = LanguageCounts.EMPTY;
            for (TreemapNode child : children()) {
                sum = sum.plus(child.totals());
            }
            totals = sum;
        }
        return totals;
    }

    public synchronized List<TreemapNode> children() {
        if (children == null) {
            List<TreemapNode> made = new ArrayList<>(dirs.size() + files.size());
            for (LocatedDir dir : dirs) {
                made.add(excluded.isEmpty() ? directoryWithKnownTotals(dir) : ofDirectory(dir, excluded));
            }
            for (LocatedFile file : files) {
                TreemapNode leaf = new TreemapNode(Kind.FILE, file.file().name(), file.path(), file.origin(),
                        List.of(), List.of(), excluded, LanguageCounts.of(file.file().language(), file.file().counts()));
                leaf.children = List.of();
                made.add(leaf);
            }
            children = made;
        }
        return children;
    }

    /** Without exclusions a directory's totals are already summed in the counted tree: no walk needed. */
    private TreemapNode directoryWithKnownTotals(LocatedDir dir) {
        TreemapNode node = ofDirectory(dir, excluded);
        node.totals = dir.dir().totals();
        return node;
    }

    /**
     * A directory or a subsystem holding something: what a click can drill into. Asked of every tile
     * drawn, so it does not make the children (and their own parts, with a path string per file) to
     * tell: the children are exactly the parts kept.
     */
    public synchronized boolean canOpen() {
        return kind != Kind.FILE && (children != null ? !children.isEmpty() : !(dirs.isEmpty() && files.isEmpty()));
    }

    public TreemapNode child(String childKey) {
        for (TreemapNode child : children()) {
            if (child.key.equals(childKey)) {
                return child;
            }
        }
        return null;
    }
}
