package org.oxidation.git;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.eclipse.jgit.internal.storage.file.FileRepository;
import org.eclipse.jgit.internal.storage.file.GC;
import org.eclipse.jgit.internal.storage.file.PackIndex;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.pack.PackConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oxidation.testing.TestHistory;

/**
 * The mapped pack reader against JGit's own on packs JGit's garbage collector wrote: every object the
 * same type and bytes, deltas of both kinds, chains, and what it leaves to JGit.
 */
class PackObjectsTest {

    @TempDir
    Path dir;

    @Test
    void readsEveryPackedObjectAsJGitDoesThroughDeltaChainsOfOffsetDeltas() throws Exception {
        Path repo = history("offsets.git", true);
        int deltas = compareEveryObject(repo);
        assertTrue(deltas > 100, "the history packs as delta chains: " + deltas + " deltas applied");
    }

    @Test
    void readsEveryObjectOfAPackMappedInSegmentsThatEntriesStraddle() throws Exception {
        Path repo = history("segments.git", true);
        long length = Files.size(packFile(repo, ".pack"));
        int bits = 10; // 1 KiB segments: most entries' data and some headers cross a boundary
        assertTrue(length > 20L << bits, "many segments: " + length + " bytes");
        int deltas = compareEveryObject(repo, PackObjects.open(repo.resolve("objects"), 1 << 20, bits));
        assertTrue(deltas > 100, deltas + " deltas applied");
    }

    @Test
    void readsDeltasWhoseBaseIsNamedByIdAsJGitDoes() throws Exception {
        Path repo = history("refs.git", false);
        int deltas = compareEveryObject(repo);
        assertTrue(deltas > 100, deltas + " deltas applied");
    }

    @Test
    void aLooseObjectIsLeftToJGitAndStillReadThroughTheRepository() throws Exception {
        Path repo = history("loose.git", true);
        ObjectId loose;
        try (Repository repository = new FileRepository(repo.toFile());
             org.eclipse.jgit.lib.ObjectInserter inserter = repository.newObjectInserter()) {
            loose = inserter.insert(Constants.OBJ_BLOB, TestHistory.text("int loose;\n"));
            inserter.flush();
        }
        assertNull(PackObjects.open(repo.resolve("objects"), 1 << 20).find(loose));
        try (Repository repository = RepositoryOpener.open(repo);
             ObjectReader reader = repository.newObjectReader()) {
            assertInstanceOf(PackObjectReader.class, reader);
            assertEquals("int loose;\n", new String(reader.open(loose, Constants.OBJ_BLOB).getCachedBytes()));
        }
    }

    @Test
    void theRepositorysReaderAnswersSizesByTypeFromTheMappedPacksAndRefusesAnotherType() throws Exception {
        Path repo = history("sizes.git", true);
        try (Repository repository = RepositoryOpener.open(repo);
             ObjectReader reader = repository.newObjectReader();
             Repository plain = new FileRepository(repo.toFile());
             ObjectReader jgit = plain.newObjectReader()) {
            for (PackIndex.MutableEntry entry : PackIndex.open(packFile(repo, ".idx").toFile())) {
                ObjectId id = entry.toObjectId();
                int type = jgit.open(id).getType();
                assertEquals(jgit.getObjectSize(id, type), reader.getObjectSize(id, type), id.name());
                int other = type == Constants.OBJ_BLOB ? Constants.OBJ_TREE : Constants.OBJ_BLOB;
                assertThrows(org.eclipse.jgit.errors.IncorrectObjectTypeException.class,
                        () -> reader.getObjectSize(id, other), id.name());
                assertThrows(org.eclipse.jgit.errors.IncorrectObjectTypeException.class,
                        () -> reader.open(id, other), id.name());
            }
        }
    }

    @Test
    void aCorruptEntryIsReportedAndNeverReadAsOtherBytes() throws Exception {
        Path repo = history("corrupt.git", true);
        PackIndex.MutableEntry victim = largestWholeBlob(repo);
        Path pack = packFile(repo, ".pack");
        try (RandomAccessFile file = new RandomAccessFile(pack.toFile(), "rw")) {
            long at = victim.getOffset() + 40; // inside the compressed data, past the entry's header
            file.seek(at);
            int b = file.read();
            file.seek(at);
            file.write(b ^ 0x55);
        }
        PackObjects packs = PackObjects.open(repo.resolve("objects"), 1 << 20);
        try (PackObjects.Cursor cursor = packs.newCursor()) {
            PackObjects.Location location = packs.find(victim.toObjectId());
            assertNotNull(location);
            assertThrows(PackObjects.CorruptPackException.class, () -> cursor.load(location));
        }
    }

