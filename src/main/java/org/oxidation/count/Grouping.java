package org.oxidation.count;

import java.util.Locale;
import org.oxidation.model.InputException;

/**
 * Maps a file path (relative to the repository root, '/'-separated) to the subsystem it is counted in.
 * Implementations are immutable and thread-safe.
 */
public interface Grouping {

    /** Files in the root directory of the tree. */
    String ROOT = "(root)";

    /** The subsystem of a file path such as {@code drivers/gpu/drm/drm_drv.c}. */
    String subsystemOf(String path);

    /** The name used on the command line and in the CSV: {@code kernel}, {@code depth:2}. */
    String id();

    /**
     * True when every file of a directory falls in the same subsystem, so it is asked once per
     * directory rather than once per file.
     */
    default boolean byDirectory() {
        return false;
    }

    /**
     * True when every path below the directory {@code prefix} (e.g. {@code "fs/"}) falls in one and the
     * same subsystem, so that the directory's totals can be taken whole.
     */
    default boolean settledAt(String prefix) {
        return false;
    }

    /**
     * What this grouping could not use of the snapshot's own rules, one sentence each (a MAINTAINERS
     * pattern left out); a caller reports each once.
     */
    default java.util.List<String> warnings() {
        return java.util.List.of();
    }

    /**
     * The grouping to apply to one snapshot: most are the same for all; MAINTAINERS is per tag. The same
     * object for two snapshots only when it groups every path of both alike.
     */
    default Grouping forSnapshot(org.oxidation.model.Snapshot snapshot) {
        return this;
    }

    /**
     * The kernel's default: the first path component, but the first two under {@code drivers/} and
     * {@code arch/}, where the second level is the unit people talk about ({@code drivers/gpu}).
     */
    Grouping KERNEL = new Grouping() {
        @Override
        public String subsystemOf(String path) {
            int first = path.indexOf('/');
            if (first < 0) {
                return ROOT;
            }
            String top = path.substring(0, first);
            if (top.equals("drivers") || top.equals("arch")) {
                int second = path.indexOf('/', first + 1);
                return second < 0 ? top : path.substring(0, second);
            }
            return top;
        }

        @Override
        public String id() {
            return "kernel";
        }

        @Override
        public boolean byDirectory() {
            return true;
        }

        @Override
        public boolean settledAt(String prefix) {
            int depth = depthOf(prefix);
            return depth >= 2 || (depth == 1 && !prefix.equals("drivers/") && !prefix.equals("arch/"));
        }
    };

    /** The number of directory components of a prefix such as {@code "drivers/gpu/"}. */
    static int depthOf(String prefix) {
        int depth = 0;
        for (int i = 0; i < prefix.length(); i++) {
            if (prefix.charAt(i) == '/') {
                depth++;
            }
        }
        return depth;
    }

    /** The first {@code n} directory components of the path. */
    static Grouping depth(int n) {
        if (n < 1) {
            throw new InputException("depth must be at least 1, not " + n);
        }
        return new Grouping() {
            @Override
            public String subsystemOf(String path) {
                int end = -1;
                for (int i = 0; i < n; i++) {
                    int next = path.indexOf('/', end + 1);
                    if (next < 0) {
                        return end < 0 ? ROOT : path.substring(0, end);
                    }
                    end = next;
                }
                return path.substring(0, end);
            }

            @Override
            public String id() {
                return "depth:" + n;
            }

            @Override
            public boolean byDirectory() {
                return true;
            }

            @Override
            public boolean settledAt(String prefix) {
                return depthOf(prefix) >= n;
            }
        };
    }

    /** Parses {@code kernel} or {@code depth:N}. */
    static Grouping parse(String spec) {
        String s = spec.trim().toLowerCase(Locale.ROOT);
        if (s.equals("kernel")) {
            return KERNEL;
        }
        if (s.equals("maintainers")) {
            return MaintainersGrouping.INSTANCE;
        }
        if (s.startsWith("depth:")) {
            try {
                return depth(Integer.parseInt(s.substring("depth:".length())));
            } catch (NumberFormatException e) {
                throw new InputException("--group depth:N needs a whole number N, not '" + spec + "'");
            }
        }
        throw new InputException("unknown grouping '" + spec + "': use kernel, maintainers or depth:N");
    }
}
