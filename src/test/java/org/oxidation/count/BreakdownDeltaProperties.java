package org.oxidation.count;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.oxidation.count.origin.GeneratedMarkers;
import org.oxidation.count.origin.OriginResolver;
import org.oxidation.count.origin.OriginRules;
import org.oxidation.count.origin.OriginSettings;
import org.oxidation.model.Breakdown;
import org.oxidation.model.DirStats;
import org.oxidation.model.FileStats;
import org.oxidation.model.LineCounts;
import org.oxidation.model.Origin;
import org.oxidation.model.Snapshot;

/**
 * Random small trees with every fact the origins read (README verdicts with crate names and versions,
 * {@code .gitattributes} lines, generated-file markers), random edits to them, random origin settings,
 * groupings and left-out origins: the rows {@link BreakdownDelta} works out from the old tree's rows
 * are those of the new tree grouped whole. Unchanged subtrees are shared between the two trees, as the
 * sampler shares them.
 */
class BreakdownDeltaProperties {

    private static final List<String> ATTRIBUTE_LINES = List.of("*.rs linguist-generated", "d1/** linguist-vendored",
            "*.c -linguist-vendored", "f2.c linguist-generated=false", "d0/** linguist-vendored\n*.rs -linguist-generated");
    private static final List<String> RULES = List.of("d1/**=vendored", "*/f2.c=generated", "d0/d1=written",
            "d2/d0/**=generated");
    private static final List<Grouping> GROUPINGS = List.of(Grouping.KERNEL, Grouping.depth(1), Grouping.depth(2),
            Grouping.depth(3));
    private static final List<Set<Origin.Kind>> EXCLUDED = List.of(Set.of(), Set.of(Origin.Kind.VENDORED),
            Set.of(Origin.Kind.GENERATED));

    /** A directory's facts and files by path ("" the root, "d0/d1" below), a file's by its path. */
    private record Spec(Map<String, Origin> readmes, Map<String, String> attributes, Map<String, FileStats> files) {
        Spec copy() {
            return new Spec(new TreeMap<>(readmes), new TreeMap<>(attributes), new TreeMap<>(files));
        }
    }

    @Property(tries = 300)
    void rowsWorkedOutFromTheOldRowsAreTheNewTreesRows(@ForAll long seed) {
        Random random = new Random(seed);
        Spec before = randomSpec(random);
        Spec after = edited(before, random);
        Map<String, DirStats> shared = new HashMap<>();
        Map<DirStats, Integer> keys = new java.util.IdentityHashMap<>();
        Snapshot old = snapshot(build(before, shared, keys));
        Snapshot now = snapshot(build(after, shared, keys));
        OriginSettings settings = OriginSettings.DEFAULT.withProfile(random.nextBoolean() ? OriginSettings.NONE : "linux")
                .withMarkers(random.nextBoolean())
                .withRules(OriginRules.parse(random.nextBoolean() ? List.of() : List.of(pick(RULES, random))));
        OriginResolver resolver = new OriginResolver(settings);
        Grouping grouping = pick(GROUPINGS, random);
        Set<Origin.Kind> excluded = pick(EXCLUDED, random);
        Breakdown oldRows = Subsystems.breakdown(resolver.resolve(old), grouping, excluded);
        Optional<Breakdown> worked = BreakdownDelta.next(oldRows, old, now, grouping, excluded, resolver);
        assertTrue(worked.isPresent(), "a grouping by path and one profile for both trees");
        assertEquals(Subsystems.breakdown(resolver.resolve(now), grouping, excluded), worked.get());
    }

    private static Spec randomSpec(Random random) {
        Spec spec = new Spec(new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
        int files = 5 + random.nextInt(40);
        for (int i = 0; i < files; i++) {
            spec.files().put(randomDir(random) + randomFileName(random), randomFile(random));
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            setReadme(spec, random);
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            spec.attributes().put(randomDir(random).replaceAll("/$", ""), pick(ATTRIBUTE_LINES, random));
        }
        return spec;
    }

    /** One to four edits: files changed, added, removed, a README verdict or .gitattributes set or dropped. */
    private static Spec edited(Spec before, Random random) {
        Spec after = before.copy();
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            List<String> paths = new ArrayList<>(after.files().keySet());
            switch (random.nextInt(7)) {
                case 0 -> after.files().put(randomDir(random) + randomFileName(random), randomFile(random));
                case 1 -> after.files().remove(pick(paths, random));
                case 2 -> after.files().put(pick(paths, random), randomFile(random));
                case 3 -> setReadme(after, random);
                case 4 -> after.readmes().keySet().removeIf(dir -> random.nextBoolean());
                case 5 -> after.attributes().put(randomDir(random).replaceAll("/$", ""), pick(ATTRIBUTE_LINES, random));
                default -> after.attributes().keySet().removeIf(dir -> random.nextBoolean());
            }
            if (after.files().isEmpty()) {
                after.files().put("f0.c", randomFile(random));
            }
        }
        return after;
    }

