package org.oxidation.ui.export;

import java.util.List;
import org.oxidation.chart.Sampling;
import org.oxidation.chart.TagMark;
import org.oxidation.git.CountSession;
import org.oxidation.git.Interval;
import org.oxidation.git.IntervalSelector;
import org.oxidation.git.ReleaseTag;
import org.oxidation.git.TagOrder;
import org.oxidation.git.TagSelector;

/**
 * A {@link Sampling} carried out in a count session, the same for the window and the {@code export}
 * command: the samples it chooses and the tags it marks. Stateless and thread-safe.
 */
public final class Samplings {

    private Samplings() {
    }

    /** The samples: the tags matching {@code tagPattern} in {@code order}, or one commit per interval along the ref. */
    public static List<ReleaseTag> select(CountSession session, Sampling sampling, String tagPattern, TagOrder order) {
        if (!sampling.byInterval()) {
            return session.tags(TagSelector.compile(tagPattern), order);
        }
        return session.samples(new IntervalSelector.Request(Interval.parse(sampling.every()), sampling.ref(),
                IntervalSelector.parseDate("--since", sampling.since()), IntervalSelector.parseDate("--until", sampling.until())));
    }

    /** The tags matching {@code tagPattern} in the sampled ref's history, when the sampling marks them. */
    public static List<TagMark> marks(CountSession session, Sampling sampling, String tagPattern) {
        if (!sampling.markTags()) {
            return List.of();
        }
        return session.tagsOn(sampling.ref(), TagSelector.compile(tagPattern)).stream()
                .map(tag -> new TagMark(tag.name(), tag.date())).toList();
    }
}
