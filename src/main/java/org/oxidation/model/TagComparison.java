package org.oxidation.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToLongFunction;

/**
 * What changed between two tags: C and Rust per subsystem, the Rust files added, removed and renamed, and
 * the vendored crates added, removed and upgraded. The file lists are known only when both snapshots were
 * counted from a repository ({@link #filesKnown()}); a comparison of CSV snapshots has subsystem rows only.
 * Immutable and thread-safe.
 *
 * @param tagA       the earlier tag
 * @param tagB       the later tag
 * @param rows       one row per subsystem present at either tag, sorted by subsystem name
 * @param rustFiles  Rust files added, removed or renamed, sorted by path
 * @param crates     vendored crates added, removed or upgraded, sorted by name
 * @param filesKnown whether {@code rustFiles} were computed (false for CSV data)
 */
public record TagComparison(String tagA, String tagB, List<SubsystemRow> rows, List<RustFileChange> rustFiles,
                            List<CrateChange> crates, boolean filesKnown) {

    /** How a file or crate changed between the two tags. */
    public enum Change { ADDED, REMOVED, RENAMED, UPGRADED }

    public TagComparison {
        Objects.requireNonNull(tagA);
        Objects.requireNonNull(tagB);
        rows = List.copyOf(rows);
        rustFiles = rustFiles.stream().sorted(Comparator.comparing(RustFileChange::path)).toList();
        crates = crates.stream().sorted(Comparator.comparing(CrateChange::name)).toList();
    }

    /** A comparison of subsystem rows only, as two CSV snapshots allow. */
    public static TagComparison ofBreakdowns(String tagA, String tagB, Breakdown a, Breakdown b) {
        return new TagComparison(tagA, tagB, rows(a, b), List.of(), List.of(), false);
    }

    /** The per-subsystem rows of two breakdowns (a subsystem missing at one tag counts zero there). */
    public static List<SubsystemRow> rows(Breakdown a, Breakdown b) {
        TreeSet<String> subsystems = new TreeSet<>(a.subsystems());
        subsystems.addAll(b.subsystems());
        List<SubsystemRow> rows = new ArrayList<>();
        for (String subsystem : subsystems) {
            rows.add(new SubsystemRow(subsystem, a.row(subsystem, "C").counts(), b.row(subsystem, "C").counts(),
                    a.row(subsystem, "Rust").counts(), b.row(subsystem, "Rust").counts()));
        }
        return rows;
    }

    /** The crates added, removed or upgraded between two name → version maps (see VendoringEvents.projectsOf). */
    public static List<CrateChange> crateChanges(Map<String, String> before, Map<String, String> after) {
        TreeMap<String, CrateChange> changes = new TreeMap<>();
        before.forEach((name, version) -> {
            String later = after.get(name);
            if (later == null) {
                changes.put(name, new CrateChange(Change.REMOVED, name, version, ""));
            } else if (!later.equals(version)) {
                changes.put(name, new CrateChange(Change.UPGRADED, name, version, later));
            }
        });
        after.forEach((name, version) -> {
            if (!before.containsKey(name)) {
                changes.put(name, new CrateChange(Change.ADDED, name, "", version));
            }
        });
        return List.copyOf(changes.values());
    }

    /** The rows' sum over every subsystem. */
    public SubsystemRow total() {
        return rows.stream().reduce(new SubsystemRow("total", LineCounts.ZERO, LineCounts.ZERO, LineCounts.ZERO,
                LineCounts.ZERO), SubsystemRow::plus);
    }

    /**
     * One subsystem's C and Rust counts at both tags. The measure (all lines or code lines) is the caller's
     * choice, passed as a function such as {@code LineCounts::lines}.
     */
    public record SubsystemRow(String subsystem, LineCounts cA, LineCounts cB, LineCounts rustA, LineCounts rustB) {

        public long rustChange(ToLongFunction<LineCounts> measure) {
            return measure.applyAsLong(rustB) - measure.applyAsLong(rustA);
        }

        public long cChange(ToLongFunction<LineCounts> measure) {
            return measure.applyAsLong(cB) - measure.applyAsLong(cA);
        }

        /** Rust's share of C plus Rust at tag A, 0 when the subsystem is empty there. */
        public double shareA(ToLongFunction<LineCounts> measure) {
            return share(measure.applyAsLong(cA), measure.applyAsLong(rustA));
        }

        public double shareB(ToLongFunction<LineCounts> measure) {
            return share(measure.applyAsLong(cB), measure.applyAsLong(rustB));
        }

        SubsystemRow plus(SubsystemRow other) {
            return new SubsystemRow(subsystem, cA.plus(other.cA), cB.plus(other.cB), rustA.plus(other.rustA),
                    rustB.plus(other.rustB));
        }

        private static double share(long c, long rust) {
            return c + rust == 0 ? 0 : (double) rust / (c + rust);
        }
    }

    /**
     * A Rust file added, removed or renamed (moved, possibly with small edits: git's rename detection).
     *
     * @param oldPath the path at tag A, "" when added
     * @param newPath the path at tag B, "" when removed
     * @param linesA  the file's counts at tag A (zero when added)
     * @param linesB  the file's counts at tag B (zero when removed)
     */
    public record RustFileChange(Change change, String oldPath, String newPath, LineCounts linesA, LineCounts linesB) {

        /** The path to sort and show by: the new one, or the old one of a removed file. */
        public String path() {
            return newPath.isEmpty() ? oldPath : newPath;
        }
    }

    /** A vendored crate added, removed or upgraded; a version is "" on the side where the crate is absent. */
    public record CrateChange(Change change, String name, String versionA, String versionB) {
    }
}
