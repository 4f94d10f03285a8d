package org.oxidation.testing;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;

/**
 * A history with commits at chosen dates for the window's interval sampling and any-ref compare, in a
 * bare repository named demo.git:
 *
 * <pre>
 * main:   c1 (2024-01-10) ─ c2 (01-25) ─ c3 (03-05, v1.0) ─ merge (04-03) ─ c4 (05-02)
 * side:                      └─ s1 (02-10, v0.9) ───────────┘
 * stable:                                 └─ st1 (03-20, v2.0), never merged
 * </pre>
 *
 * C lines (kernel/): 2, 2, 3, 3, 3 on main; Rust lines (rust/, drivers/): 0, 1, 3, 6, 12 on main, 4 on
 * side (s1), 5 on stable. Monthly samples of main take c2, c2, c3, merge at 02-01, 03-01, 04-01, 05-01.
 */
public final class DatedHistory {

    public static final String C1 = "2024-01-10T08:00:00Z";
    public static final String C2 = "2024-01-25T08:00:00Z";
    public static final String S1 = "2024-02-10T08:00:00Z";
    public static final String C3 = "2024-03-05T08:00:00Z";
    public static final String ST1 = "2024-03-20T08:00:00Z";
    public static final String MERGE = "2024-04-03T08:00:00Z";
    public static final String C4 = "2024-05-02T08:00:00Z";

    private DatedHistory() {
    }

    /** Writes the history into {@code dir}/demo.git and returns its path. */
    public static Path write(Path dir) throws Exception {
        Map<String, String> main = new LinkedHashMap<>(Map.of("kernel/a.c", "int a;\nint b;\n"));
        Path repository = dir.resolve("demo.git");
        try (TestHistory history = TestHistory.bare(repository)) {
            ObjectId c1 = history.commitAt(C1, null, main);
            main.put("rust/lib.rs", "fn a() {}\n");
            ObjectId c2 = history.commitAt(C2, null, main, c1);
            Map<String, String> side = new LinkedHashMap<>(main);
            side.put("drivers/x.rs", "fn x() {}\nfn y() {}\nfn z() {}\n");
            ObjectId s1 = history.commitAt(S1, Constants.R_HEADS + "side", side, c2);
            main.put("rust/more.rs", "fn m() {}\nfn n() {}\n");
            main.put("kernel/b.c", "int c;\n");
            ObjectId c3 = history.commitAt(C3, null, main, c2);
            Map<String, String> stable = new LinkedHashMap<>(main);
            stable.put("rust/fix.rs", "fn f() {}\nfn g() {}\n");
            ObjectId st1 = history.commitAt(ST1, Constants.R_HEADS + "stable", stable, c3);
            main.put("drivers/x.rs", side.get("drivers/x.rs"));
            ObjectId merge = history.commitAt(MERGE, null, main, c3, s1);
            main.put("rust/big.rs", "fn b1() {}\nfn b2() {}\nfn b3() {}\nfn b4() {}\nfn b5() {}\nfn b6() {}\n");
            history.commitAt(C4, Constants.R_HEADS + "main", main, merge);
            tag(history, "v1.0", c3);
            tag(history, "v0.9", s1);
            tag(history, "v2.0", st1);
        }
        return repository;
    }

    private static void tag(TestHistory history, String name, ObjectId commit) throws Exception {
        var update = history.repository().updateRef(Constants.R_TAGS + name);
        update.setNewObjectId(commit);
        update.forceUpdate();
    }

    /** A commit time of the history as days since 1970-01-01. */
    public static double day(String when) {
        return Instant.parse(when).getEpochSecond() / 86_400.0;
    }
}
