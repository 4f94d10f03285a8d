package org.oxidation.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Two tags whose MAINTAINERS has a section with an {@code N:} pattern the linear matcher cannot take (a
 * back-reference) beside an ordinary one: drivers/abab.c, 1 line of C at v1.0 and 2 at v1.1, falls in NET.
 */
public final class BackReferenceMaintainers {

    public static final String MAINTAINERS = "ECHO DRIVER\nS:\tOdd\nN:\t(ab)\\1\n\nNET\nS:\tOdd\nF:\tdrivers/\n";

    private BackReferenceMaintainers() {
    }

    /** Writes the history into a new bare repository at {@code repo}. */
    public static Path write(Path repo) throws IOException {
        try (TestHistory history = TestHistory.bare(repo)) {
            history.commit("v1.0", Map.of("MAINTAINERS", MAINTAINERS, "drivers/abab.c", "int a;\n"));
            history.commit("v1.1", Map.of("MAINTAINERS", MAINTAINERS, "drivers/abab.c", "int a;\nint b;\n"));
        }
        return repo;
    }
}
