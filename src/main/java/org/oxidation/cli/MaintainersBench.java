package org.oxidation.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.oxidation.count.Grouping;
import org.oxidation.count.Maintainers;
import org.oxidation.count.Subsystems;
import org.oxidation.git.CountSession;
import org.oxidation.model.Breakdown;
import org.oxidation.model.InputException;
import org.oxidation.model.Snapshot;
import org.oxidation.model.Timeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bench maintainers --repo PATH}: for every tag, the time to parse its MAINTAINERS and to assign
 * every counted file to a section, whether the sections add up exactly to the kernel grouping's totals,
 * and which section owns {@code rust/kernel/}.
 */
@Command(name = "maintainers", mixinStandardHelpOptions = true,
        description = "Time MAINTAINERS parsing and matching per tag and check that sections add up.")
final class MaintainersBench implements Callable<Integer> {

    private static final String PROBE = "rust/kernel/lib.rs";

    @Option(names = "--repo", required = true, paramLabel = "PATH", description = "A repository with MAINTAINERS files.")
    Path repo;

    @Mixin
    CountingOptions options;

    @Override
    public Integer call() {
        StderrProgress progress = new StderrProgress();
        Timeline timeline;
        try (CountSession session = CountSession.open(repo, options.cacheSettings(), options.threads, progress)) {
            timeline = session.sampleAll(session.tags(org.oxidation.git.TagSelector.compile(options.tags),
                    options.tagOrder()), progress, s -> { });
        }
        boolean allEqual = true;
        System.out.println("tag         sections  patterns  parse ms  match ms  files    sections = kernel totals  " + PROBE);
        for (Snapshot snapshot : timeline.snapshots()) {
            if (snapshot.maintainers() == null) {
                System.out.printf("%-11s no MAINTAINERS file%n", snapshot.tag());
                continue;
            }
            Grouping grouping = Grouping.parse("maintainers");
            long start = System.nanoTime();
            grouping.forSnapshot(snapshot); // parses and caches this MAINTAINERS text
            long parsed = System.nanoTime();
            Breakdown bySection = Subsystems.breakdown(snapshot, grouping);
            long matched = System.nanoTime();
            Maintainers maintainers = Maintainers.parse(snapshot.maintainers(), p -> snapshot.root().find(p).isPresent());
            Breakdown kernel = Subsystems.breakdown(snapshot, Grouping.KERNEL);
            boolean equal = List.of("C", "Rust").stream()
                    .allMatch(language -> bySection.total(language).equals(kernel.total(language)));
            allEqual &= equal;
            long files = kernel.total("C").files() + kernel.total("Rust").files();
            System.out.printf("%-11s %8d  %8d  %8.0f  %8.0f  %-7d  %-24s  %s%n", snapshot.tag(),
                    maintainers.sections().size(), maintainers.patternCount(), (parsed - start) / 1e6,
                    (matched - parsed) / 1e6, files, equal ? "yes" : "NO", maintainers.sectionOf(PROBE));
        }
        if (!allEqual) {
            throw new InputException("the MAINTAINERS sections do not add up to the totals for every tag");
        }
        return 0;
    }
}
