package org.oxidation.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.oxidation.model.DirStats;
import org.oxidation.model.FileStats;
import org.oxidation.model.LineCounts;
import org.oxidation.model.Origin;

class DirVersionTest {

    private static final FileStats A = stats("a.c");
    private static final FileStats C = stats("c.c");
    private static final FileStats UMLAUT = stats("\u00fc.c");

    private final DirVersion version = version(List.of(A, C, UMLAUT), 1, 3, 5);

    @Test
    void findsEachUnchangedEntryInOneForwardPass() {
        DirVersion.Matcher matcher = version.matcher();
        assertSame(A, find(matcher, "a.c", 1));
        assertSame(C, find(matcher, "c.c", 3));
        assertSame(UMLAUT, find(matcher, "\u00fc.c", 5), "names compare as unsigned bytes, as git sorts them");
    }

    @Test
    void aNewNameInBetweenDoesNotLoseTheEntriesAfterIt() {
        DirVersion.Matcher matcher = version.matcher();
        assertNull(find(matcher, "b.c", 9));
        assertSame(C, find(matcher, "c.c", 3));
    }

    @Test
    void anEntryWithAnotherBlobOrADeletedNeighbourIsNotMatched() {
        DirVersion.Matcher matcher = version.matcher();
        assertNull(find(matcher, "c.c", 4), "same name, another blob");
        assertSame(UMLAUT, find(matcher, "\u00fc.c", 5), "a.c, deleted, is passed over");
        assertNull(find(matcher, "\u00fd.c", 5), "past the last entry");
    }

    @Test
    void everyPassStartsAtTheBeginning() {
        find(version.matcher(), "\u00fc.c", 5);
        assertSame(A, find(version.matcher(), "a.c", 1));
    }

    @Test
    void aCachedDirectorysVersionMatchesItsFilesInGitsByteOrderAndLeavesOutThoseNotKnownExactly() {
        FileStats beyondBmp = stats("\uD83D\uDE00.c"); // UTF-8 F0…: after U+E000 in bytes, before it as a string
        FileStats privateUse = stats("\uE000.c");
        FileStats undecodable = stats("\uFFFD.c"); // decoded from bytes that were not UTF-8: they are not known
        FileStats blobUnknown = stats("b.c");
        DirStats dir = new DirStats("d", Origin.INHERITED, List.of(), List.of(A, blobUnknown, beyondBmp, privateUse,
                undecodable));
        Map<FileStats, ObjectId> blobs = new IdentityHashMap<>();
        blobs.put(A, objectId(1));
        blobs.put(beyondBmp, objectId(2));
        blobs.put(privateUse, objectId(3));
        blobs.put(undecodable, objectId(4));

        DirVersion cached = DirVersion.of(dir, blobs::get);

        assertEquals(3, cached.size(), "b.c and the undecodable name left out");
        assertSame(dir, cached.dir());
        DirVersion.Matcher matcher = cached.matcher();
        assertSame(A, find(matcher, "a.c", 1));
        assertNull(find(matcher, "b.c", 9), "its blob is not known");
        assertSame(privateUse, find(matcher, "\uE000.c", 3));
        assertSame(beyondBmp, find(matcher, "\uD83D\uDE00.c", 2));
        assertNull(find(matcher, "\uFFFD.c", 4));
    }

    private static DirVersion version(List<FileStats> files, int... ids) {
        DirVersion.Builder builder = new DirVersion.Builder();
        for (int i = 0; i < files.size(); i++) {
            byte[] name = files.get(i).name().getBytes(StandardCharsets.UTF_8);
            byte[] padded = new byte[name.length + 3]; // entries sit inside a larger buffer in a tree
            System.arraycopy(name, 0, padded, 2, name.length);
            builder.add(padded, 2, 2 + name.length, id(ids[i]), 1);
        }
        return builder.build(files, null);
    }

    private static FileStats find(DirVersion.Matcher matcher, String name, int id) {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        return matcher.find(bytes, 0, bytes.length, id(id), 1);
    }

    /** A 20-byte id at offset 1 of a 22-byte buffer, all bytes {@code value}. */
    private static byte[] id(int value) {
        byte[] buffer = new byte[22];
        java.util.Arrays.fill(buffer, 1, 21, (byte) value);
        return buffer;
    }

    private static ObjectId objectId(int value) {
        return ObjectId.fromRaw(java.util.Arrays.copyOfRange(id(value), 1, 21));
    }

    private static FileStats stats(String name) {
        return new FileStats(name, "C", new LineCounts(1, 1, 1, 0, 0, 0));
    }
}
