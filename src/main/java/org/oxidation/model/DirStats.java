package org.oxidation.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A directory of counted files: sub-directories and files sorted by name, their per-language totals and
 * the directory's own {@link Origin} (as detected from the directory itself; a directory inside a
 * vendored one is vendored too, see {@link #effectiveOrigin}).
 *
 * <p>Nodes hold no path, only a name, so one counted subtree can be shared by every snapshot whose git
 * tree contains it unchanged. Only directories that contain counted files are kept. Immutable and
 * thread-safe.
 */
public final class DirStats {

    private final String name;
    private final Origin origin;
    private final List<DirStats> dirs;
    private final List<FileStats> files;
    private final LanguageCounts totals;
    private final boolean originsBelow;

    public DirStats(String name, Origin origin, List<DirStats> dirs, List<FileStats> files) {
        this.name = name;
        this.origin = origin;
        this.dirs = dirs.stream().sorted(Comparator.comparing(DirStats::name)).toList();
        this.files = files.stream().sorted(Comparator.comparing(FileStats::name)).toList();
        this.totals = sumTotals(this.dirs, this.files);
        this.originsBelow = this.dirs.stream().anyMatch(d -> d.origin.kind() != Origin.Kind.WRITTEN || d.originsBelow);
    }

    private static LanguageCounts sumTotals(List<DirStats> dirs, List<FileStats> files) {
        LanguageCounts sum = LanguageCounts.EMPTY;
        for (DirStats dir : dirs) {
            sum = sum.plus(dir.totals);
        }
        java.util.TreeMap<String, LineCounts> fileSums = new java.util.TreeMap<>();
        for (FileStats file : files) {
            fileSums.merge(file.language(), file.counts(), LineCounts::plus);
        }
        return sum.plus(new LanguageCounts(fileSums));
    }

    public String name() {
        return name;
    }

    public Origin origin() {
        return origin;
    }

    /** This directory's origin, or the parent's when this directory has none of its own. */
    public Origin effectiveOrigin(Origin parent) {
        return origin.kind() == Origin.Kind.WRITTEN ? parent : origin;
    }

    /** Whether some directory below this one has an origin of its own (a vendored crate, say). */
    public boolean hasOriginsBelow() {
        return originsBelow;
    }

    public List<DirStats> dirs() {
        return dirs;
    }

    public List<FileStats> files() {
        return files;
    }

    public LanguageCounts totals() {
        return totals;
    }

    public Optional<DirStats> dir(String childName) {
        return dirs.stream().filter(d -> d.name.equals(childName)).findFirst();
    }

    /** The same contents under another name (git trees are shared whatever their entry name is). */
    public DirStats withName(String newName) {
        return newName.equals(name) ? this : new DirStats(newName, origin, dirs, files);
    }

    /** The same contents with another origin. */
    public DirStats withOrigin(Origin newOrigin) {
        return newOrigin.equals(origin) ? this : new DirStats(name, newOrigin, dirs, files);
    }

    /** Walks to a descendant by a '/'-separated relative path ("" is this directory). */
    public Optional<DirStats> find(String relativePath) {
        DirStats current = this;
        for (String part : relativePath.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            Optional<DirStats> next = current.dir(part);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            current = next.get();
        }
        return Optional.of(current);
    }

    @Override
    public String toString() {
        return "DirStats[" + name + ", " + dirs.size() + " dirs, " + files.size() + " files, " + totals + "]";
    }
}
