package org.oxidation.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.eclipse.jgit.lib.Repository;

/**
 * Where a repository's count cache lives: {@code $XDG_CACHE_HOME/oxidation}, else
 * {@code ~/.cache/oxidation}, in a folder named after the repository and a hash of its git directory's
 * real path. Never inside the user's repository. Stateless and thread-safe.
 */
public final class CacheLocation {

    private CacheLocation() {
    }

    /** The default cache root for this environment. */
    public static Path defaultRoot(Map<String, String> env, String userHome) {
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(userHome, ".cache");
        return base.resolve("oxidation");
    }

    public static Path defaultRoot() {
        return defaultRoot(System.getenv(), System.getProperty("user.home"));
    }

    /** The cache file of this repository's blob counts under {@code root}. */
    public static Path blobCountsFile(Path root, Repository repository, int rulesVersion) {
        Path gitDir = repository.getDirectory().toPath().toAbsolutePath().normalize();
        try {
            gitDir = gitDir.toRealPath();
        } catch (IOException e) {
            // The normalized path still identifies the repository well enough.
        }
        String name = RepositoryOpener.displayName(gitDir).replaceAll("[^A-Za-z0-9._-]", "_");
        return root.resolve(name + "-" + shortHash(gitDir.toString())).resolve("blobs-rules" + rulesVersion + ".bin");
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
