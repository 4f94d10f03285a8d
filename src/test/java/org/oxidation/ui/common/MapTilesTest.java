package org.oxidation.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
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

    /** Narrow and wide letters, as a proportional font draws them. */
    private static final ToDoubleFunction<String> PROPORTIONAL = text -> text.chars()
            .mapToDouble(c -> c == 'i' || c == 'l' || c == ' ' ? 3 : Character.isUpperCase(c) ? 9 : 6.5).sum();

    @Test
    void aNameCutOnOneLineKeepsTheLongestBeginningThatFitsAtEveryWidth() {
        for (String name : List.of("INTEL ETHERNET DRIVERS", "drivers/gpu/drm/amd/display", "illegible lilliput", "abcd")) {
            for (double width = 20; width <= 200; width += 0.5) {
                assertEquals(longestBeginningThatFits(name, width), MapTiles.fitting(name, width, 20, PROPORTIONAL),
                        name + " at " + width + " px");
            }
        }
    }

    /** Every beginning tried from the longest down, as a label is cut: the first that fits with its "…". */
    private static String longestBeginningThatFits(String name, double width) {
        if (PROPORTIONAL.applyAsDouble(name) + 6 <= width) {
            return name;
        }
        for (int length = name.length() - 1; length >= MapTiles.MIN_KEPT; length--) {
            String cut = name.substring(0, length).strip() + "\u2026";
            if (PROPORTIONAL.applyAsDouble(cut) + 6 <= width) {
                return cut;
            }
        }
        return "";
    }
}
