package org.oxidation.git;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryCache;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.FS;
import org.oxidation.model.InputException;

/**
 * Opens a local repository for reading: a bare repository, a {@code .git} directory or a work tree
 * (including one whose {@code .git} is a file, as in linked work trees). Nothing is written to it.
 * Stateless and thread-safe.
 */
public final class RepositoryOpener {

    private RepositoryOpener() {
    }

    public static Repository open(Path path) {
        if (!Files.exists(path)) {
            throw new InputException("no such directory: " + path);
        }
        if (!Files.isDirectory(path)) {
            throw new InputException("not a directory: " + path);
        }
        PackCacheTuning.installOnce();
        SystemConfig.presetOnce();
        File gitDir = RepositoryCache.FileKey.resolve(path.toFile(), FS.DETECTED);
        if (gitDir == null) {
            throw new InputException("not a git repository: " + path);
        }
        try {
            FileRepositoryBuilder builder = new FileRepositoryBuilder().setGitDir(gitDir).setMustExist(true);
            Repository repository = new MappedPackRepository(builder.setup());
            if (!repository.getObjectDatabase().exists()) {
                repository.close();
                throw new InputException("not a git repository: " + path);
            }
            return repository;
        } catch (IOException | IllegalArgumentException e) {
            throw new InputException("cannot open git repository " + path + ": " + e.getMessage(), e);
        }
    }

    /** A short name for titles and file names: the work tree's directory name, or the bare one's. */
    public static String displayName(Path path) {
        Path normal = path.toAbsolutePath().normalize();
        Path name = normal.getFileName();
        if (name != null && name.toString().equals(".git") && normal.getParent() != null) {
            name = normal.getParent().getFileName();
        }
        String text = name == null ? normal.toString() : name.toString();
        return text.endsWith(".git") && text.length() > 4 ? text.substring(0, text.length() - 4) : text;
    }
}
