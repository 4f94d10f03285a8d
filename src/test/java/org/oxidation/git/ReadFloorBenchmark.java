package org.oxidation.git;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.oxidation.count.LanguageRules;
import org.oxidation.model.ProgressMonitor;

/**
 * How fast this JVM can merely read a list of blobs the way a cold count reads them (the same pack cache
 * tuning, pack order, one shared queue, one {@link ObjectReader} per thread, the whole blob as a byte
 * array), doing nothing with the bytes but counting their newlines: the part of a cold count that no
 * lexer, tree walk or cache can take away. Not a unit test; run after {@code mvn test-compile} from
 * {@code src/bench/read-floor.sh}, which times {@code git cat-file --batch} over the same ids beside it:
 * {@code java -cp target/oxidation.jar:target/test-classes org.oxidation.git.ReadFloorBenchmark REPO IDS [THREADS]}
 * with IDS a file of blob ids, one per line. Prints one line: blobs, bytes, newlines, wall and CPU seconds.
 */
public final class ReadFloorBenchmark {

    private ReadFloorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        Path repo = Path.of(args[0]);
        List<ObjectId> ids = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[1]))) {
            if (!line.isBlank()) {
                ids.add(ObjectId.fromString(line.trim()));
            }
        }
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        AtomicLong bytes = new AtomicLong();
        AtomicLong newlines = new AtomicLong();
        if (Boolean.getBoolean("count")) {
            countPasses(repo, ids, threads);
        } else if (Boolean.getBoolean("packs")) {
            PackObjects packs = PackObjects.open(repo.resolve(".git/objects").toFile().isDirectory()
                    ? repo.resolve(".git/objects") : repo.resolve("objects"), 256L << 20);
            List<ObjectId> queue = new ArrayList<>(ids);
            java.util.Map<ObjectId, Long> positions = new java.util.HashMap<>();
            queue.forEach(id -> positions.put(id, packs.packPosition(id)));
            queue.sort(java.util.Comparator.comparingLong(positions::get));
            readAllPacks(packs, queue, threads, bytes, newlines);
            for (int pass = 2; pass <= Integer.getInteger("passes", 1); pass++) {
                long passStart = System.nanoTime();
                readAllPacks(PackObjects.open(repo.resolve("objects"), 256L << 20), queue, threads, bytes, newlines);
                System.out.printf("pass %d: %.3f s%n", pass, (System.nanoTime() - passStart) / 1e9);
            }
        } else {
            try (Repository repository = RepositoryOpener.open(repo)) {
                List<ObjectId> queue = PackOrder.sort(repository, ids, id -> id);
                readAll(repository, queue, threads, bytes, newlines);
            }
        }
        double wall = (System.nanoTime() - start) / 1e9;
        double cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
        System.out.printf("read-only: %d blobs, %d MB, %d newlines, %d threads: %.2f s wall, %.2f s CPU"
                        + " (in the JVM, after its start)%n",
                ids.size(), bytes.get() >> 20, newlines.get(), threads, wall, cpu);
    }

    /**
     * With {@code -Dcount=true}: the count's own path ({@link BlobReader#countAll}: pack order, the mapped
     * reader, the lexer, the generated-file markers) over the ids as C files, {@code -Dpasses=N} times in
     * one JVM, each pass with fresh blob counts; prints each pass's time.
     */
    private static void countPasses(Path repo, List<ObjectId> ids, int threads) {
        LanguageRules rules = LanguageRules.standard();
        java.util.Map<BlobCounts.Key, String> toCount = new java.util.LinkedHashMap<>();
        ids.forEach(id -> toCount.put(new BlobCounts.Key(id, "C"), id.name() + ".c"));
        try (Repository repository = RepositoryOpener.open(repo);
             BlobReader reader = new BlobReader(repository, threads)) {
            for (int pass = 1; pass <= Integer.getInteger("passes", 1); pass++) {
                long passStart = System.nanoTime();
                reader.countAll("pass" + pass, toCount, rules, new BlobCounts(), ProgressMonitor.NONE);
                System.out.printf("count pass %d: %.3f s%n", pass, (System.nanoTime() - passStart) / 1e9);
            }
        }
    }

    private static void readAll(Repository repository, List<ObjectId> queue, int threads, AtomicLong bytes,
                                AtomicLong newlines) throws Exception {
        onThreads(threads, queue.size(), () -> {
            ObjectReader reader = repository.newObjectReader();
            return new Worker(i -> read(reader, queue.get(i), bytes, newlines), reader::close);
        });
    }

    private static void readAllPacks(PackObjects packs, List<ObjectId> queue, int threads, AtomicLong bytes,
                                     AtomicLong newlines) throws Exception {
        onThreads(threads, queue.size(), () -> {
            PackObjects.Cursor cursor = packs.newCursor();
            return new Worker(i -> {
                byte[] data = cursor.load(packs.find(queue.get(i))).bytes();
                newlines.addAndGet(newlines(data, data.length));
                bytes.addAndGet(data.length);
            }, () -> {
                System.out.println("deltas applied by one reader: " + cursor.deltasApplied());
                cursor.close();
            });
        });
    }

    /** What one thread does with item {@code i} of the shared queue, and once it is done. */
    private record Worker(ItemReader item, Runnable done) {
    }

    private interface ItemReader {
        void read(int i) throws IOException;
    }

    /** Runs {@code threads} workers over one shared queue of {@code size} items, as the count does. */
    private static void onThreads(int threads, int size, java.util.function.Supplier<Worker> workerOfThread)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                Worker worker = workerOfThread.get();
                try {
                    for (int i = next.getAndIncrement(); i < size; i = next.getAndIncrement()) {
                        worker.item().read(i);
                    }
                } finally {
                    worker.done().run();
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
    }

    private static void read(ObjectReader reader, ObjectId id, AtomicLong bytes, AtomicLong newlines)
            throws IOException {
        ObjectLoader loader = reader.open(id, Constants.OBJ_BLOB);
        if (!loader.isLarge() && loader.getSize() <= BlobReader.STREAM_THRESHOLD) {
            byte[] data = loader.getCachedBytes(Integer.MAX_VALUE);
            newlines.addAndGet(newlines(data, data.length));
            bytes.addAndGet(data.length);
            return;
        }
        try (InputStream in = loader.openStream()) {
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                newlines.addAndGet(newlines(buffer, n));
                bytes.addAndGet(n);
            }
        }
    }

    private static long newlines(byte[] data, int length) {
        long count = 0;
        for (int i = 0; i < length; i++) {
            if (data[i] == '\n') {
                count++;
            }
        }
        return count;
    }
}
