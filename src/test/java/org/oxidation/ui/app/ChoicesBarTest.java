package org.oxidation.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The toolbar's words. */
class ChoicesBarTest {

    @Test
    void theGroupingMenuSaysFirstDirectoryInTheSingular() {
        assertEquals(List.of("kernel subsystems", "first directory", "first 2 directories", "first 3 directories",
                "MAINTAINERS sections"), ChoicesBar.GROUPINGS.stream().map(ChoicesBar::nameOf).toList());
    }
}
