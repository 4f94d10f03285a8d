package org.oxidation.git;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevWalk;
import org.oxidation.model.InputException;
import org.oxidation.model.ProgressMonitor;

/**
 * Selects the tags to sample: names matching a pattern, peeled to commits, in version or date order.
 * Tags that point at a tree, a blob or a missing object are skipped with one warning each.
 * Stateless and thread-safe.
 */
public final class TagSelector {

    /** Release tags: {@code v6.12}, {@code v6.12.117}, {@code 2.50.3}; not {@code v6.13-rc1}. */
    public static final String DEFAULT_PATTERN = "^v?\\d+(\\.\\d+)+$";

    private TagSelector() {
    }

    public static Pattern compile(String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new InputException("invalid tag pattern '" + regex + "': " + e.getDescription());
        }
    }

    /** The matching tags, or an {@link InputException} when there are none. */
    public static List<ReleaseTag> select(Repository repository, Pattern pattern, TagOrder order,
                                          ProgressMonitor monitor) {
        List<ReleaseTag> tags = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository)) {
            List<Ref> refs = repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS);
            if (refs.isEmpty()) {
                throw new InputException(repository.resolve(Constants.HEAD) == null
                        ? "the repository is empty: it has no commits and no tags"
                        : "the repository has no tags (Oxidation samples the history at tags)");
            }
            for (Ref ref : refs) {
                String name = ref.getName().substring(Constants.R_TAGS.length());
                if (pattern.matcher(name).find()) {
                    peel(repository, walk, name, ref, monitor, true).ifPresent(tags::add);
                }
            }
        } catch (IOException e) {
            throw new InputException("cannot read the tags of the repository: " + e.getMessage(), e);
        }
        if (tags.isEmpty()) {
            throw new InputException("no tag matches " + pattern.pattern() + " (that points at a commit)");
        }
        tags.sort(order == TagOrder.DATE
                ? Comparator.comparing(ReleaseTag::date).thenComparing(ReleaseTag::name, VersionOrder.INSTANCE)
                : Comparator.comparing(ReleaseTag::name, VersionOrder.INSTANCE));
        return tags;
    }

    /**
     * The tag's commit. A missing object is looked for once more in a fresh walk over a rescanned pack
     * list ({@link PackRescan}) before the tag is skipped: JGit reports a transient pack error as missing.
     */
    private static java.util.Optional<ReleaseTag> peel(Repository repository, RevWalk walk, String name, Ref ref,
                                                       ProgressMonitor monitor, boolean firstTry) throws IOException {
        try {
            RevObject target = walk.parseAny(ref.getObjectId());
            while (target instanceof RevTag tag) {
                target = walk.parseAny(tag.getObject());
            }
            if (target instanceof RevCommit commit) {
                walk.parseHeaders(commit);
                return java.util.Optional.of(new ReleaseTag(name, commit.copy(), commit.getTree().copy(), dateOf(commit)));
            }
            monitor.warn("skipping tag " + name + ": it points at a " + Constants.typeString(target.getType())
                    + ", not a commit");
        } catch (MissingObjectException e) {
            if (firstTry) {
                PackRescan.reopen(repository);
                try (RevWalk fresh = new RevWalk(repository)) {
                    return peel(repository, fresh, name, ref, monitor, false);
                }
            }
            monitor.warn("skipping tag " + name + ": its object " + e.getObjectId().name()
                    + " is missing (shallow or partial clone?)");
        }
        return java.util.Optional.empty();
    }

    private static OffsetDateTime dateOf(RevCommit commit) {
        var ident = commit.getCommitterIdent();
        return OffsetDateTime.ofInstant(ident.getWhenAsInstant(), ident.getZoneId());
    }
}
