package org.oxidation.git;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.oxidation.model.DirStats;
import org.oxidation.model.FileStats;
import org.oxidation.model.LineCounts;
import org.oxidation.model.Origin;

/**
 * Keeps the counted trees (git tree id → {@link DirStats}) on disk, so that opening a repository again
 * needs neither its blobs nor its trees: a tag whose root tree is known is a snapshot at once, and a new
 * tag reuses every unchanged subtree.
 *
 * <p>Payload (inside {@link CacheFile}'s frame: magic {@code OXTC}): the language names, then every
 * distinct node once, children before parents: a flag and the 20-byte tree id when the node is a cache
 * key, its name, origin, child node indices and files (name, language index, five varints). Shared
 * subtrees stay shared after loading. A bad file is ignored with one warning. Thread-safe.
 */
final class TreeStore {

    private static final int MAGIC = 0x4F585443; // "OXTC"
    private static final int FORMAT = 2;

    private final Path file;
    private final int rulesVersion;

    TreeStore(Path file, int rulesVersion) {
        this.file = file;
        this.rulesVersion = rulesVersion;
    }

    Path file() {
        return file;
    }

    /** The saved trees, or an empty map when there are none or they cannot be used. */
    synchronized Map<ObjectId, DirStats> load(Consumer<String> warn) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Map.of();
        } catch (IOException e) {
            warn.accept("ignoring the tree cache " + file + ": " + e.getMessage());
            return Map.of();
        }
        try {
            return decode(CacheFile.payload(bytes, MAGIC, FORMAT, rulesVersion));
        } catch (CacheFile.Invalid e) {
            warn.accept("ignoring the tree cache " + file + ": " + e.getMessage() + "; it will be rebuilt");
            return Map.of();
        }
    }

    synchronized void save(Map<ObjectId, DirStats> trees) throws IOException {
        CacheFile.write(file, MAGIC, FORMAT, rulesVersion, out -> encode(trees, out));
    }

    private static void encode(Map<ObjectId, DirStats> trees, DataOutputStream out) throws IOException {
        Map<DirStats, ObjectId> keys = new IdentityHashMap<>();
        trees.forEach((id, dir) -> keys.put(dir, id));
        List<DirStats> order = new ArrayList<>();
        Map<DirStats, Integer> index = new IdentityHashMap<>();
        for (DirStats root : trees.values()) {
            number(root, order, index);
        }
        List<String> languages = new ArrayList<>();
        Map<FileStats, Integer> fileIndex = new IdentityHashMap<>();
        List<FileStats> fileTable = new ArrayList<>();
        for (DirStats dir : order) {
            for (FileStats f : dir.files()) {
                if (!languages.contains(f.language())) {
                    languages.add(f.language());
                }
                if (fileIndex.putIfAbsent(f, fileTable.size()) == null) {
                    fileTable.add(f);
                }
            }
        }
        CacheFile.writeVarint(out, languages.size());
        for (String language : languages) {
            CacheFile.writeString(out, language);
        }
        // Files once each (the sampler shares a file's stats among the versions of its directory).
        CacheFile.writeVarint(out, fileTable.size());
        for (FileStats f : fileTable) {
            CacheFile.writeString(out, f.name());
            CacheFile.writeVarint(out, languages.indexOf(f.language()));
            CacheFile.writeCounts(out, f.counts());
        }
        CacheFile.writeVarint(out, order.size());
        byte[] raw = new byte[Constants.OBJECT_ID_LENGTH];
        for (DirStats dir : order) {
            ObjectId id = keys.get(dir);
            out.writeBoolean(id != null);
            if (id != null) {
                id.copyRawTo(raw, 0);
                out.write(raw);
            }
            CacheFile.writeString(out, dir.name());
            out.writeByte(dir.origin().kind().ordinal());
            CacheFile.writeString(out, dir.origin().name());
            CacheFile.writeString(out, dir.origin().version());
            CacheFile.writeVarint(out, dir.dirs().size());
            for (DirStats child : dir.dirs()) {
                CacheFile.writeVarint(out, index.get(child));
            }
            CacheFile.writeVarint(out, dir.files().size());
            for (FileStats f : dir.files()) {
                CacheFile.writeVarint(out, fileIndex.get(f));
            }
        }
    }

    /** Post-order numbering by identity, so children come first and shared nodes are written once. */
    private static void number(DirStats dir, List<DirStats> order, Map<DirStats, Integer> index) {
        if (index.containsKey(dir)) {
            return;
        }
        for (DirStats child : dir.dirs()) {
            number(child, order, index);
        }
        index.put(dir, order.size());
        order.add(dir);
    }

    private static Map<ObjectId, DirStats> decode(ByteBuffer in) {
        try {
            List<String> languages = new ArrayList<>();
            long languageCount = CacheFile.readVarint(in);
            for (long i = 0; i < languageCount; i++) {
                languages.add(CacheFile.readString(in).intern());
            }
            FileStats[] fileTable = new FileStats[(int) CacheFile.readVarint(in)];
            for (int i = 0; i < fileTable.length; i++) {
                String fileName = CacheFile.readString(in);
                String language = languages.get((int) CacheFile.readVarint(in));
                fileTable[i] = new FileStats(fileName, language, CacheFile.readCounts(in));
            }
            int count = (int) CacheFile.readVarint(in);
            DirStats[] nodes = new DirStats[count];
            Map<ObjectId, DirStats> trees = new HashMap<>();
            byte[] raw = new byte[Constants.OBJECT_ID_LENGTH];
            for (int n = 0; n < count; n++) {
                ObjectId id = null;
                if (in.get() != 0) {
                    in.get(raw);
                    id = ObjectId.fromRaw(raw);
                }
                String name = CacheFile.readString(in);
                Origin.Kind kind = Origin.Kind.values()[in.get()];
                Origin origin = new Origin(kind, CacheFile.readString(in), CacheFile.readString(in));
                int dirCount = (int) CacheFile.readVarint(in);
                List<DirStats> dirs = new ArrayList<>(dirCount);
                for (int i = 0; i < dirCount; i++) {
                    dirs.add(nodes[(int) CacheFile.readVarint(in)]);
                }
                int fileCount = (int) CacheFile.readVarint(in);
                List<FileStats> files = new ArrayList<>(fileCount);
                for (int i = 0; i < fileCount; i++) {
                    files.add(fileTable[(int) CacheFile.readVarint(in)]);
                }
                nodes[n] = new DirStats(name, origin.kind() == Origin.Kind.WRITTEN ? Origin.WRITTEN : origin, dirs, files);
                if (id != null) {
                    trees.put(id, nodes[n]);
                }
            }
            if (in.hasRemaining()) {
                throw new CacheFile.Invalid("it has " + in.remaining() + " bytes too many");
            }
            return trees;
        } catch (CacheFile.Invalid e) {
            throw e;
        } catch (RuntimeException e) {
            throw new CacheFile.Invalid("it is corrupt (" + e.getClass().getSimpleName() + ")");
        }
    }
}
