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
import org.oxidation.testing.RepositoryFingerprint;
import org.oxidation.testing.TestHistory;

/** The real command in a separate JVM: small heaps and Ctrl-C. */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class ProcessLevelTest {

    @TempDir
    Path dir;

    private static ProcessBuilder oxidation(String heap, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
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
        Process process = oxidation("-Xmx256m", "count", "--repo", repo.toString(), "--no-cache",
                "--csv", dir.resolve("out.csv").toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(150, TimeUnit.SECONDS), output);
        assertEquals(0, process.exitValue(), output);
        List<String> csv = Files.readAllLines(dir.resolve("out.csv"));
        long pairs = size / pair.length;
        assertTrue(csv.get(1).endsWith(",drivers,C,1," + 2 * pairs + "," + pairs + "," + pairs + ",0,0,0,0,,0,0"), csv.get(1));
    }

    @Test
    void ctrlCStopsPromptlyWritesNothingAndTheNextRunIsCorrect() throws Exception {
        Path repo = dir.resolve("many.git");
        try (TestHistory history = TestHistory.bare(repo)) {
            Map<String, String> files = new HashMap<>();
            for (int tag = 0; tag < 20; tag++) {
                for (int i = 0; i < 400; i++) {
                    files.put("d" + (i % 8) + "/t" + tag + "_" + i + ".c", ("int v" + tag + "_" + i + ";\n").repeat(600));
                }
                history.commit("v1." + tag, files);
            }
        }
        String before = RepositoryFingerprint.of(repo);
        Path cache = dir.resolve("cache");
        Path out = dir.resolve("out.csv");
        Process process = oxidation("-Xmx512m", "count", "--repo", repo.toString(), "--cache-dir", cache.toString(),
                "--csv", out.toString()).start();
        StringBuilder stderr = new StringBuilder();
        try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line = err.readLine();
            stderr.append(line).append('\n');
            assertTrue(line != null && line.startsWith("[1/20]"), "first tag reported: " + line);
            new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
            assertTrue(process.waitFor(20, TimeUnit.SECONDS), "stops promptly");
            err.lines().forEach(l -> stderr.append(l).append('\n'));
        }
        assertEquals(130, process.exitValue(), stderr.toString());
        assertTrue(stderr.toString().contains("oxidation: interrupted, stopping"), stderr.toString());
        assertFalse(Files.exists(out), "no partial CSV");
        assertEquals(before, RepositoryFingerprint.of(repo));

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
}