    private static void setReadme(Spec spec, Random random) {
        String dir = randomDir(random).replaceAll("/$", "");
        if (!dir.isEmpty()) {
            spec.readmes().put(dir, Origin.vendored("crate" + random.nextInt(3), "1." + random.nextInt(3)));
        }
    }

    private static String randomDir(Random random) {
        StringBuilder dir = new StringBuilder();
        for (int depth = random.nextInt(4); depth > 0; depth--) {
            dir.append('d').append(random.nextInt(3)).append('/');
        }
        return dir.toString();
    }

    private static String randomFileName(Random random) {
        return "f" + random.nextInt(4) + (random.nextInt(3) == 0 ? ".rs" : ".c");
    }

    /** A file's counts and marker; its name is set where it is placed. */
    private static FileStats randomFile(Random random) {
        long code = 1 + random.nextInt(20);
        long comment = random.nextInt(5);
        long blank = random.nextInt(5);
        return new FileStats("", "", LineCounts.ofFile(code, comment, blank, random.nextInt(2) == 0 ? 0 : 1),
                random.nextInt(5) == 0 ? GeneratedMarkers.MARKED : Origin.INHERITED);
    }

    /** The spec's tree, a subtree already built for an equal part of another spec taken as it is. */
    private static DirStats build(Spec spec, Map<String, DirStats> shared, Map<DirStats, Integer> keys) {
        Map<String, List<String>> filesByDir = new TreeMap<>();
        spec.files().keySet().forEach(path -> {
            String dir = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
            filesByDir.computeIfAbsent(dir, d -> new ArrayList<>()).add(path);
            for (String up = dir; !up.isEmpty(); up = up.contains("/") ? up.substring(0, up.lastIndexOf('/')) : "") {
                filesByDir.computeIfAbsent(up.contains("/") ? up.substring(0, up.lastIndexOf('/')) : "", d -> new ArrayList<>());
                filesByDir.computeIfAbsent(up, d -> new ArrayList<>());
            }
        });
        filesByDir.computeIfAbsent("", d -> new ArrayList<>());
        return buildDir("", spec, filesByDir, shared, keys);
    }

    /** @param keys a number per subtree built, for the key of the directory above it */
    private static DirStats buildDir(String dir, Spec spec, Map<String, List<String>> filesByDir,
                                     Map<String, DirStats> shared, Map<DirStats, Integer> keys) {
        List<DirStats> dirs = new ArrayList<>();
        StringBuilder key = new StringBuilder(dir).append('|').append(spec.readmes().get(dir)).append('|')
                .append(spec.attributes().getOrDefault(dir, "")).append('|');
        for (String child : filesByDir.keySet()) {
            String parent = child.contains("/") ? child.substring(0, child.lastIndexOf('/')) : "";
            if (!child.isEmpty() && parent.equals(dir)) {
                DirStats built = buildDir(child, spec, filesByDir, shared, keys);
                dirs.add(built);
                key.append(keys.computeIfAbsent(built, b -> keys.size())).append(',');
            }
        }
        List<FileStats> files = new ArrayList<>();
        for (String path : filesByDir.get(dir)) {
            FileStats f = spec.files().get(path);
            String name = path.substring(path.lastIndexOf('/') + 1);
            files.add(new FileStats(name, name.endsWith(".rs") ? "Rust" : "C", f.counts(), f.origin()));
            key.append(files.get(files.size() - 1)).append(',');
        }
        String name = dir.substring(dir.lastIndexOf('/') + 1);
        return shared.computeIfAbsent(key.toString(), k -> new DirStats(name,
                spec.readmes().getOrDefault(dir, Origin.INHERITED), dirs, files, spec.attributes().getOrDefault(dir, "")));
    }

    private static Snapshot snapshot(DirStats root) {
        return Snapshot.counted("t", "c", OffsetDateTime.parse("2026-01-01T00:00:00Z"), root);
    }

    private static <T> T pick(List<T> items, Random random) {
        return items.get(random.nextInt(items.size()));
    }
}
