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
import org.eclipse.jgit.errors.LargeObjectException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.oxidation.count.Language;
import org.oxidation.count.LanguageRules;
import org.oxidation.count.LexerWarmUp;
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
 * <p>A present blob must never be reported missing. JGit's pack directory treats any error while reading
 * a pack that it does not see as permanent (a delta base it could not allocate under a tight heap, seen
 * in the stress benchmark: docs/reliability.md; a failed memory map; a channel closed because some thread
 * was interrupted in a read) as "not in this pack", so the object is
 * "missing" to that read; and a pack channel closed by an interrupt stays closed for every thread until
 * the pack's windows are all dropped. So the readers are never interrupted (cancellation is a flag they
 * poll, and {@link #close()} lets idle threads end), and a blob that fails to read is read once more
 * with a fresh reader after the pack list has been dropped and rescanned ({@link PackRescan}); only a
 * second failure is reported. A blob JGit could not allocate under a full heap is tried once more too,
 * alone among the large reads.
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
    private static final int WARM_UP_ROUNDS = 60;

    private final Repository repository;
    private final int threads;
    private final ExecutorService pool;
    private final AtomicLong blobsRead = new AtomicLong();
    /** Once per JVM: the JIT's profile is the process's, and a second warm-up (a window's Refresh after its
     *  NewTagWarmUp) only kept one of the two reader threads from the new tag's blobs. */
    private static final java.util.concurrent.atomic.AtomicBoolean WARMED_UP = new java.util.concurrent.atomic.AtomicBoolean();
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

    /**
     * Once per process, on one of this reader's threads: runs the lexer over {@link LexerWarmUp}'s sample,
     * so that its compiled code has seen every kind of token before the first blob is counted. The caller
     * goes on (the tree scan); counting starts behind it on the same queue.
     */
    void warmUp(LanguageRules rules) {
        if (WARMED_UP.compareAndSet(false, true)) {
            pool.submit(() -> LexerWarmUp.run(rules, WARM_UP_ROUNDS));
        }
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
                        if (monitor.isCancelled() || Thread.interrupted()) {
                            // An interrupt is taken as a cancel, and cleared: reading on with the flag set
                            // would close the pack's channel under every other reader.
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

    /** Counts one blob; a failed read is tried once more with a fresh reader over a rescanned pack list. */
    private Counted count(String tag, ObjectReader reader, BlobCounts.Key key, Language language,
                          GeneratedMarkers markers, Map<BlobCounts.Key, String> paths, AtomicLong bytes) {
        try {
            return read(reader, key, language, markers, bytes);
        } catch (IOException | LargeObjectException.OutOfMemory first) {
            if (first instanceof IOException) {
                PackRescan.reopen(repository);
            }
            // The second try waits for the large reads of the other threads: under a tight heap a blob's
            // array can fail to allocate while they inflate (the JVM gives up waiting for its GC locker).
            largeBlobs.lock();
            try (ObjectReader fresh = repository.newObjectReader()) {
                return read(fresh, key, language, markers, bytes);
            } catch (MissingObjectException e) {
                throw new InputException("tag " + tag + ": " + paths.get(key) + " cannot be read: blob "
                        + key.blob().name() + " is missing", e);
            } catch (IOException | RuntimeException e) {
                throw cannotRead(tag, key, paths, e);
            } finally {
                largeBlobs.unlock();
            }
        } catch (RuntimeException e) {
            throw cannotRead(tag, key, paths, e);
        }
    }

    private static InputException cannotRead(String tag, BlobCounts.Key key, Map<BlobCounts.Key, String> paths,
                                             Exception e) {
        return new InputException("tag " + tag + ": " + paths.get(key) + " cannot be read (blob "
                + key.blob().name() + "): " + describe(e), e);
    }

    private static Counted read(ObjectReader reader, BlobCounts.Key key, Language language, GeneratedMarkers markers,
                                AtomicLong bytes) throws IOException {
        ObjectLoader loader = reader.open(key.blob(), Constants.OBJ_BLOB);
        long size = loader.getSize();
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
        bytes.addAndGet(size);
        return new Counted(counter.finish(), marked);
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

    /** Lets the idle threads end; never interrupts one (see the class comment). */
    @Override
    public void close() {
        pool.shutdown();
    }
}
