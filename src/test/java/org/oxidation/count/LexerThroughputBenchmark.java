package org.oxidation.count;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.oxidation.model.LineCounts;

/**
 * A rough throughput check of the lexer on a big synthetic buffer (not a unit test: timings on a
 * shared machine are no pass/fail matter). Run after {@code mvn test-compile}:
 * {@code java -cp target/classes:target/test-classes:$GSON_JAR org.oxidation.count.LexerThroughputBenchmark [MB]}.
 * With {@code --dir DIR [MB]} it counts the real files under DIR instead (.c and .h as C, .rs as Rust, up
 * to MB megabytes of each), one counter per file as the sampler does, e.g. a kernel tag from
 * {@code git archive v6.12.117 | tar -x -C DIR --wildcards '*.c' '*.h' '*.rs'}.
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
        if (args.length > 0 && args[0].equals("--dir")) {
            long limit = (args.length > 2 ? Long.parseLong(args[2]) : 512) * 1024 * 1024;
            countRealFiles(Path.of(args[1]), limit);
            return;
        }
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

    private static void countRealFiles(Path dir, long limit) {
        LanguageRules rules = LanguageRules.standard();
        for (String name : new String[] {"C", "Rust"}) {
            Language language = rules.byName(name).orElseThrow();
            List<byte[]> files = readFiles(dir, name.equals("C") ? List.of(".c", ".h") : List.of(".rs"), limit);
            long bytes = files.stream().mapToLong(f -> f.length).sum();
            if (files.isEmpty()) {
                continue;
            }
            System.out.printf("%-4s per-file digest: whole %016x, in chunks %016x%n", name,
                    digest(language, files, false), digest(language, files, true));
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            for (int round = 0; round < 8; round++) {
                long start = System.nanoTime();
                long cpuStart = threads.getCurrentThreadCpuTime();
                LineCounts total = LineCounts.ZERO;
                for (byte[] file : files) {
                    total = total.plus(Lexer.count(language, file));
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
                System.out.printf("%-4s round %d: %5.0f MB/s wall, %5.0f MB/s cpu (%d files, %d MB, %d lines, %d code,"
                                + " %d comment, %d blank, %d unsafe)%n", name, round, bytes / 1e6 / seconds,
                        bytes / 1e6 / cpuSeconds, files.size(), bytes / 1_000_000, total.lines(), total.code(),
                        total.comment(), total.blank(), total.unsafeLines());
            }
        }
    }

    /**
     * A hash of every file's counts in order, counted whole or fed in pseudo-random chunks of 1 to 4096
     * bytes: equal digests before and after a lexer change mean every file counts the same.
     */
    private static long digest(Language language, List<byte[]> files, boolean chunked) {
        java.util.Random random = new java.util.Random(18);
        long hash = 17;
        for (byte[] file : files) {
            LineCounter counter = new LineCounter(language);
            for (int off = 0; off < file.length; ) {
                int size = chunked ? Math.min(file.length - off, 1 + random.nextInt(4096)) : file.length;
                counter.feed(file, off, size);
                off += size;
            }
            LineCounts c = counter.finish();
            for (long v : new long[] {c.code(), c.comment(), c.blank(), c.unsafeLines()}) {
                hash = hash * 1_000_003 + v;
            }
        }
        return hash;
    }

    /** The files under dir with one of the suffixes, in path order, until their sizes add up to limit. */
    private static List<byte[]> readFiles(Path dir, List<String> suffixes, long limit) {
        List<byte[]> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(dir, FileVisitOption.FOLLOW_LINKS)) {
            long size = 0;
            for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
                if (size >= limit || suffixes.stream().noneMatch(path.toString()::endsWith)) {
                    continue;
                }
                byte[] bytes = Files.readAllBytes(path);
                files.add(bytes);
                size += bytes.length;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
