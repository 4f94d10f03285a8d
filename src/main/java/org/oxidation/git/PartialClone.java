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
 * not local, and the git command that fetches them. Stateless and thread-safe.
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
        return new InputException("the repository is a partial clone (git clone --filter) and " + which
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
        try (TreeWalk walk = new TreeWalk(reader)) {
            walk.addTree(tree);
            walk.setRecursive(true);
            while (walk.next()) {
                boolean counted = walk.getFileMode(0) == FileMode.REGULAR_FILE
                        || walk.getFileMode(0) == FileMode.EXECUTABLE_FILE;
                if (counted && rules.forFileName(walk.getNameString()).isPresent()
                        && !reader.has(walk.getObjectId(0))) {
                    return false;
                }
            }
            return true;
        } catch (MissingObjectException e) {
            return false; // a tree of it is not local either (--filter=tree:0)
        } catch (IOException e) {
            return true; // unreadable for another reason: the count reports that itself
        }
    }

    private static String tagList(List<String> tags) {
        int shown = Math.min(tags.size(), 5);
        String list = String.join(", ", tags.subList(0, shown));
        return (tags.size() == 1 ? "tag " : "tags ") + list + (tags.size() > shown ? " and " + (tags.size() - shown) + " more" : "");
    }
}
