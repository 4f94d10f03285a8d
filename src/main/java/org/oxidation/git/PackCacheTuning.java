package org.oxidation.git;

import org.eclipse.jgit.storage.file.WindowCacheConfig;

/**
 * Sizes JGit's pack window cache for reading whole kernel trees. The defaults (10 MB, 8 KB windows)
 * make delta chains re-inflate their bases over and over; larger windows and a large delta base cache
 * read about twice as fast. The limits scale with the heap (a quarter for windows, an eighth for delta
 * bases) so that a 768 MB heap keeps room for the large generated headers of the kernel. Thread-safe.
 */
final class PackCacheTuning {

    private static boolean installed;

    private PackCacheTuning() {
    }

    static synchronized void installOnce() {
        if (installed) {
            return;
        }
        long heap = Runtime.getRuntime().maxMemory();
        WindowCacheConfig config = new WindowCacheConfig();
        config.setPackedGitLimit(Math.max(32L << 20, Math.min(512L << 20, heap / 8)));
        config.setPackedGitWindowSize(256 << 10);
        config.setDeltaBaseCacheLimit((int) Math.max(8L << 20, Math.min(256L << 20, heap / 12)));
        config.setPackedGitMMAP(false);
        // Strong references under a fixed limit: soft ones keep the heap full until the collector must
        // clear them, which on long histories turned a quarter of the run into garbage collection.
        config.setPackedGitUseStrongRefs(true);
        config.setStreamFileThreshold((int) Math.min(BlobReader.STREAM_THRESHOLD, heap / 8));
        config.install();
        installed = true;
    }
}
