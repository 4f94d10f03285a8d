package org.oxidation.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.oxidation.count.Grouping;
import org.oxidation.count.origin.OriginSettings;
import org.oxidation.export.CsvWriter;
import org.oxidation.git.CacheSettings;
import org.oxidation.git.CountSession;
import org.oxidation.git.ReleaseTag;
import org.oxidation.model.Origin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code count --repo PATH [--tags REGEX] [--group kernel|maintainers|depth:N] --csv OUT.csv}: counts C and Rust
 * lines per subsystem at every matching tag and writes the CSV. The command line is a contract.
 */
@Command(name = "count", mixinStandardHelpOptions = true,
        description = "Count C and Rust lines per subsystem at every release tag and write them as CSV.")
final class CountCommand implements Callable<Integer> {

    @Option(names = "--repo", required = true, paramLabel = "PATH",
            description = "A bare repository, a .git directory or a work tree. Only read, never written.")
    Path repo;

    @Mixin
    CountingOptions options;

    @Option(names = "--csv", required = true, paramLabel = "OUT.csv", description = "Where to write the CSV.")
    Path csv;

    @Override
    public Integer call() {
        Grouping grouping = options.grouping();
        Set<Origin.Kind> excluded = options.excluded();
        OriginSettings origins = options.originSettings();
        CsvWriter.checkWritable(csv);
        CacheSettings cache = options.cacheSettings();
        StderrProgress progress = new StderrProgress();
        try (Interruption interruption = Interruption.onSigint(progress);
             CountSession session = CountSession.open(repo, cache, options.threads, progress)) {
            session.setOrigins(origins);
            session.setMissingBlobsViaGit(options.missingBlobsViaGit);
            session.startReadingRecentTree(); // beside the tags' listing: ready when a fetch's new tag needs it
            List<ReleaseTag> selected = options.select(session);
            List<CsvWriter.Entry> entries = new ArrayList<>();
            session.breakdowns(selected, grouping, excluded, progress, (snapshot, breakdown) -> {
                if (!breakdown.grouping().equals(grouping.id())) {
                    progress.warn("tag " + snapshot.tag() + " has no MAINTAINERS file: grouped by " + breakdown.grouping());
                }
                entries.add(new CsvWriter.Entry(snapshot, breakdown));
            });
            CsvWriter.write(csv, entries);
            progress.done(entries.size(), csv);
        }
        return 0;
    }
}
