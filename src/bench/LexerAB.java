import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Two builds' lexers in one JVM, rounds alternating (A B, B A, ...), each timed by the thread's CPU
 * time over the same real files: on a shared machine two separate runs drift more than a lexer change
 * moves. Both lexers must count every file the same (checked). Usage, from the repository's root:
 *
 *   java src/bench/LexerAB.java A_JAR B_JAR DIR LANGUAGE SUFFIXES [MB] [ROUNDS]
 *   e.g. java -Xmx4g src/bench/LexerAB.java old.jar target/oxidation.jar /tmp/linux C .c,.h 2000 12
 *
 * with DIR a kernel tag's files (git archive v6.12.117 | tar -x -C /tmp/linux --wildcards '*.c' '*.h' '*.rs').
 */
public class LexerAB {

    public static void main(String[] args) throws Throwable {
        List<byte[]> files = readFiles(Path.of(args[2]), List.of(args[4].split(",")),
                (args.length > 5 ? Long.parseLong(args[5]) : 2000) << 20);
        long size = files.stream().mapToLong(f -> f.length).sum();
        MethodHandle[] count = new MethodHandle[2];
        Object[] language = new Object[2];
        for (int k = 0; k < 2; k++) {
            ClassLoader loader = new URLClassLoader(new URL[] {Path.of(args[k]).toUri().toURL()},
                    ClassLoader.getPlatformClassLoader());
            Class<?> rules = loader.loadClass("org.oxidation.count.LanguageRules");
            Object standard = rules.getMethod("standard").invoke(null);
            language[k] = ((Optional<?>) rules.getMethod("byName", String.class).invoke(standard, args[3])).orElseThrow();
            count[k] = MethodHandles.publicLookup().findStatic(loader.loadClass("org.oxidation.count.Lexer"), "count",
                    MethodType.methodType(loader.loadClass("org.oxidation.model.LineCounts"),
                            loader.loadClass("org.oxidation.count.Language"), byte[].class));
        }
        for (byte[] file : files) {
            if (!count[0].invoke(language[0], file).toString().equals(count[1].invoke(language[1], file).toString())) {
                throw new AssertionError("the two lexers count a file differently");
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int rounds = args.length > 6 ? Integer.parseInt(args[6]) : 12;
        double[][] rates = new double[2][rounds];
        for (int round = 0; round < rounds; round++) {
            for (int turn = 0; turn < 2; turn++) {
                int k = round % 2 == 0 ? turn : 1 - turn;
                long start = threads.getCurrentThreadCpuTime();
                for (byte[] file : files) {
                    count[k].invoke(language[k], file);
                }
                rates[k][round] = size / 1e6 / ((threads.getCurrentThreadCpuTime() - start) / 1e9);
            }
        }
        System.out.printf("%d files, %d MB of %s; MB/s of CPU time per round, the first two left out as warm-up%n",
                files.size(), size >> 20, args[3]);
        for (int k = 0; k < 2; k++) {
            double[] kept = Arrays.copyOfRange(rates[k], 2, rounds);
            double[] sorted = kept.clone();
            Arrays.sort(sorted);
            System.out.printf("%s %s: median %.0f, min %.0f, max %.0f (%s)%n", k == 0 ? "A" : "B", args[k],
                    sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1],
                    Arrays.stream(kept).mapToObj(r -> String.format("%.0f", r)).collect(Collectors.joining(" ")));
        }
    }

    private static List<byte[]> readFiles(Path dir, List<String> suffixes, long limit) throws Exception {
        List<Path> paths;
        try (Stream<Path> found = Files.find(dir, Integer.MAX_VALUE, (path, attributes) -> attributes.isRegularFile()
                && suffixes.stream().anyMatch(path.toString()::endsWith), FileVisitOption.FOLLOW_LINKS)) {
            paths = found.sorted().toList();
        }
        List<byte[]> files = new ArrayList<>();
        long size = 0;
        for (int i = 0; i < paths.size() && size < limit; i++) {
            files.add(Files.readAllBytes(paths.get(i)));
            size += files.get(files.size() - 1).length;
        }
        return files;
    }
}
