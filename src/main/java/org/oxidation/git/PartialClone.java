package org.oxidation.git;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.oxidation.count.LanguageRules;
import org.oxidation.model.InputException;

/**
 * A partial clone ({@code git clone --filter=blob:none}) leaves blobs on its promisor remote, which git
 * fetches when it needs them and JGit cannot. When a tag's blob is missing in such a clone, this says so
 * in one sentence: that the repository is a partial clone, which of the chosen tags need blobs that are
 * not local, and the git command that fetches them. On request ({@code --missing-blobs-via-git}, off by
 * default: it may use the network, and git writes what it fetches into the repository) it has the
 * {@code git} executable fetch a tag's missing blobs in one batch, as git's own lazy fetch does.
 * Stateless and thread-safe.
 */
final class PartialClone {

    private PartialClone() {
    }

    /** The promisor remote's name when the repository is a partial clone. */
    static Optional<String> promisorRemote(Repository repository) {
        Config config = repository.getConfig();
        String named = config.getString(ConfigConstants.CONFIG_EXTENSIONS_SECTION, null, "partialclone");
        if (named != null && !named.isBlank()) {
            return Optional.of(named);
        }
        for (String remote : config.getSubsections(ConfigConstants.CONFIG_REMOTE_SECTION)) {
            if (config.getBoolean(ConfigConstants.CONFIG_REMOTE_SECTION, remote, "promisor", false)) {
                return Optional.of(remote);
            }
        }
        return Optional.empty();
    }

    /**
     * The sentence for a missing object met while counting {@code tags}, or the original error when the
     * repository is not a partial clone.
     */
    static InputException explain(Repository repository, String path, List<ReleaseTag> tags, LanguageRules rules,
                                  InputException missing) {
        Optional<String> remote = promisorRemote(repository);
        if (remote.isEmpty()) {
            return missing;
        }
        List<String> needing = tagsNeedingBlobs(repository, tags, rules);
        String which = needing.isEmpty() ? "some of the chosen tags need" : tagList(needing)
                + (needing.size() == 1 ? " needs" : " need");
        return new PartialCloneException("the repository is a partial clone (git clone --filter) and " + which
                + " blobs that are not local; fetch them with: git -C " + path + " fetch --refetch --no-filter "
                + remote.get(), missing);
    }

    /** The tags whose trees hold a counted file (or a tree) that is not in the local object database. */
    static List<String> tagsNeedingBlobs(Repository repository, List<ReleaseTag> tags, LanguageRules rules) {
        List<String> needing = new ArrayList<>();
        Map<ObjectId, Boolean> complete = new HashMap<>();
        try (ObjectReader reader = repository.newObjectReader()) {
            for (ReleaseTag tag : tags) {
                if (!complete.computeIfAbsent(tag.tree(), tree -> isComplete(reader, tree, rules))) {
                    needing.add(tag.name());
                }
            }
        }
        return needing;
    }

    private static boolean isComplete(ObjectReader reader, ObjectId tree, LanguageRules rules) {
        try {
            return missingBlobs(reader, tree, rules, 1).isEmpty();
        } catch (MissingObjectException e) {
            return false; // a tree of it is not local either (--filter=tree:0)
        } catch (IOException e) {
            return true; // unreadable for another reason: the count reports that itself
        }
    }

    /** Up to {@code limit} blobs of counted files in the tree that are not in the local object database. */
    private static List<ObjectId> missingBlobs(ObjectReader reader, ObjectId tree, LanguageRules rules, int limit)
            throws IOException {
        List<ObjectId> missing = new ArrayList<>();
        try (TreeWalk walk = new TreeWalk(reader)) {
            walk.addTree(tree);
            walk.setRecursive(true);
            while (walk.next() && missing.size() < limit) {
                boolean counted = walk.getFileMode(0) == FileMode.REGULAR_FILE
                        || walk.getFileMode(0) == FileMode.EXECUTABLE_FILE;
                if (counted && rules.forFileName(walk.getNameString()).isPresent()
                        && !reader.has(walk.getObjectId(0))) {
                    missing.add(walk.getObjectId(0));
                }
            }
        }
        return missing;
    }

