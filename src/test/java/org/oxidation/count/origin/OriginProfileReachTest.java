package org.oxidation.count.origin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.oxidation.model.Origin;

/**
 * A file's origin found through the reach of its directory (the profile's globs narrowed directory by
 * directory from the root) is the one the whole profile gives it, for every path the built-in kernel
 * profile names and for their neighbours that it does not.
 */
class OriginProfileReachTest {

    private static final OriginProfile LINUX = OriginProfile.builtIn("linux").orElseThrow();

    @Test
    void reachOfEachDirectoryGivesEveryPathTheWholeProfilesOrigin() {
        List<String> paths = pathsAroundTheProfilesGlobs();
        int named = 0;
        for (String path : paths) {
            Origin whole = LINUX.originOf(path);
            assertEquals(whole, throughReach(path), path);
            named += whole == null ? 0 : 1;
        }
        // Both kinds of path are there: named by an entry, and not named at all.
        assertTrue(named > 100 && named < paths.size() - 100, named + " of " + paths.size() + " named");
    }

    @Test
    void directoryNoGlobReachesHasAnEmptyReach() {
        OriginProfile.Reach root = LINUX.reach();
        assertTrue(!root.isEmpty());
        assertTrue(root.below("Documentation").isEmpty());
        assertTrue(root.below("drivers").below("drivers/block").below("drivers/block/loop").isEmpty());
        assertTrue(!root.below("drivers").below("drivers/block").isEmpty(), "drivers/*/habanalabs/…");
        assertTrue(!root.below("drivers").below("drivers/acpi").isEmpty());
    }

    private static Origin throughReach(String path) {
        OriginProfile.Reach reach = LINUX.reach();
        for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
            reach = reach.below(path.substring(0, slash));
        }
        return reach.originOf(path);
    }

    /**
     * Each glob of the profile made concrete ({@code **} as zero, one or two directories, {@code *} as a
     * few names), with files inside it and beside it, and its directories' siblings.
     */
    private static List<String> pathsAroundTheProfilesGlobs() {
        List<String> paths = new ArrayList<>();
        for (OriginProfile.Entry entry : LINUX.entries()) {
            for (String glob : entry.paths()) {
                for (String doubleStar : List.of("", "sub", "sub/deeper")) {
                    for (String star : List.of("", "x", "tbl2")) {
                        String concrete = glob.replace("/**", doubleStar.isEmpty() ? "" : "/" + doubleStar)
                                .replace("**", doubleStar).replace("*", star).replace("?", "q");
                        paths.add(concrete);
                        paths.add(concrete + "/file.c");
                        paths.add(concrete + "x/file.h");
                        int slash = concrete.lastIndexOf('/');
                        if (slash > 0) {
                            paths.add(concrete.substring(0, slash) + "/other.c");
                            paths.add(concrete.substring(0, slash) + "/other/inner.rs");
                        }
                    }
                }
            }
        }
        paths.removeIf(Objects::isNull);
        return paths.stream().map(p -> p.replaceAll("/+", "/").replaceAll("^/|/$", "")).filter(p -> !p.isEmpty())
                .distinct().toList();
    }
}
