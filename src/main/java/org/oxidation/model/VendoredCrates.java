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
        // Pre-order on an explicit stack (children pushed in reverse): trees may be thousands deep.
        java.util.Deque<DirStats> stack = new java.util.ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            DirStats dir = stack.pop();
            if (dir.origin().kind() == Origin.Kind.VENDORED && !dir.origin().name().isEmpty()) {
                crates.putIfAbsent(dir.origin().name(), dir.origin().version());
            }
            for (int i = dir.dirs().size() - 1; i >= 0; i--) {
                stack.push(dir.dirs().get(i));
            }
        }
        return crates;
    }
}