    /**
     * Has git fetch the tag's missing blobs from the promisor remote in one batch (what git itself runs
     * for a lazy fetch), then drops JGit's pack list so that the new pack is seen. Throws
     * {@link InputException} when there is no promisor remote, git fails or has not finished within
     * {@code bound} (a remote that stopped answering), and {@link java.util.concurrent.CancellationException}
     * when the monitor cancels; either way git and what it started are stopped.
     */
    static void fetchMissingBlobs(Repository repository, ReleaseTag tag, LanguageRules rules,
                                  org.oxidation.model.ProgressMonitor monitor, java.time.Duration bound) {
        String remote = promisorRemote(repository).orElseThrow(() -> new InputException("tag " + tag.name()
                + ": objects are missing, and the repository is not a partial clone that git could fetch them for"));
        List<ObjectId> missing;
        try (ObjectReader reader = repository.newObjectReader()) {
            missing = missingBlobs(reader, tag.tree(), rules, Integer.MAX_VALUE);
        } catch (IOException e) {
            throw new InputException("tag " + tag.name() + ": cannot read its tree: " + e.getMessage(), e);
        }
        if (!missing.isEmpty()) {
            runGitFetch(repository, remote, tag, missing, monitor, bound);
        }
        PackRescan.reopen(repository);
    }

    /** How often a running git fetch is checked for a cancel. */
    private static final long POLL_MILLIS = 100;

    private static void runGitFetch(Repository repository, String remote, ReleaseTag tag, List<ObjectId> blobs,
                                    org.oxidation.model.ProgressMonitor monitor, java.time.Duration bound) {
        ProcessBuilder builder = new ProcessBuilder("git", "--git-dir=" + repository.getDirectory(),
                "-c", "fetch.negotiationAlgorithm=noop", "fetch", remote, "--no-tags", "--no-write-fetch-head",
                "--recurse-submodules=no", "--filter=blob:none", "--stdin")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        try {
            java.nio.file.Path errors = java.nio.file.Files.createTempFile("oxidation-git-fetch", ".txt");
            try {
                Process git = builder.redirectError(errors.toFile()).start();
                try (var ids = new java.io.PrintStream(git.getOutputStream(), false, java.nio.charset.StandardCharsets.US_ASCII)) {
                    blobs.forEach(id -> ids.println(id.name()));
                }
                waitFor(git, monitor, bound, () -> "tag " + tag.name() + ": git did not fetch its " + blobs.size()
                        + " missing blobs from " + remote + " within " + describe(bound) + "; it was stopped");
                int exit = git.exitValue();
                if (exit != 0) {
                    List<String> lines = java.nio.file.Files.readAllLines(errors);
                    throw new InputException("tag " + tag.name() + ": git could not fetch its " + blobs.size()
                            + " missing blobs from " + remote + ": "
                            + (lines.isEmpty() ? "exit " + exit : lines.get(lines.size() - 1)));
                }
            } finally {
                java.nio.file.Files.deleteIfExists(errors);
            }
        } catch (IOException e) {
            throw new InputException("tag " + tag.name() + ": cannot run git to fetch its missing blobs ("
                    + e.getMessage() + "); is git on the PATH?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("interrupted while git fetched blobs");
        }
    }

    /**
     * Waits for git to end, stopping it (and the processes it started, such as its transport) when the
     * monitor cancels or the bound has passed.
     */
    private static void waitFor(Process git, org.oxidation.model.ProgressMonitor monitor, java.time.Duration bound,
                                java.util.function.Supplier<String> tooLong) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        while (!git.waitFor(POLL_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            if (monitor.isCancelled()) {
                stop(git);
                throw new java.util.concurrent.CancellationException("cancelled while git fetched blobs");
            }
            if (System.nanoTime() - deadline > 0) {
                stop(git);
                throw new InputException(tooLong.get());
            }
        }
    }

    /** Its children first: once git is gone they are no longer its descendants. */
    private static void stop(Process git) throws InterruptedException {
        git.descendants().forEach(ProcessHandle::destroyForcibly);
        git.destroyForcibly();
        git.waitFor(POLL_MILLIS * 50, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** "30 minutes", "2 seconds". */
    private static String describe(java.time.Duration bound) {
        long seconds = bound.toSeconds();
        return seconds % 60 == 0 && seconds >= 60 ? plural(seconds / 60, "minute") : plural(seconds, "second");
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }

    private static String tagList(List<String> tags) {
        int shown = Math.min(tags.size(), 5);
        String list = String.join(", ", tags.subList(0, shown));
        return (tags.size() == 1 ? "tag " : "tags ") + list + (tags.size() > shown ? " and " + (tags.size() - shown) + " more" : "");
    }
}
