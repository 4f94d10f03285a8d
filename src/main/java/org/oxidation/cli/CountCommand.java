package org.oxidation.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.eclipse.jgit.lib.Repository;
import org.oxidation.count.Grouping;
import org.oxidation.count.LanguageRules;
import org.oxidation.count.Subsystems;
import org.oxidation.export.CsvWriter;
import org.oxidation.git.BlobCounts;
import org.oxidation.git.HistorySampler;
import org.oxidation.git.ReleaseTag;
import org.oxidation.git.RepositoryOpener;
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

    @Override
    public Integer call() {
        Grouping grouping = Grouping.parse(group);
        TagOrder tagOrder = TagOrder.parse(order);
        CsvWriter.checkWritable(csv);
        StderrProgress progress = new StderrProgress();
        try (Interruption interruption = Interruption.onSigint(progress);
             Repository repository = RepositoryOpener.open(repo);
             HistorySampler sampler = new HistorySampler(repository, LanguageRules.standard(), new BlobCounts(), threads)) {
            List<ReleaseTag> selected = TagSelector.select(repository, TagSelector.compile(tags), tagOrder, progress);
            List<CsvWriter.Entry> entries = new ArrayList<>();
            sampler.sampleAll(RepositoryOpener.displayName(repo), selected, progress,
                    snapshot -> entries.add(new CsvWriter.Entry(snapshot, Subsystems.breakdown(snapshot, grouping))));
            CsvWriter.write(csv, entries);
            progress.done(entries.size(), csv);
        }
        return 0;
    }
}