    @Test
    void findsNothingInAnIndexOfAnotherVersionAndLeavesThatPackToJGit() throws Exception {
        Path repo = history("v1.git", true);
        Path index = packFile(repo, ".idx");
        byte[] bytes = Files.readAllBytes(index);
        bytes[7] = 3; // version 3: not one this class reads
        Files.write(index, bytes);
        assertEquals(0, PackObjects.open(repo.resolve("objects"), 1 << 20).packCount());
    }

    /** Ten versions of a few sources, each a small edit of the one before, packed by JGit's gc. */
    private Path history(String name, boolean offsetDeltas) throws Exception {
        Path path = dir.resolve(name);
        Random random = new Random(name.hashCode());
        Map<String, List<String>> files = new LinkedHashMap<>();
        for (int f = 0; f < 6; f++) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < 400 + 300 * f; i++) {
                lines.add("int value_" + f + "_" + i + " = " + random.nextInt(1000) + ";");
            }
            files.put("src/file" + f + (f % 2 == 0 ? ".c" : ".rs"), lines);
        }
        try (TestHistory history = TestHistory.bare(path)) {
            for (int version = 1; version <= 30; version++) {
                Map<String, String> tree = new LinkedHashMap<>();
                for (Map.Entry<String, List<String>> file : files.entrySet()) {
                    List<String> lines = file.getValue();
                    for (int edit = 0; edit < 3; edit++) {
                        lines.set(random.nextInt(lines.size()), "/* edit " + version + " */ int x" + random.nextInt() + ";");
                        lines.add(random.nextInt(lines.size()), "// added in " + version);
                    }
                    tree.put(file.getKey(), String.join("\n", lines) + "\n");
                }
                history.commit("v1." + version, tree);
            }
            GC gc = new GC((FileRepository) history.repository());
            PackConfig config = new PackConfig(history.repository());
            config.setDeltaBaseAsOffset(offsetDeltas);
            config.setMaxDeltaDepth(50);
            gc.setPackConfig(config);
            gc.gc().get();
        }
        return path;
    }

    /** Compares every object of the one pack with JGit's reading of it; returns the deltas applied. */
    private int compareEveryObject(Path repo) throws Exception {
        return compareEveryObject(repo, PackObjects.open(repo.resolve("objects"), 1 << 20));
    }

    private int compareEveryObject(Path repo, PackObjects packs) throws Exception {
        assertEquals(1, packs.packCount());
        int objects = 0;
        try (Repository repository = new FileRepository(repo.toFile());
             ObjectReader jgit = repository.newObjectReader();
             PackObjects.Cursor cursor = packs.newCursor()) {
            for (PackIndex.MutableEntry entry : PackIndex.open(packFile(repo, ".idx").toFile())) {
                ObjectId id = entry.toObjectId();
                PackObjects.Location location = packs.find(id);
                assertNotNull(location, id.name());
                assertEquals(entry.getOffset(), location.offset(), id.name());
                ObjectLoader expected = jgit.open(id);
                PackObjects.Loaded loaded = cursor.load(location);
                assertEquals(expected.getType(), loaded.type(), id.name());
                assertArrayEquals(expected.getCachedBytes(), loaded.bytes(), id.name());
                assertEquals(expected.getSize(), cursor.size(location), id.name());
                assertEquals(expected.getType(), cursor.type(location), id.name());
                objects++;
            }
            assertEquals(30 * (1 + 2 + 6), objects, "30 commits, each with two trees and six blobs");
            return cursor.deltasApplied();
        }
    }

    private static PackIndex.MutableEntry largestWholeBlob(Path repo) throws Exception {
        PackIndex.MutableEntry best = null;
        long bestSize = -1;
        byte[] pack = Files.readAllBytes(packFile(repo, ".pack"));
        try (Repository repository = new FileRepository(repo.toFile());
             ObjectReader jgit = repository.newObjectReader()) {
            for (PackIndex.MutableEntry entry : PackIndex.open(packFile(repo, ".idx").toFile())) {
                ObjectLoader loader = jgit.open(entry.toObjectId());
                int packedType = (pack[(int) entry.getOffset()] >> 4) & 7; // the entry's own header: not a delta
                if (packedType == Constants.OBJ_BLOB && loader.getSize() > bestSize) {
                    best = entry.cloneEntry();
                    bestSize = loader.getSize();
                }
            }
        }
        assertNotNull(best);
        return best;
    }

    private static Path packFile(Path repo, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(repo.resolve("objects/pack"))) {
            return files.filter(f -> f.toString().endsWith(suffix)).findFirst().orElseThrow();
        }
    }
}
