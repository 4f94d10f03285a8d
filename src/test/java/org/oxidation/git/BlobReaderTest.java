package org.oxidation.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.internal.storage.file.FileRepository;
import org.eclipse.jgit.internal.storage.file.GC;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.oxidation.count.LanguageRules;
import org.oxidation.model.LineCounts;
import org.oxidation.model.ProgressMonitor;
import org.oxidation.testing.TestHistory;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class BlobReaderTest {

    /**
     * Lines of random hex (incompressible): the second file is over 9 MB, so JGit streams it (an open
     * reads only its header) and it spans windows of its own beyond the first file's.
     */
    private static final int FIRST_LINES = 60_000;
    private static final int SECOND_LINES = 180_000;

    @TempDir
    Path dir;

    /**
     * JGit maps pack windows through the pack's one FileChannel; a thread interrupted while it maps a
     * window closes that channel for everyone, and as long as the pack has other windows cached JGit
     * reads no new window of it again ("missing", or a closed channel). The blob is present: the reader
     * reopens the packs and reads it once more.
     */
    @Test
    void aReaderInterruptedMidReadLeavesTheNextReadOfTheSameBlobWorking() throws Exception {
        Path path = dir.resolve("r.git");
        ObjectId first;
        ObjectId second;
        try (TestHistory history = TestHistory.bare(path)) {
            history.commit("v1.0", Map.of("a.c", randomComments(1, FIRST_LINES), "b.c", randomComments(2, SECOND_LINES)));
            first = history.blob(TestHistory.text(randomComments(1, FIRST_LINES)));
            second = history.blob(TestHistory.text(randomComments(2, SECOND_LINES)));
            new GC((FileRepository) history.repository()).gc().get();
        }
        try (Repository repository = RepositoryOpener.open(path)) {
            try (ObjectReader reader = repository.newObjectReader()) {
                reader.open(first, Constants.OBJ_BLOB).getCachedBytes(Integer.MAX_VALUE); // its windows stay cached
            }
            Throwable interrupted = CompletableFuture.supplyAsync(() -> {
                try (ObjectReader reader = repository.newObjectReader();
                     InputStream in = reader.open(second, Constants.OBJ_BLOB).openStream()) {
                    Thread.currentThread().interrupt(); // mid-read: after the open, before the windows
                    in.readAllBytes();
                    return null;
                } catch (IOException e) {
                    return e;
                }
            }, task -> new Thread(task).start()).get(60, TimeUnit.SECONDS);
            assertInstanceOf(IOException.class, interrupted, "the interrupted read fails");

            BlobCounts counts = new BlobCounts();
            BlobCounts.Key key = new BlobCounts.Key(second, "C");
            try (BlobReader blobReader = new BlobReader(repository, 1)) {
                blobReader.countAll("v1.0", Map.of(key, "b.c"), LanguageRules.standard(), counts, ProgressMonitor.NONE);
            }
            assertEquals(new LineCounts(1, SECOND_LINES, 0, SECOND_LINES, 0, 0), counts.get(key));
        }
    }

    private static String randomComments(long seed, int lines) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            text.append("// ").append(Long.toHexString(random.nextLong())).append(Long.toHexString(random.nextLong()))
                    .append(Long.toHexString(random.nextLong())).append('\n');
        }
        return text.toString();
    }
}
