package org.oxidation.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.oxidation.model.InputException;
import org.oxidation.model.ProgressMonitor;
import org.oxidation.testing.PartialClones;
import org.oxidation.testing.Waits;

/**
 * The git fetch behind {@code --missing-blobs-via-git} against a remote that never answers: a partial
 * clone whose promisor remote is {@code ext::sleep N} (git's own transport that runs a command), so git
 * waits for a handshake that never comes. The fetch is stopped at its bound or by a cancel, with the
 * command git started.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class GitFetchBoundTest {

    @TempDir
    Path dir;

    private Path partial;
    /** The remote's command; each test its own number, to find its process among the machine's. */
    private String sleepSeconds;

    @BeforeEach
    void makeAPartialCloneOfASilentRemote(org.junit.jupiter.api.TestInfo test) throws Exception {
        partial = PartialClones.ofTwoTags(dir);
        sleepSeconds = String.valueOf(3000 + Math.floorMod(test.getDisplayName().hashCode() ^ dir.hashCode(), 900));
        PartialClones.git(partial, "config", "remote.origin.url", "ext::sleep " + sleepSeconds);
        PartialClones.git(partial, "config", "protocol.ext.allow", "always");
    }

    /** Whether the remote's command (git's child) is running. */
    private boolean remoteRunning() {
        return ProcessHandle.allProcesses().anyMatch(process -> process.info().commandLine()
                .map(line -> line.endsWith("sleep " + sleepSeconds)).orElse(false));
    }

    private void count(ProgressMonitor monitor, Duration bound) {
        try (CountSession session = CountSession.open(partial, new CacheSettings(false, dir.resolve("cache")), 2,
                ProgressMonitor.NONE)) {
            session.setMissingBlobsViaGit(true);
            session.setGitFetchBound(bound);
            session.sampleAll(session.tags(Pattern.compile("v1\\.0"), TagOrder.VERSION), monitor, snapshot -> { });
        }
    }

    @Test
    void aFetchFromARemoteThatNeverAnswersIsStoppedAtItsBound() {
        InputException stopped = assertThrows(InputException.class, () -> count(ProgressMonitor.NONE, Duration.ofSeconds(2)));
        assertEquals("tag v1.0: git did not fetch its 1 missing blobs from origin within 2 seconds; it was stopped",
                stopped.getMessage());
        assertTrue(Waits.until(() -> !remoteRunning(), 10), "the remote's command was stopped with git");
    }

    @Test
    void aCancelStopsTheFetchAndTheCommandGitStarted() throws Exception {
        AtomicBoolean cancelled = new AtomicBoolean();
        Thread canceller = new Thread(() -> cancelled.set(Waits.until(this::remoteRunning, 30)));
        canceller.start();
        ProgressMonitor monitor = new ProgressMonitor() {
            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        assertThrows(CancellationException.class, () -> count(monitor, Duration.ofMinutes(10)));
        canceller.join(TimeUnit.SECONDS.toMillis(30));
        assertTrue(cancelled.get(), "cancelled while git waited for the remote");
        assertTrue(Waits.until(() -> !remoteRunning(), 10), "the remote's command was stopped with git");
    }
}
