package org.oxidation.git;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oxidation.model.LineCounts;

class BlobCountStoreTest {

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    private static BlobCounts sample() {
        BlobCounts counts = new BlobCounts();
        counts.put(ObjectId.fromString("0123456789abcdef0123456789abcdef01234567"), "C", new LineCounts(1, 10, 6, 3, 1, 0));
        counts.put(ObjectId.fromString("0123456789abcdef0123456789abcdef01234567"), "Rust", new LineCounts(1, 10, 8, 1, 1, 2));
        counts.put(ObjectId.fromString("ffffffffffffffffffffffffffffffffffffffff"), "Rust",
                new LineCounts(1, 5_000_000_000L, 4_000_000_000L, 999_999_999L, 1, 300));
        return counts;
    }

    @Test
    void savedCountsLoadBackEqual() throws Exception {
        BlobCountStore store = new BlobCountStore(dir.resolve("c/blobs.bin"), 7);
        store.save(sample());
        BlobCounts loaded = new BlobCounts();
        assertEquals(3, store.loadInto(loaded, warnings::add));
        assertEquals(sample().entries(), loaded.entries());
        assertTrue(warnings.isEmpty());
    }

    @Test
    void savingMergesWhatAnotherProcessSavedMeanwhile() throws Exception {
        Path file = dir.resolve("blobs.bin");
        BlobCounts mine = new BlobCounts();
        mine.put(ObjectId.fromString("1111111111111111111111111111111111111111"), "C", new LineCounts(1, 1, 1, 0, 0, 0));
        new BlobCountStore(file, 1).save(sample());
        new BlobCountStore(file, 1).save(mine);
        BlobCounts loaded = new BlobCounts();
        assertEquals(4, new BlobCountStore(file, 1).loadInto(loaded, warnings::add));
    }

    private static BlobCounts countOneMore(BlobCounts counts) {
        counts.put(ObjectId.fromString("2222222222222222222222222222222222222222"), "C", new LineCounts(1, 2, 1, 1, 0, 0));
        return counts;
    }

    @Test
    void aSaveAppendsOnlyWhatWasCountedSinceTheLastOne() throws Exception {
        Path file = dir.resolve("blobs.bin");
        BlobCountStore store = new BlobCountStore(file, 1);
        BlobCounts counts = sample();
        store.save(counts);
        byte[] first = Files.readAllBytes(file);
        store.save(counts);
        assertArrayEquals(first, Files.readAllBytes(file), "nothing new, nothing written");
        countOneMore(counts);
        store.save(counts);
        byte[] second = Files.readAllBytes(file);
        assertArrayEquals(first, Arrays.copyOf(second, first.length), "appended");
        int oneEntrySegment = 8 + 1 + 2 + 1 + 20 + 1 + 5; // segment header, language table, count, id, language, counts
        assertEquals(first.length + oneEntrySegment, second.length);
        BlobCounts loaded = new BlobCounts();
        assertEquals(4, new BlobCountStore(file, 1).loadInto(loaded, warnings::add));
        assertEquals(counts.entries(), loaded.entries());
    }

    @Test
    void countsMadeWithoutLoadingTheFileAreAppendedToItWhole() throws Exception {
        Path file = dir.resolve("blobs.bin");
        new BlobCountStore(file, 1).save(sample());
        byte[] before = Files.readAllBytes(file);
        BlobCountStore attached = new BlobCountStore(file, 1);
        attached.attach(warnings::add);
        attached.save(countOneMore(new BlobCounts()));
        byte[] after = Files.readAllBytes(file);
        assertArrayEquals(before, Arrays.copyOf(after, before.length), "appended, not rewritten");
        BlobCounts loaded = new BlobCounts();
        assertEquals(4, new BlobCountStore(file, 1).loadInto(loaded, warnings::add));
        assertEquals(countOneMore(sample()).entries(), loaded.entries());
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    @Test
    void countsMadeWithoutLoadingADamagedFileAreMergedWithWhatItHolds() throws Exception {
        Path file = dir.resolve("blobs.bin");
        BlobCountStore first = new BlobCountStore(file, 1);
        BlobCounts counts = sample();
        first.save(counts);
        counts.put(ObjectId.fromString("3333333333333333333333333333333333333333"), "C", new LineCounts(1, 1, 1, 0, 0, 0));
        first.save(counts);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 3)); // a killed run cut the second segment
        BlobCountStore attached = new BlobCountStore(file, 1);
        attached.attach(warnings::add);
        attached.save(countOneMore(new BlobCounts()));
        assertEquals(1, warnings.size(), warnings.toString());
        BlobCounts loaded = new BlobCounts();
        assertEquals(4, new BlobCountStore(file, 1).loadInto(loaded, warnings::add));
        assertEquals(countOneMore(sample()).entries(), loaded.entries(), "the intact segment and the new count");
        assertEquals(1, warnings.size(), "rewritten whole: " + warnings);
    }

    @Test
    void aDamagedEndKeepsTheEntriesSavedBeforeIt() throws Exception {
        Path file = dir.resolve("blobs.bin");
        BlobCountStore store = new BlobCountStore(file, 1);
        BlobCounts counts = sample();
        store.save(counts);
        store.save(countOneMore(counts));
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 4));
        BlobCounts loaded = new BlobCounts();
        assertEquals(3, new BlobCountStore(file, 1).loadInto(loaded, warnings::add));
        assertEquals(sample().entries(), loaded.entries());
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).startsWith("ignoring the damaged end of the count cache"), warnings.get(0));
    }

    @Test
    void truncatedCacheIsIgnoredWithOneWarning() throws Exception {
        Path file = dir.resolve("blobs.bin");
        new BlobCountStore(file, 1).save(sample());
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 9));
        assertIgnored(new BlobCountStore(file, 1), "checksum does not match");
    }

    @Test
    void corruptCacheIsIgnoredWithOneWarning() throws Exception {
        Path file = dir.resolve("blobs.bin");
        new BlobCountStore(file, 1).save(sample());
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(file, bytes);
        assertIgnored(new BlobCountStore(file, 1), "checksum does not match");
    }

    @Test
    void cacheOfOtherRulesIsIgnoredWithOneWarning() throws Exception {
        Path file = dir.resolve("blobs.bin");
        new BlobCountStore(file, 1).save(sample());
        assertIgnored(new BlobCountStore(file, 2), "rules version 1, not 2");
    }

    @Test
    void fileOfAnotherFormatIsIgnoredWithOneWarning() throws Exception {
        Path file = dir.resolve("blobs.bin");
        Files.writeString(file, "this is not a cache file at all, but it is long enough to have a header\n");
        assertIgnored(new BlobCountStore(file, 1), "not an Oxidation cache file");
    }

    private void assertIgnored(BlobCountStore store, String reason) {
        BlobCounts loaded = new BlobCounts();
        assertEquals(0, store.loadInto(loaded, warnings::add));
        assertEquals(0, loaded.size());
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains(reason) && warnings.get(0).endsWith("it will be rebuilt"), warnings.get(0));
    }
}
