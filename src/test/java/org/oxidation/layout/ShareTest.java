package org.oxidation.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ShareTest {

    @Test
    void shareIsRustOverAllCode() {
        assertEquals(0.25, Share.of(1, 3));
        assertEquals(1.0, Share.of(7, 0));
        assertEquals(0.0, Share.of(0, 5));
    }

    @Test
    void emptyCodeBaseHasZeroShare() {
        assertEquals(0.0, Share.of(0, 0));
    }

    @Test
    void hugeCountsDoNotOverflow() {
        assertEquals(0.5, Share.of(Long.MAX_VALUE, Long.MAX_VALUE));
    }

    @Test
    void negativeCountsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Share.of(-1, 3));
    }
}
