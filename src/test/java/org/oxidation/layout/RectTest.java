package org.oxidation.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RectTest {

    @Test
    void tilesSharingAnEdgeDoNotIntersect() {
        Rect left = new Rect(0, 0, 2, 2);
        Rect right = new Rect(2, 0, 2, 2);
        assertFalse(left.intersects(right, 0));
        assertEquals(0, left.intersectionArea(right));
        assertTrue(left.intersects(new Rect(1, 1, 2, 2), 0));
        assertEquals(1, left.intersectionArea(new Rect(1, 1, 2, 2)));
    }

    @Test
    void containmentAllowsTheGivenSlack() {
        Rect outer = new Rect(0, 0, 10, 10);
        assertTrue(outer.contains(new Rect(0, 0, 10, 10), 0));
        assertFalse(outer.contains(new Rect(0, 0, 10.001, 10), 0));
        assertTrue(outer.contains(new Rect(0, 0, 10.001, 10), 0.01));
        assertTrue(outer.contains(9.9, 0));
        assertFalse(outer.contains(10, 5));
    }

    @Test
    void insetCollapsesInsteadOfGoingNegative() {
        assertEquals(new Rect(1, 3, 8, 5), new Rect(0, 0, 10, 10).inset(1, 3, 1, 2));
        assertTrue(new Rect(0, 0, 4, 4).inset(3, 3, 3, 3).isEmpty());
    }

    @Test
    void aspectRatioIsLongSideOverShortSide() {
        assertEquals(3, new Rect(0, 0, 1, 3).aspectRatio());
        assertEquals(3, new Rect(0, 0, 3, 1).aspectRatio());
        assertEquals(Double.POSITIVE_INFINITY, new Rect(0, 0, 0, 1).aspectRatio());
    }

    @Test
    void negativeSizeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Rect(0, 0, -1, 1));
    }
}
