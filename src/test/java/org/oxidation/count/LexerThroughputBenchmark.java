package org.oxidation.count;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import org.oxidation.model.LineCounts;

/**
 * A rough throughput check of the lexer on a big synthetic buffer (not a unit test: timings on a
 * shared machine are no pass/fail matter). Run after {@code mvn test-compile}:
 * {@code java -cp target/classes:target/test-classes:$GSON_JAR org.oxidation.count.LexerThroughputBenchmark [MB]}.
 */
public final class LexerThroughputBenchmark {

    private static final String C_SAMPLE = """
            // SPDX-License-Identifier: GPL-2.0
            /*
             * Synthetic kernel-like C: block comments, strings with escapes, chars, line comments.
             */
            #include <linux/module.h>

            static int example_probe(struct platform_device *pdev)
            {
            \tstruct example_priv *priv;
            \tint ret = 0; /* assume success */

            \tpriv = devm_kzalloc(&pdev->dev, sizeof(*priv), GFP_KERNEL);
            \tif (!priv)
            \t\treturn -ENOMEM; // out of memory
            \tdev_info(&pdev->dev, "probed \\"%s\\" at %p\\n", pdev->name, priv);
            \tif (priv->sep == '/' || priv->sep == '\\'')
            \t\tret = priv->a / priv->b * 2;
            \treturn ret;
            }

            """;

    /** Kernel C files average some ten kilobytes; count the buffer as files of this size. */
    private static final int FILE_SIZE = 16 * 1024;

    private LexerThroughputBenchmark() {
    }

    private static LineCounts countAsFiles(Language language, byte[] buffer, int fileSize) {
        LineCounts total = LineCounts.ZERO;
        for (int off = 0; off < buffer.length; off += fileSize) {
            LineCounter counter = new LineCounter(language);
            counter.feed(buffer, off, Math.min(fileSize, buffer.length - off));
            total = total.plus(counter.finish());
        }
        return total;
    }

    public static void main(String[] args) {
        int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 256;
        byte[] sample = C_SAMPLE.getBytes(StandardCharsets.UTF_8);
        byte[] buffer = new byte[megabytes * 1024 * 1024];
        for (int off = 0; off < buffer.length; off += sample.length) {
            System.arraycopy(sample, 0, buffer, off, Math.min(sample.length, buffer.length - off));
        }
        Language c = LanguageRules.standard().byName("C").orElseThrow();
        Language rust = LanguageRules.standard().byName("Rust").orElseThrow();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (Language language : new Language[] {c, rust}) {
            for (int round = 0; round < 8; round++) {
                long start = System.nanoTime();
                long cpuStart = threads.getCurrentThreadCpuTime();
                LineCounts counts = countAsFiles(language, buffer, FILE_SIZE);
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
                // CPU time as well as wall time: the machine is shared, wall time includes waiting.
                System.out.printf("%-4s round %d: %5.0f MB/s wall, %5.0f MB/s cpu (%d lines, %d code)%n",
                        language.name(), round, buffer.length / 1e6 / seconds, buffer.length / 1e6 / cpuSeconds,
                        counts.lines(), counts.code());
            }
        }
    }
}
