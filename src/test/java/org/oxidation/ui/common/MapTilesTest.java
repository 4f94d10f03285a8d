package org.oxidation.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class MapTilesTest {

    /** 10 px a character; a label needs 6 px of padding beside it and 15 px of height a line. */
    private static final ToDoubleFunction<String> TEN_PX = text -> 10.0 * text.length();

    @Test
    void aLabelIsShownWholeOrShortenedToWholePartsNeverCut() {
        assertEquals("rust +147k", MapTiles.fitting("rust +147k", 106, 20, TEN_PX), "100 + 6 px: fits");
        assertEquals("rust", MapTiles.fitting("rust +147k", 105, 20, TEN_PX), "one line high: the name alone");
        assertEquals("rust\n+147k", MapTiles.fitting("rust +147k", 80, 30, TEN_PX), "two lines high: name over size");
        assertEquals("rust", MapTiles.fitting("rust +147k", 55, 30, TEN_PX), "the size (56 px) does not fit");
        assertEquals("", MapTiles.fitting("rust +147k", 45, 30, TEN_PX), "not even the name (46 px)");
        assertEquals("", MapTiles.fitting("rust +147k", 200, 14, TEN_PX), "lower than a line");
    }

    @Test
    void aLongSectionNameIsWrappedAndShortenedAtItsEndNotCutToItsFirstWord() {
        // "INTEL ETHERNET DRIVERS" is 220 px; "INTEL ETHERNET" 140 px, "DRIVERS" 70 px, "+12" 30 px.
        String label = "INTEL ETHERNET DRIVERS +12";
        assertEquals("INTEL ETHERNE\u2026", MapTiles.fitting(label, 150, 20, TEN_PX), "one line: the longest beginning");
        assertEquals("INTEL ETHERNET\nDRIVERS", MapTiles.fitting(label, 150, 30, TEN_PX), "two lines: the whole name");
        assertEquals("INTEL ETHERNET\nDRIVERS\n+12", MapTiles.fitting(label, 150, 45, TEN_PX), "three: and the change");
        assertEquals("INTEL\nETHERNET\nDRIVERS", MapTiles.fitting(label, 100, 45, TEN_PX), "narrow: a word a line");
        assertEquals("THE REALTEK\nRTL8169 DRIVER", MapTiles.fitting("THE REALTEK RTL8169 DRIVER", 150, 30, TEN_PX),
                "a name without a number keeps its last word");
    }
}
