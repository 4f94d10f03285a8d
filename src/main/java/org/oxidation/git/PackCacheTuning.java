package org.oxidation.git;

import org.eclipse.jgit.storage.file.WindowCacheConfig;

/**
 * Sizes JGit's pack window cache for reading whole kernel histories. Pack files are memory-mapped in
 * 4 MB windows, as git itself does: copying windows onto the heap (JGit's default) made a 100-tag run
 * allocate some 24 GB of window copies and spend a third of its time collecting them. The mapped
 * windows live outside the heap (the operating system's page cache holds the pages, so they count in
 * the process's resident size but can be dropped at any time); their limit is address space, not memory.
 * Delta bases stay on the heap under a limit that scales with it, so that a 768 MB heap keeps room for
 * the large generated headers of the kernel. Thread-safe.
 */
final class PackCacheTuning {

    private static final long MAPPED_LIMIT = 8L << 30;
    private static final int WINDOW_SIZE = 4 << 20;

    private static boolean installed;

    private PackCacheTuning() {
    }

    /** How many bytes of reconstructed delta bases to keep: scales with the heap, within 8–256 MB. */
    static long deltaBaseLimit() {
        return Math.max(8L << 20, Math.min(256L << 20, Runtime.getRuntime().maxMemory() / 12));
    }

    static synchronized void installOnce() {
        if (installed) {
            return;
        }
        long heap = Runtime.getRuntime().maxMemory();
        WindowCacheConfig config = new WindowCacheConfig();
        config.setPackedGitLimit(MAPPED_LIMIT);
        config.setPackedGitWindowSize(WINDOW_SIZE);
        config.setDeltaBaseCacheLimit((int) deltaBaseLimit());
        config.setPackedGitMMAP(true);
        // Strong references under a fixed limit: soft ones keep the heap full until the collector must
        // clear them, which on long histories turned a quarter of the run into garbage collection.
        config.setPackedGitUseStrongRefs(true);
        config.setStreamFileThreshold((int) Math.min(BlobReader.STREAM_THRESHOLD, heap / 8));
        config.install();
        installed = true;
    }
}
