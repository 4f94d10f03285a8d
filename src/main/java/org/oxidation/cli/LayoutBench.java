package org.oxidation.cli;

import java.util.concurrent.Callable;
import org.oxidation.layout.LayoutBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench layout}: the nested treemap of a kernel-sized synthetic tree, median of timed runs. */
@Command(name = "layout", mixinStandardHelpOptions = true,
        description = "Time the nested treemap layout of a kernel-sized tree.")
final class LayoutBench implements Callable<Integer> {

    @Option(names = "--dirs", defaultValue = "5000", description = "Directories of the synthetic tree.")
    int directories;

    @Option(names = "--files", defaultValue = "80000", description = "Files of the synthetic tree.")
    int files;

    @Option(names = "--runs", defaultValue = "15", description = "Timed runs after the warm-up.")
    int runs;

    @Override
    public Integer call() {
        LayoutBenchmark.Result r = LayoutBenchmark.run(directories, files, runs, 10);
        System.out.printf("nested treemap: %d directories, %d files, %d tiles laid out%n", r.directories(), r.files(), r.tiles());
        System.out.printf("median %.2f ms per layout (min %.2f, max %.2f, %d runs after %d warm-ups)%n",
                r.medianMillis(), r.minMillis(), r.maxMillis(), r.runs(), r.warmups());
        System.out.printf("median %.2f ms CPU time per layout%n", r.medianCpuMillis());
        return 0;
    }
}
