package org.oxidation.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.oxidation.count.Grouping;
import org.oxidation.count.Subsystems;
import org.oxidation.export.CsvWriter;
import org.oxidation.git.CacheSettings;
import org.oxidation.git.CountSession;
import org.oxidation.git.ReleaseTag;
import org.oxidation.git.TagOrder;
import org.oxidation.git.TagSelector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code count --repo PATH [--tags REGEX] [--group kernel|depth:N] --csv OUT.csv}: counts C and Rust
 * lines per subsystem at every matching tag and writes the CSV. The command line is a contract.
 */
@Command(name = "count", mixinStandardHelpOptions = true,
        description = "Count C and Rust lines per subsystem at every release tag and write them as CSV.")
final class CountCommand implements Callable<Integer> {

    @Option(names = "--repo", required = true, paramLabel = "PATH",
            description = "A bare repository, a .git directory or a work tree. Only read, never written.")
    Path repo;

    @Option(names = "--tags", paramLabel = "REGEX", defaultValue = TagSelector.DEFAULT_PATTERN,
            description = "Tags to sample (default: ${DEFAULT-VALUE}).")
    String tags;

    @Option(names = "--group", paramLabel = "kernel|depth:N", defaultValue = "kernel",
            description = "How files are grouped into subsystems (default: ${DEFAULT-VALUE}).")
    String group;

    @Option(names = "--order", paramLabel = "version|date", defaultValue = "version",
            description = "Order of the tags (default: ${DEFAULT-VALUE}).")
    String order;

    @Option(names = "--csv", required = true, paramLabel = "OUT.csv", description = "Where to write the CSV.")
    Path csv;

    @Option(names = "--threads", paramLabel = "N", description = "Threads reading blobs (default: the cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Where counts are cached between runs (default: $XDG_CACHE_HOME/oxidation or ~/.cache/oxidation).")
    Path cacheDir;

    @Option(names = "--no-cache", description = "Neither read nor write the count cache.")
    boolean noCache;

    @Override
    public Integer call() {
        Grouping grouping = Grouping.parse(group);
        TagOrder tagOrder = TagOrder.parse(order);
        CsvWriter.checkWritable(csv);
        StderrProgress progress = new StderrProgress();
        CacheSettings cache = cacheSettings(cacheDir, noCache);
        CountSession.checkCacheRoot(cache);
        try (Interruption interruption = Interruption.onSigint(progress);
             CountSession session = CountSession.open(repo, cache, threads, progress)) {
            List<ReleaseTag> selected = session.tags(TagSelector.compile(tags), tagOrder);
            List<CsvWriter.Entry> entries = new ArrayList<>();
            session.sampleAll(selected, progress,
                    snapshot -> entries.add(new CsvWriter.Entry(snapshot, Subsystems.breakdown(snapshot, grouping))));
            CsvWriter.write(csv, entries);
            progress.done(entries.size(), csv);
        }
        return 0;
    }

    static CacheSettings cacheSettings(Path cacheDir, boolean noCache) {
        CacheSettings defaults = CacheSettings.defaults();
        return new CacheSettings(!noCache, cacheDir != null ? cacheDir : defaults.root());
    }
}
