package org.oxidation.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A directory of counted files: sub-directories and files sorted by name, their per-language totals,
 * the directory's own {@link Origin} ({@link Origin#INHERITED} when it has none: a directory inside a
 * vendored one is vendored too, see {@link #effectiveOrigin}) and the origin lines of its
 * {@code .gitattributes} file ({@link #attributes()}), which the origin resolution reads.
 *
 * <p>Nodes hold no path, only a name, so one counted subtree can be shared by every snapshot whose git
 * tree contains it unchanged. Only directories that contain counted files are kept. Immutable and
 * thread-safe.
 */
public final class DirStats {

    private static final Comparator<DirStats> BY_NAME = Comparator.comparing(DirStats::name);
    private static final Comparator<FileStats> FILES_BY_NAME = Comparator.comparing(FileStats::name);

    private final String name;
    private final Origin origin;
    private final List<DirStats> dirs;
    private final List<FileStats> files;
    private final LanguageCounts totals;
    private final String attributes;
    private final boolean originsBelow;
    private final boolean attributesHere;

    public DirStats(String name, Origin origin, List<DirStats> dirs, List<FileStats> files) {
        this(name, origin, dirs, files, "");
    }

    /** A directory whose {@code .gitattributes} has these origin lines ("" when none). */
    public DirStats(String name, Origin origin, List<DirStats> dirs, List<FileStats> files, String attributes) {
        this.name = name;
        this.origin = origin;
        this.dirs = sortedCopy(dirs, BY_NAME);
        this.files = sortedCopy(files, FILES_BY_NAME);
        this.totals = sumTotals(this.dirs, this.files);
        this.attributes = attributes;
        this.originsBelow = originsBelow(this.dirs, this.files);
        this.attributesHere = attributesHere(attributes, this.dirs);
    }

    private DirStats(String name, Origin origin, List<DirStats> sortedDirs, List<FileStats> sortedFiles,
                     LanguageCounts totals, String attributes) {
        this.name = name;
        this.origin = origin;
        this.dirs = sortedDirs;
        this.files = sortedFiles;
        this.totals = totals;
        this.attributes = attributes;
        this.originsBelow = originsBelow(sortedDirs, sortedFiles);
        this.attributesHere = attributesHere(attributes, sortedDirs);
    }

    /**
     * A directory restored from a cache that saved one made by the public constructor: the lists are
     * taken as sorted and the totals as given, so that loading a long history does not visit every file
     * of every version again. Only for such caches, whose checksum vouches for what they saved.
     */
    public static DirStats restored(String name, Origin origin, List<DirStats> sortedDirs,
                                    List<FileStats> sortedFiles, LanguageCounts totals, String attributes) {
        return new DirStats(name, origin, Collections.unmodifiableList(sortedDirs),
                Collections.unmodifiableList(sortedFiles), totals, attributes);
    }

    private static boolean originsBelow(List<DirStats> dirs, List<FileStats> files) {
        for (DirStats dir : dirs) {
            if (!dir.origin.isInherited() || dir.originsBelow) {
                return true;
            }
        }
        for (FileStats file : files) {
            if (!file.origin().isInherited()) {
                return true;
            }
        }
        return false;
    }

    private static boolean attributesHere(String attributes, List<DirStats> dirs) {
        if (!attributes.isEmpty()) {
            return true;
        }
        for (DirStats dir : dirs) {
            if (dir.attributesHere) {
                return true;
            }
        }
        return false;
    }

    /** An unmodifiable copy in this order; the sampler and the tree cache mostly pass sorted lists. */
    @SuppressWarnings("unchecked")
    private static <T> List<T> sortedCopy(List<T> items, Comparator<? super T> order) {
        Object[] array = items.toArray();
        for (int i = 1; i < array.length; i++) {
            if (order.compare((T) array[i - 1], (T) array[i]) > 0) {
                Arrays.sort(array, (Comparator<Object>) order);
                break;
            }
        }
        return (List<T>) Collections.unmodifiableList(Arrays.asList(array));
    }

    private static LanguageCounts sumTotals(List<DirStats> dirs, List<FileStats> files) {
        if (files.isEmpty() && dirs.size() == 1) {
            return dirs.get(0).totals;
        }
        CountsSum sum = new CountsSum();
        for (DirStats dir : dirs) {
            sum.add(dir.totals);
        }
        for (FileStats file : files) {
            sum.add(file.language(), file.counts());
        }
        return sum.toLanguageCounts();
    }

    public String name() {
        return name;
    }

    public Origin origin() {
        return origin;
    }

    /** This directory's origin, or the parent's when this directory has none of its own. */
    public Origin effectiveOrigin(Origin parent) {
        return origin.orElse(parent);
    }

    /**
     * Whether some directory below this one or some file in it has an origin of its own (a vendored
     * crate, a generated file), so that its totals do not all share this directory's origin.
     */
    public boolean hasOriginsBelow() {
        return originsBelow;
    }

    /** The origin lines of this directory's {@code .gitattributes} file, "" when it has none. */
    public String attributes() {
        return attributes;
    }

    /** Whether this directory or one below it has {@code .gitattributes} origin lines. */
    public boolean hasAttributes() {
        return attributesHere;
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
        return newName.equals(name) ? this : new DirStats(newName, origin, dirs, files, totals, attributes);
    }

    /** The same contents with another origin. */
    public DirStats withOrigin(Origin newOrigin) {
        return newOrigin.equals(origin) ? this : new DirStats(name, newOrigin, dirs, files, totals, attributes);
    }

    /**
     * The same directory with another origin and other subdirectories and files of the same names and
     * counts (their origins may differ): the totals are kept, not summed again.
     */
    public DirStats withOrigins(Origin newOrigin, List<DirStats> sameDirs, List<FileStats> sameFiles) {
        return new DirStats(name, newOrigin, Collections.unmodifiableList(new java.util.ArrayList<>(sameDirs)),
                Collections.unmodifiableList(new java.util.ArrayList<>(sameFiles)), totals, attributes);
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
