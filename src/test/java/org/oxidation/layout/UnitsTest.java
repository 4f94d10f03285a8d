package org.oxidation.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class UnitsTest {

    @Test
    void smallCountsArePrintedAsTheyAre() {
        assertEquals("0", Units.format(0));
        assertEquals("7", Units.format(7));
        assertEquals("950", Units.format(950));
        assertEquals("999", Units.format(999));
    }

    @Test
    void largeCountsGetSuffixAndThreeSignificantDigits() {
        assertEquals("1k", Units.format(1_000));
        assertEquals("1.23k", Units.format(1_234));
        assertEquals("12.3k", Units.format(12_345));
        assertEquals("123k", Units.format(123_456));
        assertEquals("1.2M", Units.format(1_200_000));
        assertEquals("35M", Units.format(35_000_000));
        assertEquals("35.4M", Units.format(35_449_999));
        assertEquals("1.05G", Units.format(1_050_000_000));
        assertEquals("9.22E", Units.format(Long.MAX_VALUE));
    }

    @Test
    void roundingUpCarriesIntoTheNextSuffix() {
        assertEquals("1M", Units.format(999_999));
        assertEquals("1M", Units.format(999_500));
        assertEquals("999k", Units.format(999_499));
    }

    @Test
    void negativeCountsKeepTheirSign() {
        assertEquals("-12.3k", Units.format(-12_345));
        assertEquals("-9.22E", Units.format(Long.MIN_VALUE));
    }

    @Test
    void sharesShowTwoSignificantDigits() {
        assertEquals("0%", Units.percent(0));
        assertEquals("0.03%", Units.percent(0.0003));
        assertEquals("0.001%", Units.percent(0.00001));
        assertEquals("0.12%", Units.percent(0.001234));
        assertEquals("1.2%", Units.percent(0.012));
        assertEquals("1%", Units.percent(0.01));
        assertEquals("45%", Units.percent(0.45));
        assertEquals("46%", Units.percent(0.4567));
        assertEquals("100%", Units.percent(1));
    }

    @Test
    void nonFiniteShareIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Units.percent(Double.NaN));
    }
}
