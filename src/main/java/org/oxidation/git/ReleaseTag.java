package org.oxidation.git;

import java.time.OffsetDateTime;
import org.eclipse.jgit.lib.ObjectId;

/**
 * A tag selected for sampling, peeled to its commit. Immutable and thread-safe.
 *
 * @param name   the tag name without {@code refs/tags/}
 * @param commit the commit the tag points at, after peeling annotated tags
 * @param tree   the commit's root tree
 * @param date   the commit's committer time with its offset
 */
public record ReleaseTag(String name, ObjectId commit, ObjectId tree, OffsetDateTime date) {
}
