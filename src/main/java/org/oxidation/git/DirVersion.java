package org.oxidation.git;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.eclipse.jgit.lib.ObjectId;
import org.oxidation.model.DirStats;
import org.oxidation.model.FileStats;

/**
 * The counted files of one version of a directory, as raw tree entries (name bytes and 20-byte blob
 * id, in tree order) beside their stats. When the next tag changes that directory, most of its files
 * are unchanged: comparing the new tree's entries with these bytes, in one forward pass, finds their
 * stats without a hash lookup per file (each lookup in a long history's maps is a few cache misses, and
 * a changed directory lists tens of thousands of files per tag on the kernel).
 *
 * <p>Only a hint: an entry that matches has the same name and blob, so the same stats; one that does
 * not is looked up as before. Immutable once built; a {@link Matcher} is for one thread.
 */
final class DirVersion {

    private static final int ID_LENGTH = 20;

    private final byte[] names;
    private final int[] nameEnds;
    private final byte[] ids;
    private final FileStats[] files;
    private final DirStats dir;

    /**
     * No version: its matcher finds nothing. A scan asks every directory's matcher, new or not, so the
     * JIT's compiled scan has no branch a Refresh takes for the first time (a new directory in a session
     * readied on changed ones): such a branch threw the compiled scan away mid-Refresh, and compiling it
     * again took C2 0.46 s of a processor while the blobs were being read (JFR, session 11).
     */
    static final DirVersion NONE = new DirVersion(new byte[0], new int[0], new byte[0], new FileStats[0], null);

    private DirVersion(byte[] names, int[] nameEnds, byte[] ids, FileStats[] files, DirStats dir) {
        this.names = names;
        this.nameEnds = nameEnds;
        this.ids = ids;
        this.files = files;
        this.dir = dir;
    }

    /**
     * The version a directory counted before (loaded from a cache) is, when no scan of it made one: its
     * files' names in UTF-8 and {@code blobOf} their blobs, in git's order. A file whose blob is not
     * known, or whose name was not valid UTF-8 in git (decoded with U+FFFD, so its bytes are not known
     * either), is left out: it is looked up as before. The rest are exact, so a match is the same file.
     */
    static DirVersion of(DirStats dir, Function<FileStats, ObjectId> blobOf) {
        List<Entry> entries = new ArrayList<>(dir.files().size());
        for (FileStats file : dir.files()) {
            ObjectId blob = file.name().indexOf('\uFFFD') < 0 ? blobOf.apply(file) : null;
            if (blob != null) {
                entries.add(new Entry(file.name().getBytes(StandardCharsets.UTF_8), blob, file));
            }
        }
        // Sorted by name as Java strings; git sorts bytes (they differ past U+FFFF only).
        entries.sort((a, b) -> Arrays.compareUnsigned(a.name(), b.name()));
        Builder builder = new Builder();
        List<FileStats> files = new ArrayList<>(entries.size());
        byte[] id = new byte[ID_LENGTH];
        for (Entry entry : entries) {
            entry.blob().copyRawTo(id, 0);
            builder.add(entry.name(), 0, entry.name().length, id, 0);
            files.add(entry.file());
        }
        return builder.build(files, dir);
    }

    private record Entry(byte[] name, ObjectId blob, FileStats file) {
    }

    /** How many files this version can match. */
    int size() {
        return files.length;
    }

    /** The counted directory this version is. */
    DirStats dir() {
        return dir;
    }

    /** A fresh pass over this version's files, for one scan of the next version. */
    Matcher matcher() {
        return new Matcher();
    }

    /** Walks this version's entries forward as the next version's (sorted the same way) come in. */
    final class Matcher {
        private int next;

        /**
         * The stats of this version's file with exactly this name and blob id, or null. Entries must be
         * asked in tree order (byte order of names, as git sorts files).
         */
        FileStats find(byte[] nameBuffer, int nameStart, int nameEnd, byte[] idBuffer, int idOffset) {
            while (next < files.length) {
                int start = next == 0 ? 0 : nameEnds[next - 1];
                int order = Arrays.compareUnsigned(names, start, nameEnds[next], nameBuffer, nameStart, nameEnd);
                if (order > 0) {
                    return null; // a new file: later entries may still match
                }
                int index = next++;
                if (order == 0) {
                    int id = index * ID_LENGTH;
                    return Arrays.equals(ids, id, id + ID_LENGTH, idBuffer, idOffset, idOffset + ID_LENGTH)
                            ? files[index] : null;
                }
            }
            return null;
        }
    }

    /** Collects a scanned version's counted entries in tree order; their stats come when it is built. */
    static final class Builder {
        private byte[] names = new byte[256];
        private int namesLength;
        private int[] nameEnds = new int[16];
        private byte[] ids = new byte[16 * ID_LENGTH];
        private int count;

        void add(byte[] nameBuffer, int nameStart, int nameEnd, byte[] idBuffer, int idOffset) {
            int nameLength = nameEnd - nameStart;
            if (namesLength + nameLength > names.length) {
                names = Arrays.copyOf(names, Math.max(names.length * 2, namesLength + nameLength));
            }
            if (count == nameEnds.length) {
                nameEnds = Arrays.copyOf(nameEnds, count * 2);
                ids = Arrays.copyOf(ids, count * 2 * ID_LENGTH);
            }
            System.arraycopy(nameBuffer, nameStart, names, namesLength, nameLength);
            namesLength += nameLength;
            nameEnds[count] = namesLength;
            System.arraycopy(idBuffer, idOffset, ids, count * ID_LENGTH, ID_LENGTH);
            count++;
        }

        /** The version: the stats of its entries in the order they were added, and the directory built of them. */
        DirVersion build(List<FileStats> stats, DirStats dir) {
            if (stats.size() != count) {
                throw new IllegalArgumentException(stats.size() + " stats for " + count + " entries");
            }
            return new DirVersion(Arrays.copyOf(names, namesLength), Arrays.copyOf(nameEnds, count),
                    Arrays.copyOf(ids, count * ID_LENGTH), stats.toArray(new FileStats[0]), dir);
        }
    }
}
