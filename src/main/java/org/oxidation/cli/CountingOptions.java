package org.oxidation.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.oxidation.count.Grouping;
import org.oxidation.count.OriginRules;
import org.oxidation.git.CacheSettings;
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
            description = "A file of GLOB=vendored|generated lines marking directories by origin.")
    Path originRulesFile;

    @Option(names = "--origin", paramLabel = "GLOB=LABEL",
            description = "Mark directories as vendored or generated, e.g. 'drivers/gpu/drm/amd/include/**=generated'. Repeatable.")
    List<String> origins = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "vendored,generated", split = ",",
            description = "Leave code of these origins out of every row.")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--missing-blobs-via-git",
            description = "In a partial clone, have the git executable fetch the blobs a tag lacks from the promisor "
                    + "remote (may use the network; git writes what it fetches into the repository). Off by default.")
    boolean missingBlobsViaGit;

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
