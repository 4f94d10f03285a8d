package org.oxidation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.oxidation.testing.Commands;
import org.oxidation.testing.RepositoryFingerprint;
import picocli.CommandLine;

/**
 * Repositories made by the real {@code git} executable, as users make theirs, so that a misreading of
 * git's formats that JGit's own test builders share cannot hide: a work tree with annotated tags, a
 * linked worktree, a clone sharing its objects through alternates, and a blobless partial clone. The
 * expected rows are worked out by hand from the files' text (see {@link #expectedRows}).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class GitMadeRepositoriesTest {

    /** 3 lines: code, comment, blank. */
    private static final String A_C = "int a;\n// the answer\n\n";
    /** 2 lines of code, one of them unsafe. */
    private static final String LIB_RS = "fn f() {}\nunsafe fn g() {}\n";

    @TempDir
    Path dir;

    private Path source;
    private final StringWriter err = new StringWriter();
    private final ByteArrayOutputStream progress = new ByteArrayOutputStream();

    /** v1.0: a.c; v1.1: a.c and rust/lib.rs. Both tags annotated, made with git tag -a. */
    @BeforeEach
    void makeSourceWithGit() throws Exception {
        source = dir.resolve("source");
        Files.createDirectories(source);
        git(source, "init", "-q", "-b", "main");
        git(source, "config", "user.name", "Test");
        git(source, "config", "user.email", "test@example.org");
        git(source, "config", "uploadpack.allowFilter", "true");
        Files.writeString(source.resolve("a.c"), A_C);
        git(source, "add", "a.c");
        git(source, "commit", "-q", "-m", "first");
        git(source, "tag", "-a", "v1.0", "-m", "release 1.0");
        Files.createDirectories(source.resolve("rust"));
        Files.writeString(source.resolve("rust/lib.rs"), LIB_RS);
        git(source, "add", "rust/lib.rs");
        git(source, "commit", "-q", "-m", "second");
        git(source, "tag", "-a", "v1.1", "-m", "release 1.1");
    }

    @Test
    void aWorkTreeWithAnnotatedTagsMadeByGitIsCountedAsItsFilesSay() throws Exception {
        String before = RepositoryFingerprint.of(source);
        assertEquals(0, count(source), err + warnings());
        assertEquals(expectedRows(source), rows());
        assertEquals(before, RepositoryFingerprint.of(source));
    }

    @Test
    void aLinkedWorktreeIsCountedLikeTheRepositoryItBelongsTo() throws Exception {
        Path worktree = dir.resolve("linked");
        git(source, "worktree", "add", "-q", worktree.toString(), "v1.0");
        assertEquals(0, count(worktree), err + warnings());
        assertEquals(expectedRows(source), rows());
    }

    @Test
    void aCloneSharingItsObjectsThroughAlternatesIsCounted() throws Exception {
        Path shared = dir.resolve("shared");
        git(dir, "clone", "-q", "--shared", source.toString(), shared.toString());
        assertEquals(List.of(), listObjects(shared), "every object is borrowed through alternates");
        assertEquals(0, count(shared), err + warnings());
        assertEquals(expectedRows(source), rows());
    }

    @Test
    void aBloblessPartialCloneSaysWhichTagsNeedBlobsAndTheCommandThatFetchesThem() throws Exception {
        Path partial = dir.resolve("partial.git");
        git(dir, "clone", "-q", "--bare", "--filter=blob:none", "--no-local", "file://" + source, partial.toString());
        git(partial, "cat-file", "-p", "v1.0:a.c"); // git fetches this one blob: v1.0 is whole, v1.1 is not
        String before = RepositoryFingerprint.of(partial);
        assertEquals(2, count(partial));
        assertEquals("oxidation: the repository is a partial clone (git clone --filter) and tag v1.1 needs blobs that"
                + " are not local; fetch them with: git -C " + partial + " fetch --refetch --no-filter origin",
                err.toString().strip());
        assertFalse(Files.exists(dir.resolve("out.csv")), "no partial output");
        assertEquals(before, RepositoryFingerprint.of(partial));

        git(dir, "-C", partial.toString(), "fetch", "-q", "--refetch", "--no-filter", "origin");
        err.getBuffer().setLength(0);
        assertEquals(0, count(partial), err + warnings());
        assertEquals(expectedRows(partial), rows());
    }

    /**
     * The rows by hand: v1.0 has a.c (C, 1 file, 3 lines: 1 code, 1 comment, 1 blank) in (root); v1.1
     * adds rust/lib.rs (Rust, 1 file, 2 code lines, 1 unsafe) in rust. The commit ids and dates are
     * asked of git.
     */
    private List<String> expectedRows(Path repo) {
        List<String> rows = new ArrayList<>();
        for (String tag : List.of("v1.0", "v1.1")) {
            String prefix = tag + "," + git(repo, "rev-parse", tag + "^{commit}").strip() + ","
                    + git(repo, "log", "-1", "--format=%cI", tag).strip() + ",";
            rows.add(prefix + "(root),C,1,3,1,1,1,0,0,0,,0,0"); // nothing vendored or generated
            if (tag.equals("v1.1")) {
                rows.add(prefix + "rust,Rust,1,2,2,0,0,1,0,0,,0,0");
            }
        }
        return rows;
    }

    private List<String> rows() throws Exception {
        List<String> lines = Files.readAllLines(dir.resolve("out.csv"));
        return lines.subList(1, lines.size()).stream().sorted().toList();
    }

    private static List<Path> listObjects(Path clone) throws Exception {
        try (var files = Files.walk(clone.resolve(".git/objects"))) {
            return files.filter(Files::isRegularFile).filter(f -> !f.toString().contains("/info/")).toList();
        }
    }

    private static String git(Path dir, String... args) {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        return Commands.run(dir, command.toArray(String[]::new));
    }

    private int count(Path repo) {
        CommandLine commandLine = OxidationCommand.newCommandLine(new PrintWriter(err, true));
        PrintStream saved = System.err;
        System.setErr(new PrintStream(progress, true, StandardCharsets.UTF_8));
        try {
            return commandLine.execute("count", "--repo", repo.toString(), "--cache-dir", dir.resolve("cache").toString(),
                    "--csv", dir.resolve("out.csv").toString());
        } finally {
            System.setErr(saved);
        }
    }

    private String warnings() {
        return progress.toString(StandardCharsets.UTF_8);
    }
}
