package org.oxidation.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
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
import org.eclipse.jgit.lib.TagBuilder;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Builds tagged histories for tests in a bare repository under a temporary directory: each
 * {@link #commit} writes a whole tree (path → content) as one commit on main. Not thread-safe.
 */
public final class TestHistory implements AutoCloseable {

    private final Repository repository;
    private ObjectId head;
    private long clock = Instant.parse("2024-01-01T12:00:00Z").getEpochSecond();

    private TestHistory(Repository repository) {
        this.repository = repository;
    }

    /** A new bare repository in {@code dir}. */
    public static TestHistory bare(Path dir) throws IOException {
        Repository repository = FileRepositoryBuilder.create(dir.toFile());
        repository.create(true);
        return new TestHistory(repository);
    }

    public Repository repository() {
        return repository;
    }

    public Path directory() {
        return repository.getDirectory().toPath();
    }

    /** A file's content given as text. */
    public static byte[] text(String content) {
        return content.getBytes(StandardCharsets.UTF_8);
    }

    /** Commits the tree and tags it with a lightweight tag; returns the commit id. */
    public ObjectId commit(String tag, Map<String, String> files) throws IOException {
        Map<String, byte[]> bytes = new TreeMap<>();
        files.forEach((path, content) -> bytes.put(path, text(content)));
        return commitBytes(tag, bytes);
    }

    /** Commits a tree of raw contents and tags it (tag may be null for no tag). */
    public ObjectId commitBytes(String tag, Map<String, byte[]> files) throws IOException {
        return commitEntries(tag, files, Map.of());
    }

    /**
     * Commits regular files plus special entries (path → mode, e.g. {@link FileMode#SYMLINK} with the
     * link target as content, or {@link FileMode#GITLINK} whose content is ignored).
     */
    public ObjectId commitEntries(String tag, Map<String, byte[]> files, Map<String, FileMode> modes)
            throws IOException {
        ObjectId tree;
        try (ObjectInserter inserter = repository.newObjectInserter()) {
            tree = writeTree(inserter, files, modes);
            inserter.flush();
        }
        return commitTree(tag, tree);
    }

    /**
     * Commits a tree written beforehand (e.g. with {@link org.eclipse.jgit.lib.TreeFormatter}, for shapes
     * a path map cannot give cheaply) and tags it (tag may be null for no tag); returns the commit id.
     */
    public ObjectId commitTree(String tag, ObjectId tree) throws IOException {
        try (ObjectInserter inserter = repository.newObjectInserter()) {
            CommitBuilder commit = new CommitBuilder();
            PersonIdent ident = nextIdent();
            commit.setAuthor(ident);
            commit.setCommitter(ident);
            commit.setTreeId(tree);
            commit.setMessage("commit for " + tag);
            if (head != null) {
                commit.setParentId(head);
            }
            head = inserter.insert(commit);
            inserter.flush();
        }
        updateRef(Constants.R_HEADS + "main", head);
        if (tag != null) {
            updateRef(Constants.R_TAGS + tag, head);
        }
        return head;
    }

    /**
     * Commits files at a chosen time ({@code 2024-03-05T08:00:00Z}) on the given parents, first parent
     * first, and points {@code ref} (a full name such as refs/heads/side, or null) at it; main is left alone.
     */
    public ObjectId commitAt(String when, String ref, Map<String, String> files, ObjectId... parents) throws IOException {
        ObjectId id;
        try (ObjectInserter inserter = repository.newObjectInserter()) {
            Map<String, byte[]> bytes = new TreeMap<>();
            files.forEach((path, content) -> bytes.put(path, text(content)));
            CommitBuilder commit = new CommitBuilder();
            PersonIdent ident = new PersonIdent("Test", "test@example.org", Instant.parse(when), ZoneOffset.UTC);
            commit.setAuthor(ident);
            commit.setCommitter(ident);
            commit.setTreeId(writeTree(inserter, bytes, Map.of()));
            commit.setParentIds(parents);
            commit.setMessage("commit at " + when);
            id = inserter.insert(commit);
            inserter.flush();
        }
        if (ref != null) {
            updateRef(ref, id);
        }
        return id;
    }

    /** An annotated tag object pointing at {@code target}, under refs/tags/NAME. */
    public ObjectId annotatedTag(String name, ObjectId target, int type) throws IOException {
        try (ObjectInserter inserter = repository.newObjectInserter()) {
            TagBuilder tag = new TagBuilder();
            tag.setTag(name);
            tag.setObjectId(target, type);
            tag.setTagger(nextIdent());
            tag.setMessage("release " + name);
            ObjectId id = inserter.insert(tag);
            inserter.flush();
            updateRef(Constants.R_TAGS + name, id);
            return id;
        }
    }

    /** Points refs/tags/NAME straight at any object id (a tree, a blob, or a missing object). */
    public void rawTag(String name, ObjectId target) throws IOException {
        // Written as a loose ref file: JGit refuses to point a ref at a missing object, git does not.
        java.nio.file.Path ref = directory().resolve(Constants.R_TAGS + name);
        java.nio.file.Files.createDirectories(ref.getParent());
        java.nio.file.Files.writeString(ref, target.name() + "\n");
        repository.getRefDatabase().refresh();
    }

    /** Inserts a blob and returns its id. */
    public ObjectId blob(byte[] content) throws IOException {
        try (ObjectInserter inserter = repository.newObjectInserter()) {
            ObjectId id = inserter.insert(Constants.OBJ_BLOB, content);
            inserter.flush();
            return id;
        }
    }

    private ObjectId writeTree(ObjectInserter inserter, Map<String, byte[]> files, Map<String, FileMode> modes)
            throws IOException {
        DirCache index = DirCache.newInCore();
        DirCacheBuilder builder = index.builder();
        Map<String, byte[]> all = new TreeMap<>(files);
        modes.keySet().forEach(path -> all.putIfAbsent(path, new byte[0]));
        for (Map.Entry<String, byte[]> file : all.entrySet()) {
            DirCacheEntry entry = new DirCacheEntry(file.getKey());
            FileMode mode = modes.getOrDefault(file.getKey(), FileMode.REGULAR_FILE);
            entry.setFileMode(mode);
            entry.setObjectId(mode == FileMode.GITLINK
                    ? ObjectId.fromString("0123456789012345678901234567890123456789")
                    : inserter.insert(Constants.OBJ_BLOB, file.getValue()));
            builder.add(entry);
        }
        builder.finish();
        return index.writeTree(inserter);
    }

    private PersonIdent nextIdent() {
        clock += 86_400;
        return new PersonIdent("Test", "test@example.org", Instant.ofEpochSecond(clock), ZoneOffset.ofHours(1));
    }

    private void updateRef(String name, ObjectId target) throws IOException {
        RefUpdate update = repository.updateRef(name);
        update.setNewObjectId(target);
        update.setForceUpdate(true);
        RefUpdate.Result result = update.update();
        if (result != RefUpdate.Result.NEW && result != RefUpdate.Result.FORCED
                && result != RefUpdate.Result.NO_CHANGE && result != RefUpdate.Result.FAST_FORWARD) {
            throw new IOException("cannot update " + name + ": " + result);
        }
    }

    @Override
    public void close() {
        repository.close();
    }
}
