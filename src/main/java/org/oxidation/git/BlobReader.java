package org.oxidation.git;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.oxidation.count.Language;
import org.oxidation.count.LanguageRules;
import org.oxidation.count.LineCounter;
import org.oxidation.count.origin.GeneratedMarkers;
import org.oxidation.model.InputException;
import org.oxidation.model.LineCounts;
import org.oxidation.model.ProgressMonitor;

/**
 * Reads and counts blobs on a few threads, one {@link ObjectReader} each, taking the blobs from one
 * shared queue in pack order. Blobs larger than {@link #STREAM_THRESHOLD} are streamed in chunks, so
 * a huge file never needs to fit in the heap.
 *
 * <p>Thread-safe for one caller at a time; {@link #close()} stops the threads.
 */
final class BlobReader implements AutoCloseable {

    /** Larger blobs are streamed rather than loaded whole. */
    static final long STREAM_THRESHOLD = 8L << 20;

    /**
     * Blobs this large are read one at a time: inflating a long delta chain of a multi-megabyte
     * generated header needs its bases in memory too, and two at once can exhaust a small heap.
     */
    static final long LARGE = 2L << 20;

    private static final int CHUNK = 1 << 16;
    private static final int PROGRESS_EVERY = 256;

    private final Repository repository;
    private final int threads;
    private final ExecutorService pool;
    private final AtomicLong blobsRead = new AtomicLong();
    private final java.util.concurrent.locks.ReentrantLock largeBlobs = new java.util.concurrent.locks.ReentrantLock();

    BlobReader(Repository repository, int threads) {
        this.repository = repository;
        this.threads = Math.max(1, threads);
        this.pool = Executors.newFixedThreadPool(this.threads, runnable -> {
            Thread thread = new Thread(runnable, "oxidation-blob-reader");
            thread.setDaemon(true);
            return thread;
        });
    }

    long blobsRead() {
        return blobsRead.get();
    }

    /**
     * Counts every blob of {@code toCount} (key → a path it stands at, for messages) into
     * {@code counts}. What was counted before a cancellation or a fault stays in {@code counts}.
     */
    void countAll(String tag, Map<BlobCounts.Key, String> toCount, LanguageRules rules, BlobCounts counts,
                  ProgressMonitor monitor) {
        List<BlobCounts.Key> queue = PackOrder.sort(repository, new ArrayList<>(toCount.keySet()),
                BlobCounts.Key::blob);
        AtomicInteger next = new AtomicInteger();
        AtomicLong done = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                try (ObjectReader reader = repository.newObjectReader()) {
                    for (int i = next.getAndIncrement(); i < queue.size(); i = next.getAndIncrement()) {
                        if (monitor.isCancelled()) {
                            throw new CancellationException();
                        }
                        BlobCounts.Key key = queue.get(i);
                        Language language = rules.byName(key.language()).orElseThrow();
                        Counted counted = countOne(tag, reader, key, language, rules.generatedMarkers(), toCount, bytes);
                        counts.put(key.blob(), key.language(), counted.counts(), counted.generatedMarker());
                        blobsRead.incrementAndGet();
                        long finished = done.incrementAndGet();
                        if (finished % PROGRESS_EVERY == 0 || finished == queue.size()) {
                            monitor.update(finished, queue.size(), bytes.get());
                        }
                    }
                }
                return null;
            }));
        }
        awaitAll(workers, next, queue.size());
    }

    /** A blob's counts and whether its first lines carry a generated-file marker. */
    private record Counted(LineCounts counts, boolean generatedMarker) {
    }

    private Counted countOne(String tag, ObjectReader reader, BlobCounts.Key key, Language language,
                             GeneratedMarkers markers, Map<BlobCounts.Key, String> paths, AtomicLong bytes) {
        boolean large;
        try {
            large = reader.getObjectSize(key.blob(), Constants.OBJ_BLOB) > LARGE;
        } catch (IOException e) {
            large = true; // the read below reports the fault with the path
        }
        if (!large) {
            return count(tag, reader, key, language, markers, paths, bytes);
        }
        largeBlobs.lock();
        try {
            return count(tag, reader, key, language, markers, paths, bytes);
        } finally {
            largeBlobs.unlock();
        }
    }

    private static Counted count(String tag, ObjectReader reader, BlobCounts.Key key, Language language,
                                 GeneratedMarkers markers, Map<BlobCounts.Key, String> paths, AtomicLong bytes) {
        try {
            ObjectLoader loader = reader.open(key.blob(), Constants.OBJ_BLOB);
            long size = loader.getSize();
            bytes.addAndGet(size);
            LineCounter counter = new LineCounter(language);
            boolean marked;
            if (size <= STREAM_THRESHOLD && !loader.isLarge()) {
                byte[] data = loader.getCachedBytes(Integer.MAX_VALUE);
                counter.feed(data, 0, data.length);
                marked = markers.marks(data, data.length);
            } else {
                try (InputStream in = loader.openStream()) {
                    byte[] buffer = new byte[CHUNK];
                    int n = in.readNBytes(buffer, 0, buffer.length); // CHUNK > the markers' head
                    marked = markers.marks(buffer, n);
                    for (; n > 0; n = in.read(buffer)) {
                        counter.feed(buffer, 0, n);
                    }
                }
            }
            return new Counted(counter.finish(), marked);
        } catch (MissingObjectException e) {
            throw new InputException("tag " + tag + ": " + paths.get(key) + " cannot be read: blob "
                    + key.blob().name() + " is missing", e);
        } catch (IOException | RuntimeException e) {
            throw new InputException("tag " + tag + ": " + paths.get(key) + " cannot be read (blob "
                    + key.blob().name() + "): " + describe(e), e);
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static void awaitAll(List<Future<?>> workers, AtomicInteger next, int size) {
        RuntimeException failure = null;
        for (Future<?> worker : workers) {
            try {
                worker.get();
            } catch (ExecutionException e) {
                next.set(size); // let the other workers stop at their next blob
                if (failure == null || failure instanceof CancellationException) {
                    failure = e.getCause() instanceof RuntimeException r ? r
                            : new InputException("counting failed: " + describe(e.getCause()), e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                next.set(size);
                failure = new CancellationException("interrupted");
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
