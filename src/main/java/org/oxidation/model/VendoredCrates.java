package org.oxidation.model;

import java.util.Map;
import java.util.TreeMap;

/** Lists the vendored crates of a counted tree. Stateless and thread-safe. */
public final class VendoredCrates {

    private VendoredCrates() {
    }

    /**
     * Crate name → version of every directory whose own origin is vendored. A crate vendored twice keeps
     * the version met first in path order, which is enough to notice an upgrade.
     */
    public static Map<String, String> of(DirStats root) {
        TreeMap<String, String> crates = new TreeMap<>();
        collect(root, crates);
        return crates;
    }

    private static void collect(DirStats dir, Map<String, String> crates) {
        if (dir.origin().kind() == Origin.Kind.VENDORED && !dir.origin().name().isEmpty()) {
            crates.putIfAbsent(dir.origin().name(), dir.origin().version());
        }
        for (DirStats child : dir.dirs()) {
            collect(child, crates);
        }
    }
}
