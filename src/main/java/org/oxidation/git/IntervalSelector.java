package org.oxidation.git;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.oxidation.model.InputException;

/**
 * Selects samples along a branch at fixed intervals, as git-of-theseus does: one sample per interval
 * boundary (midnight UTC of the day in its label, {@code 2025-03-01}), the last commit on REF's
 * first-parent chain at or before it, the commit {@code git rev-list --first-parent --before=BOUNDARY -1 REF}
 * names. Boundaries run from the first one on or after {@code since} (default: the chain's oldest commit)
 * to the last one on or before {@code until} (default: REF's own commit). An interval without commits
 * repeats the commit of the boundary before it, under its own label; boundaries before the chain's first
 * commit have nothing to sample and are left out. Stateless and thread-safe.
 */
public final class IntervalSelector {

    /** What to sample: every {@code interval} along {@code ref}, between optional dates. */
    public record Request(Interval interval, String ref, LocalDate since, LocalDate until) {
    }

    /** One commit of the first-parent chain. */
    private record Link(ObjectId commit, ObjectId tree, long seconds, OffsetDateTime date) {
    }

    private IntervalSelector() {
    }

    /** Parses a date of {@code --since}/{@code --until}: {@code 2024-03-01} or an ISO-8601 date-time. */
    public static LocalDate parseDate(String option, String text) {
        if (text == null) {
            return null;
        }
        try {
            return text.length() <= 10 ? LocalDate.parse(text)
                    : OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        } catch (DateTimeParseException e) {
            throw new InputException(option + " takes a date such as 2024-03-01, not '" + text + "'");
        }
    }

    /** The samples, oldest first; an {@link InputException} when there are none. */
    public static List<ReleaseTag> select(Repository repository, Request request) {
        List<Link> chain = firstParentChain(repository, request.ref());
        LocalDate since = request.since() != null ? request.since()
                : chain.get(chain.size() - 1).date().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        LocalDate until = request.until() != null ? request.until()
                : chain.get(0).date().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        List<ReleaseTag> samples = new ArrayList<>();
        for (LocalDate boundary = request.interval().firstBoundaryFrom(since); !boundary.isAfter(until);
             boundary = request.interval().next(boundary)) {
            long seconds = boundary.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
            Link link = lastAtOrBefore(chain, seconds);
            if (link != null) {
                samples.add(new ReleaseTag(boundary.toString(), link.commit(), link.tree(), link.date()));
            }
        }
        if (samples.isEmpty()) {
            throw new InputException("no commit of " + request.ref() + " lies at or before a boundary of every "
                    + request.interval() + " between " + since + " and " + until);
        }
        return samples;
    }

    /**
     * The tags among {@code tags} whose commit is in REF's history (reachable from it, through merges
     * too), so that a branch's timeline marks its own releases and not those of a stable branch beside it.
     */
    public static List<ReleaseTag> reachable(Repository repository, String ref, List<ReleaseTag> tags) {
        java.util.Set<ObjectId> history = new java.util.HashSet<>();
        try (RevWalk walk = new RevWalk(repository)) {
            walk.setRetainBody(false);
            walk.markStart(walk.parseCommit(resolve(repository, ref)));
            for (RevCommit commit : walk) {
                history.add(commit.copy());
            }
        } catch (IOException e) {
            throw new InputException("cannot read the history of " + ref + ": " + e.getMessage(), e);
        }
        return tags.stream().filter(tag -> history.contains(tag.commit())).toList();
    }

    /** The first commit in first-parent order (from the tip) whose committer time is at or before {@code seconds}. */
    private static Link lastAtOrBefore(List<Link> chain, long seconds) {
        for (Link link : chain) {
            if (link.seconds() <= seconds) {
                return link;
            }
        }
        return null;
    }

    /** REF's first-parent chain, tip first. */
    private static List<Link> firstParentChain(Repository repository, String ref) {
        List<Link> chain = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository)) {
            ObjectId tip = resolve(repository, ref);
            RevCommit commit = walk.parseCommit(tip);
            while (commit != null) {
                var ident = commit.getCommitterIdent();
                Instant when = ident.getWhenAsInstant();
                chain.add(new Link(commit.copy(), commit.getTree().copy(), when.getEpochSecond(),
                        OffsetDateTime.ofInstant(when, ident.getZoneId())));
                commit = commit.getParentCount() == 0 ? null : walk.parseCommit(commit.getParent(0));
            }
        } catch (MissingObjectException e) {
            throw new InputException("the history of " + ref + " is incomplete: commit " + e.getObjectId().name()
                    + " is missing (a shallow clone?)", e);
        } catch (IOException e) {
            throw new InputException("cannot read the history of " + ref + ": " + e.getMessage(), e);
        }
        return chain;
    }

    /** A ref, commit id or revision expression ({@code main}, {@code v6.12~3}) as a commit id. */
    static ObjectId resolve(Repository repository, String ref) {
        try {
            ObjectId id = repository.resolve(ref + "^{commit}");
            if (id == null) {
                throw new InputException("no such ref or commit: '" + ref + "'");
            }
            return id;
        } catch (RevisionSyntaxException | IOException e) {
            throw new InputException("'" + ref + "' is not a ref or commit git can read: " + e.getMessage(), e);
        }
    }
}
