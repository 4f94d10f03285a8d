package org.oxidation.git;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.oxidation.model.InputException;

/**
 * Samples named refs as they are given: a tag, a branch, a commit id or a revision expression such as
 * {@code main~3}, each named by its text (so two branches compare as {@code master} → {@code rust-next}).
 * Stateless and thread-safe.
 */
public final class RefSelector {

    private RefSelector() {
    }

    /** One sample per ref, in the order given; an {@link InputException} for a ref git cannot resolve. */
    public static List<ReleaseTag> select(Repository repository, List<String> refs) {
        List<ReleaseTag> samples = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository)) {
            for (String ref : refs) {
                if (samples.stream().anyMatch(sample -> sample.name().equals(ref))) {
                    throw new InputException("--ref " + ref + " is given twice");
                }
                RevCommit commit = walk.parseCommit(IntervalSelector.resolve(repository, ref));
                var ident = commit.getCommitterIdent();
                samples.add(new ReleaseTag(ref, commit.copy(), commit.getTree().copy(),
                        OffsetDateTime.ofInstant(ident.getWhenAsInstant(), ident.getZoneId())));
            }
        } catch (IOException e) {
            throw new InputException("cannot read the commits of " + String.join(", ", refs) + ": " + e.getMessage(), e);
        }
        return samples;
    }
}
