package org.oxidation.cli;

import picocli.CommandLine.Command;

/**
 * {@code bench layout|maintainers|refresh|reopen}: benchmarks that ship in the jar, so they run on the machine being
 * judged. The counting benchmarks against git cat-file and cloc are the scripts in {@code src/bench/}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run a benchmark.",
        subcommands = {LayoutBench.class, MaintainersBench.class, RefreshBench.class, ReopenBench.class,
                ClassArchiveTraining.class})
final class BenchCommand {
}
