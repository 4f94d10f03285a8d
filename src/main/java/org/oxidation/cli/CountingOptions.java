package org.oxidation.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.oxidation.count.Grouping;
import org.oxidation.count.origin.OriginProfile;
import org.oxidation.count.origin.OriginRules;
import org.oxidation.count.origin.OriginSettings;
import org.oxidation.git.CacheSettings;
import org.oxidation.git.CountSession;
import org.oxidation.git.Interval;
import org.oxidation.git.IntervalSelector;
import org.oxidation.git.ReleaseTag;
import org.oxidation.git.TagOrder;
import org.oxidation.git.TagSelector;
import org.oxidation.model.InputException;
import org.oxidation.model.Origin;
import picocli.CommandLine.Option;

/** The options that say how a repository is sampled and counted, shared by {@code count} and {@code export}. */
final class CountingOptions {

    @Option(names = "--tags", paramLabel = "REGEX", defaultValue = TagSelector.DEFAULT_PATTERN,
            description = "Tags to sample (default: ${DEFAULT-VALUE}).")
    String tags;

    @Option(names = "--every", paramLabel = "N(d|w|m|y)",
            description = "Sample a branch every interval instead of at tags: 1m, 2w, 1y, 7d. The tag column holds each sample's date.")
    String every;

    @Option(names = "--ref", paramLabel = "REF", defaultValue = "HEAD",
            description = "With --every: the branch, tag or commit whose first-parent history is sampled (default: ${DEFAULT-VALUE}).")
    String ref;

    @Option(names = "--since", paramLabel = "DATE", description = "With --every: the first date to sample from (2024-01-01).")
    String since;

    @Option(names = "--until", paramLabel = "DATE", description = "With --every: the last date to sample at (default: REF's commit date).")
    String until;

    @Option(names = "--group", paramLabel = "kernel|maintainers|depth:N", defaultValue = "kernel",
            description = "How files are grouped into subsystems (default: ${DEFAULT-VALUE}).")
    String group;

    @Option(names = "--order", paramLabel = "version|date", defaultValue = "version",
            description = "Order of the tags (default: ${DEFAULT-VALUE}).")
    String order;

    @Option(names = "--threads", paramLabel = "N", description = "Threads reading blobs (default: the cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Where counts are cached between runs (default: $XDG_CACHE_HOME/oxidation or ~/.cache/oxidation).")
    Path cacheDir;

    @Option(names = "--no-cache", description = "Neither read nor write the count cache.")
    boolean noCache;

    @Option(names = "--origin-rules", paramLabel = "FILE",
            description = "A file of GLOB=vendored|generated|written lines marking code by origin (these rules come first).")
    Path originRulesFile;

    @Option(names = "--origin", paramLabel = "GLOB=LABEL",
            description = "Mark code as vendored, generated or written, e.g. 'drivers/gpu/drm/amd/include/**=generated'. Repeatable.")
    List<String> origins = new ArrayList<>();

    @Option(names = "--profile", paramLabel = "linux|none", defaultValue = OriginSettings.DETECT,
            description = "The origin profile: linux, none, or detected from each tag's tree (default).")
    String profile;

    @Option(names = "--no-markers", description = "Do not count files whose first lines say they are generated as generated.")
    boolean noMarkers;

    @Option(names = "--exclude", paramLabel = "vendored,generated", split = ",",
            description = "Leave code of these origins out of every row.")
    List<String> exclude = new ArrayList<>();

    /**
     * What to sample: the tags matching {@code --tags}, or with {@code --every} one commit per interval
     * along {@code --ref}.
     */
    List<ReleaseTag> select(CountSession session) {
        if (every == null) {
            if (since != null || until != null) {
                throw new InputException("--since and --until go with --every");
            }
            return session.tags(TagSelector.compile(tags), tagOrder());
        }
        return session.samples(new IntervalSelector.Request(Interval.parse(every), ref,
                IntervalSelector.parseDate("--since", since), IntervalSelector.parseDate("--until", until)));
    }

    Grouping grouping() {
        return Grouping.parse(group);
    }

    TagOrder tagOrder() {
        return TagOrder.parse(order);
    }

    CacheSettings cacheSettings() {
        return new CacheSettings(!noCache, cacheDir != null ? cacheDir : CacheSettings.defaults().root());
    }

    OriginRules originRules() {
        OriginRules fromFile = originRulesFile == null ? OriginRules.NONE : OriginRules.read(originRulesFile);
        return fromFile.plus(OriginRules.parse(origins));
    }

    /** How origins are decided: the user's rules, the profile, markers. */
    OriginSettings originSettings() {
        String chosen = profile.strip().toLowerCase(Locale.ROOT);
        if (!chosen.equals(OriginSettings.DETECT) && !chosen.equals(OriginSettings.NONE)
                && OriginProfile.builtIn(chosen).isEmpty()) {
            throw new InputException("--profile takes " + String.join(", ", OriginProfile.BUILT_IN) + " or none, not '" + profile + "'");
        }
        return new OriginSettings(originRules(), chosen, !noMarkers);
    }

    Set<Origin.Kind> excluded() {
        Set<Origin.Kind> kinds = EnumSet.noneOf(Origin.Kind.class);
        for (String word : exclude) {
            switch (word.strip().toLowerCase(Locale.ROOT)) {
                case "vendored" -> kinds.add(Origin.Kind.VENDORED);
                case "generated" -> kinds.add(Origin.Kind.GENERATED);
                default -> throw new InputException("--exclude takes vendored and/or generated, not '" + word + "'");
            }
        }
        return kinds;
    }
}
