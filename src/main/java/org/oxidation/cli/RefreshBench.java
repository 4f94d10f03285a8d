package org.oxidation.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.oxidation.git.CountSession;
import org.oxidation.git.ReleaseTag;
import org.oxidation.git.TagSelector;
import org.oxidation.model.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bench refresh --repo PATH}: what File → Refresh costs in the window after a fetch brought one
 * new tag. It opens the repository as the window does, samples every tag but the newest (from the cache
 * when it has them), then times sampling the newest alone, in the same session: no process start and no
 * cache load, which a fresh {@code count} pays on top.
 */
@Command(name = "refresh", mixinStandardHelpOptions = true,
        description = "Time counting the newest tag in a session that has the others, as Refresh does.")
final class RefreshBench implements Callable<Integer> {

    @Option(names = "--repo", required = true, paramLabel = "PATH", description = "The repository.")
    Path repo;

    @Mixin
    CountingOptions options;

    @Override
    public Integer call() {
        StderrProgress progress = new StderrProgress();
        try (CountSession session = CountSession.open(repo, options.cacheSettings(), options.threads, progress)) {
            List<ReleaseTag> tags = session.tags(TagSelector.compile(options.tags), options.tagOrder());
            if (tags.size() < 2) {
                throw new InputException("bench refresh needs at least two tags; " + tags.size() + " match");
            }
            session.sampleAll(tags.subList(0, tags.size() - 1), progress, snapshot -> { });
            long readBefore = session.blobsRead();
            long start = System.nanoTime();
            session.sampleAll(tags.subList(tags.size() - 1, tags.size()), progress, snapshot -> { });
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("refresh: %s counted in %.2f s in the open session (%d blobs read)%n",
                    tags.get(tags.size() - 1).name(), seconds, session.blobsRead() - readBefore);
        }
        return 0;
    }
}
