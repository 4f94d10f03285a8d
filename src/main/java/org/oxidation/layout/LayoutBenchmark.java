package org.oxidation.layout;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Times the nested treemap on a synthetic tree shaped like the Linux kernel: about 5,000 directories and
 * 80,000 files with log-normally distributed line counts, built from a fixed seed so every run measures
 * the same work. Prints the median milliseconds per full layout after a warm-up.
 *
 * <p>Run: {@code java -jar target/oxidation.jar bench layout}.
 * Not a unit test: timings depend on the machine. Single-threaded; not meant for concurrent use.
 */
public final class LayoutBenchmark {

    /** A directory or a file of the synthetic tree. */
    static final class Node {
        final List<Node> children = new ArrayList<>();
        double lines;
    }

    private static final String[] TOP_LEVEL = {
        "arch", "block", "certs", "crypto", "Documentation", "drivers", "fs", "include", "init", "io_uring",
        "ipc", "kernel", "lib", "mm", "net", "rust", "samples", "scripts", "security", "sound", "tools", "usr",
        "virt"};

    private LayoutBenchmark() {
    }

    /** What one benchmark run measured. */
    public record Result(int directories, int files, int tiles, int runs, int warmups,
                         double medianMillis, double minMillis, double maxMillis, double medianCpuMillis) {
    }

    /** Lays out the synthetic tree {@code warmups} times, then times {@code runs} more layouts. */
    public static Result run(int directories, int files, int runs, int warmups) {
        Node root = kernelLikeTree(directories, files, new Random(20_251_125L));
        Rect screen = new Rect(0, 0, 1920, 1080);
        int tiles = 0;
        for (int i = 0; i < warmups; i++) {
            tiles = layoutOnce(root, screen);
        }
        // CPU time beside wall time: on a shared machine the wall time also counts waiting for a core.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] millis = new double[runs];
        double[] cpuMillis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            tiles = layoutOnce(root, screen);
            millis[i] = (System.nanoTime() - start) / 1e6;
            cpuMillis[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        Arrays.sort(millis);
        Arrays.sort(cpuMillis);
        return new Result(directories, files, tiles, runs, warmups, median(millis), millis[0], millis[runs - 1],
                median(cpuMillis));
    }

    /** Lays out every level (no depth cut-off) with the padding and header the UI uses. */
    static int layoutOnce(Node root, Rect bounds) {
        return TreemapLayout.layoutNested(root, n -> n.children, n -> n.lines, bounds, Integer.MAX_VALUE, 1, 12)
                .size();
    }

    /**
     * Top-level directories named as in the kernel; every further directory hangs under a random existing
     * one (a random recursive tree, depth around log n like the kernel's), then files go to random
     * directories, weighted towards the first ones created so {@code drivers}-like subtrees grow big.
     */
    static Node kernelLikeTree(int directories, int files, Random random) {
        Node root = new Node();
        List<Node> dirs = new ArrayList<>();
        for (int i = 0; i < Math.min(TOP_LEVEL.length, directories); i++) {
            Node dir = new Node();
            root.children.add(dir);
            dirs.add(dir);
        }
        while (dirs.size() < directories) {
            Node dir = new Node();
            dirs.get(random.nextInt(dirs.size())).children.add(dir);
            dirs.add(dir);
        }
        for (int i = 0; i < files; i++) {
            Node file = new Node();
            // Median about 250 lines, long tail up to tens of thousands, as in real source trees.
            file.lines = Math.max(1, Math.round(Math.exp(Math.log(250) + 1.3 * random.nextGaussian())));
            // The square skews files to the older directories.
            double u = random.nextDouble();
            dirs.get((int) (u * u * dirs.size())).children.add(file);
        }
        sumLines(root);
        return root;
    }

    private static double sumLines(Node node) {
        if (!node.children.isEmpty()) {
            double sum = 0;
            for (Node child : node.children) {
                sum += sumLines(child);
            }
            node.lines = sum;
        }
        return node.lines;
    }

    private static double median(double[] sorted) {
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
