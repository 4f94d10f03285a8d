package org.oxidation.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Blobless partial clones ({@code git clone --filter=blob:none}) made by the git executable, as users
 * make them: the clone has every commit and tree and no blob. Stateless.
 */
public final class PartialClones {

    /** v1.0: a.c; v1.1 adds rust/lib.rs. */
    public static final String A_C = "int a;\n// the answer\n\n";
    public static final String LIB_RS = "fn f() {}\nunsafe fn g() {}\n";

    private PartialClones() {
    }

    /** A source repository in {@code dir}/source with tags v1.0 and v1.1, and its blobless clone {@code dir}/partial.git. */
    public static Path ofTwoTags(Path dir) throws java.io.IOException {
        Path source = dir.resolve("source");
        Files.createDirectories(source.resolve("rust"));
        git(source, "init", "-q", "-b", "main");
        git(source, "config", "uploadpack.allowFilter", "true");
        Files.writeString(source.resolve("a.c"), A_C);
        commitAndTag(source, "a.c", "v1.0");
        Files.writeString(source.resolve("rust/lib.rs"), LIB_RS);
        commitAndTag(source, "rust/lib.rs", "v1.1");
        Path partial = dir.resolve("partial.git");
        git(dir, "clone", "-q", "--bare", "--filter=blob:none", "--no-local", "file://" + source, partial.toString());
        return partial;
    }

    private static void commitAndTag(Path source, String file, String tag) {
        git(source, "add", file);
        git(source, "-c", "user.name=T", "-c", "user.email=t@example.org", "commit", "-q", "-m", tag);
        git(source, "tag", tag);
    }

    /** Runs git in {@code dir}, failing on a non-zero exit. */
    public static String git(Path dir, String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "git";
        System.arraycopy(args, 0, command, 1, args.length);
        return Commands.run(dir, command);
    }
}
