package org.oxidation.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.ArrayList;
import org.oxidation.git.CountSession;
import org.oxidation.git.NewTagWarmUp;
import org.oxidation.git.ReleaseTag;
import org.oxidation.git.TagSelector;
import org.oxidation.model.InputException;
import org.oxidation.model.Snapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bench refresh --repo PATH}: what File → Refresh costs in the window after a fetch brought one
 * new tag. It opens the repository as the window does, samples every tag but the newest (from the cache
 * when it has them, after reading their cached rows as a reopened window does), readies the session for a new tag as a reopened window does while it shows its
 * charts ({@link NewTagWarmUp}, waited for, and then the JIT's compilations it queued: the user's Refresh comes
 * later), then times what the window's
 * count thread does on Refresh: reading the tags, sampling the newest, keeping its rows. Same session: no
 * process start and no cache load, which a fresh {@code count} pays on top. Runs on the caller's thread.
 */
@Command(name = "refresh", mixinStandardHelpOptions = true,
        description = "Time counting the newest tag in a session that has the others, as Refresh does.")
final class RefreshBench implements Callable<Integer> {

    @Option(names = "--repo", required = true, paramLabel = "PATH", description = "The repository.")
    Path repo;

    @Mixin
    CountingOptions options;

    @Option(names = "--no-warm-up", description = "Do not ready the session first (the window before issue 18's refresh work).")
    boolean noWarmUp;

    @Option(names = "--no-jit-wait", description = "Refresh as soon as the session is readied, while the JIT still "
            + "compiles what the warm-up made hot (the bench before session 8).")
    boolean noJitWait;

    /** The JIT counts as done when its compilation time has not grown for this long. */
    private static final long QUIET_MILLIS = 300;
    /** And the wait ends after this long in any case (a user's Refresh comes seconds after the window). */
    private static final long MOST_MILLIS = 10_000;

    private static double processCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    /**
     * Waits until the JIT has compiled what the warm-up queued (its compilation time stays put for
     * {@value #QUIET_MILLIS} ms), as it has by the time a window's user fetches and chooses Refresh;
     * returns the seconds waited. Compiling that backlog is the warm-up's cost, not the Refresh's.
     */
    private static double awaitQuietJit() throws InterruptedException {
        java.lang.management.CompilationMXBean jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        long start = System.nanoTime();
        if (jit == null || !jit.isCompilationTimeMonitoringSupported()) {
            return 0;
        }
        long last = jit.getTotalCompilationTime();
        long quietSince = System.nanoTime();
        while ((System.nanoTime() - quietSince) / 1_000_000 < QUIET_MILLIS
                && (System.nanoTime() - start) / 1_000_000 < MOST_MILLIS) {
            Thread.sleep(50);
            long now = jit.getTotalCompilationTime();
            if (now != last) {
                last = now;
                quietSince = System.nanoTime();
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    @Override
    public Integer call() throws InterruptedException {
        StderrProgress progress = new StderrProgress();
        try (CountSession session = CountSession.open(repo, options.cacheSettings(), options.threads, progress)) {
            List<ReleaseTag> tags = session.tags(TagSelector.compile(options.tags), options.tagOrder());
            if (tags.size() < 2) {
                throw new InputException("bench refresh needs at least two tags; " + tags.size() + " match");
            }
            // As a reopened window: its cached rows drawn first, then the trees sampled from the cache.
            session.cachedRows(tags.subList(0, tags.size() - 1), options.grouping(), options.excluded());
            session.sampleAll(tags.subList(0, tags.size() - 1), progress, snapshot -> { });
            if (!noWarmUp && session.blobsRead() == 0) { // as the window after a reopening from the cache
                long warming = System.nanoTime();
                NewTagWarmUp.start(session, tags.get(tags.size() - 2)).join();
                System.out.printf("session readied for a new tag in %.2f s (NewTagWarmUp, before the Refresh)%n",
                        (System.nanoTime() - warming) / 1e9);
                if (!noJitWait) {
                    System.out.printf("the JIT's queue drained %.2f s later%n", awaitQuietJit());
                }
            }
            long readBefore = session.blobsRead();
            long start = System.nanoTime();
            double cpuStart = processCpuSeconds();
            List<ReleaseTag> again = session.tags(TagSelector.compile(options.tags), options.tagOrder());
            ReleaseTag newest = again.get(again.size() - 1);
            List<Snapshot> counted = new ArrayList<>();
            session.sampleAll(List.of(newest), progress, counted::add);
            long sampled = System.nanoTime();
            session.rememberRows(newest, counted.get(0), options.grouping(), options.excluded());
            long end = System.nanoTime();
            double seconds = (end - start) / 1e9;
            System.out.printf("refresh: %s counted in %.2f s (CPU %.2f s) in the open session (%d blobs read)%n",
                    newest.name(), seconds, processCpuSeconds() - cpuStart, session.blobsRead() - readBefore);
            System.out.printf("of which: tags and sampling %.3f s, its rows kept %.3f s%n", (sampled - start) / 1e9,
                    (end - sampled) / 1e9);
        }
        return 0;
    }
}
