package org.oxidation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.oxidation.testing.Commands;
import org.oxidation.testing.RepositoryFingerprint;
import org.oxidation.testing.TestHistory;

/** The real command in a separate JVM: small heaps and Ctrl-C. */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class ProcessLevelTest {

    @TempDir
    Path dir;

    /**
     * The command in a fresh JVM, started through perl to restore SIGINT's default action: a build run in
     * the background of a shell without job control inherits SIGINT ignored, and a JVM that starts with
     * it ignored never runs its shutdown hooks on Ctrl-C (the Ctrl-C test would then wait out its bound).
     */
    private static ProcessBuilder oxidation(String heap, String... args) {
        List<String> command = new ArrayList<>(List.of("perl", "-e", "$SIG{INT} = 'DEFAULT'; exec @ARGV or die $!",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap, "-cp", System.getProperty("java.class.path"), "org.oxidation.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    @Test
    void countsAHundredMegabyteFileWithAQuarterGigabyteHeap() throws Exception {
        Path repo = dir.resolve("big.git");
        // 100 MiB of 32-byte pairs: one code line and one comment line each.
        byte[] pair = "int a = 1; // c\n// comment only\n".getBytes(StandardCharsets.US_ASCII);
        long size = 100L << 20;
        try (TestHistory history = TestHistory.bare(repo)) {
            commitOneFile(history.repository(), "drivers/huge.c", pair, size, "v1.0");
        }
        try (Child child = Child.start(oxidation("-Xmx256m", "count", "--repo", repo.toString(), "--no-cache",
                "--csv", dir.resolve("out.csv").toString()))) {
            assertEquals(0, child.exitWithin(150), child.stderr());
        }
        List<String> csv = Files.readAllLines(dir.resolve("out.csv"));
        long pairs = size / pair.length;
        assertTrue(csv.get(1).endsWith(",drivers,C,1," + 2 * pairs + "," + pairs + "," + pairs + ",0,0,0,0,,0,0"), csv.get(1));
    }

    /**
     * The child cannot finish before the Ctrl-C: one blob of the second tag is a named pipe (a FIFO) in
     * place of its loose object file, so reading it waits until this test writes the object, which it
     * does only once the child has said it was interrupted. No timing decides the outcome.
     */
    @Test
    void ctrlCStopsPromptlyWritesNothingAndTheNextRunIsCorrect() throws Exception {
        Path repo = dir.resolve("many.git");
        ObjectId held;
        try (TestHistory history = TestHistory.bare(repo)) {
            Map<String, String> files = new HashMap<>();
            for (int tag = 0; tag < 20; tag++) {
                for (int i = 0; i < 400; i++) {
                    files.put("d" + (i % 8) + "/t" + tag + "_" + i + ".c", ("int v" + tag + "_" + i + ";\n").repeat(600));
                }
                history.commit("v1." + tag, files);
            }
            held = history.blob(TestHistory.text(files.get("d0/t1_0.c")));
        }
        Path looseObject = repo.resolve("objects").resolve(held.name().substring(0, 2)).resolve(held.name().substring(2));
        byte[] objectBytes = Files.readAllBytes(looseObject);
        Files.delete(looseObject);
        Commands.run(null, "mkfifo", looseObject.toString());
        String before = RepositoryFingerprint.of(repo);
        Path cache = dir.resolve("cache");
        Path out = dir.resolve("out.csv");
        try (Child child = Child.start(oxidation("-Xmx512m", "count", "--repo", repo.toString(), "--cache-dir",
                cache.toString(), "--csv", out.toString()))) {
            String first = child.awaitLine(line -> line.startsWith("["), 60);
            assertTrue(first.startsWith("[1/20]"), "first tag reported: " + first + "\n" + child.stderr());
            Commands.run(null, "kill", "-INT", Long.toString(child.pid()));
            child.awaitLine(line -> line.equals("oxidation: interrupted, stopping"), 60);
            HeldBlob release = HeldBlob.release(looseObject, objectBytes);
            try {
                assertEquals(130, child.exitWithin(60), child.stderr());
            } finally {
                release.close();
            }
            assertFalse(Files.exists(out), "no partial CSV");
        }
        assertEquals(before, RepositoryFingerprint.of(repo));

        Files.delete(looseObject);
        Files.write(looseObject, objectBytes);
        StringWriter ignored = new StringWriter();
        assertEquals(0, OxidationCommand.newCommandLine(new PrintWriter(ignored)).execute("count", "--repo",
                repo.toString(), "--cache-dir", cache.toString(), "--csv", out.toString()));
        Path fresh = dir.resolve("fresh.csv");
        assertEquals(0, OxidationCommand.newCommandLine(new PrintWriter(ignored)).execute("count", "--repo",
                repo.toString(), "--no-cache", "--csv", fresh.toString()));
        assertEquals(Files.readAllLines(fresh), Files.readAllLines(out));
    }

    /** Streams a large blob into the repository without holding it in memory. */
    private static void commitOneFile(Repository repository, String path, byte[] unit, long size, String tag)
            throws Exception {
        try (ObjectInserter inserter = repository.newObjectInserter()) {
            ObjectId blob = inserter.insert(Constants.OBJ_BLOB, size, repeating(unit, size));
            DirCache index = DirCache.newInCore();
            DirCacheBuilder builder = index.builder();
            DirCacheEntry entry = new DirCacheEntry(path);
            entry.setFileMode(FileMode.REGULAR_FILE);
            entry.setObjectId(blob);
            builder.add(entry);
            builder.finish();
            CommitBuilder commit = new CommitBuilder();
            PersonIdent ident = new PersonIdent("Test", "test@example.org");
            commit.setAuthor(ident);
            commit.setCommitter(ident);
            commit.setTreeId(index.writeTree(inserter));
            commit.setMessage("big");
            ObjectId id = inserter.insert(commit);
            inserter.flush();
            RefUpdate update = repository.updateRef(Constants.R_TAGS + tag);
            update.setNewObjectId(id);
            update.update();
        }
    }

    private static InputStream repeating(byte[] unit, long size) {
        return new InputStream() {
            long position;

            @Override
            public int read() {
                return position < size ? unit[(int) (position++ % unit.length)] & 0xFF : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (position >= size) {
                    return -1;
                }
                int n = (int) Math.min(len, size - position);
                for (int i = 0; i < n; i++) {
                    b[off + i] = unit[(int) (position++ % unit.length)];
                }
                return n;
            }
        };
    }

    /**
     * Writes a held object into its FIFO from a thread of its own (opening a FIFO to write waits for a
     * reader). On close, a child that never came to read it (it stopped first) is stood in for by this
     * test, so that the writer ends either way.
     */
    private static final class HeldBlob implements AutoCloseable {
        private final Path fifo;
        private final CompletableFuture<Void> written;

        private HeldBlob(Path fifo, CompletableFuture<Void> written) {
            this.fifo = fifo;
            this.written = written;
        }

        static HeldBlob release(Path fifo, byte[] bytes) {
            return new HeldBlob(fifo, CompletableFuture.runAsync(() -> {
                try {
                    Files.write(fifo, bytes);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, Child.daemons()));
        }

        @Override
        public void close() throws java.io.IOException {
            if (!written.isDone()) {
                try (InputStream in = Files.newInputStream(fifo)) {
                    in.readAllBytes();
                }
            }
            written.orTimeout(60, TimeUnit.SECONDS).join();
        }
    }

    /**
     * A child JVM whose stderr (with stdout) is read line by line on a thread of its own, so that every
     * wait here has a bound: a blocking pipe read on the test's thread could not be interrupted by
     * {@code @Timeout}. Closing kills the child if it still runs.
     */
    private static final class Child implements AutoCloseable {
        private final Process process;
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final StringBuffer all = new StringBuffer();

        private Child(Process process) {
            this.process = process;
        }

        static Child start(ProcessBuilder builder) throws java.io.IOException {
            Child child = new Child(builder.redirectErrorStream(true).start());
            CompletableFuture.runAsync(child::pump, daemons());
            return child;
        }

        static java.util.concurrent.Executor daemons() {
            return task -> {
                Thread thread = new Thread(task, "process-level-test");
                thread.setDaemon(true);
                thread.start();
            };
        }

        private void pump() {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    all.append(line).append('\n');
                    lines.add(line);
                }
            } catch (java.io.IOException e) {
                all.append("(output unreadable: ").append(e.getMessage()).append(")\n");
            }
        }

        long pid() {
            return process.pid();
        }

        /** The first line (not yet taken) that passes the test; fails when none comes within the bound. */
        String awaitLine(java.util.function.Predicate<String> wanted, long seconds) throws InterruptedException {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            for (long left = until - System.nanoTime(); left > 0; left = until - System.nanoTime()) {
                String line = lines.poll(left, TimeUnit.NANOSECONDS);
                if (line != null && wanted.test(line)) {
                    return line;
                }
            }
            throw new AssertionError("no such line within the bound; output so far:\n" + all);
        }

        int exitWithin(long seconds) throws InterruptedException {
            assertTrue(process.waitFor(seconds, TimeUnit.SECONDS), "the child ends; output so far:\n" + all);
            return process.exitValue();
        }

        String stderr() {
            return all.toString();
        }

        @Override
        public void close() {
            process.destroyForcibly();
        }
    }
}
