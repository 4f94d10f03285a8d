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

    /** The grouping to apply to one snapshot: most are the same for all; MAINTAINERS is per tag. */
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
    };

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
