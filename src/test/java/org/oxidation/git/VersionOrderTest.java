package org.oxidation.git;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionOrderTest {

    @Test
    void comparesNumericComponentsAsNumbers() {
        List<String> tags = new ArrayList<>(List.of("v6.12.117", "v6.1.192", "v6.12.107", "v6.1.170", "v6.9", "v6.10"));
        tags.sort(VersionOrder.INSTANCE);
        assertEquals(List.of("v6.1.170", "v6.1.192", "v6.9", "v6.10", "v6.12.107", "v6.12.117"), tags);
    }

    @Test
    void putsAShorterVersionBeforeItsExtensions() {
        List<String> tags = new ArrayList<>(List.of("v6.12.1", "v6.12", "v7.0", "2.50.3"));
        tags.sort(VersionOrder.INSTANCE);
        assertEquals(List.of("2.50.3", "v6.12", "v6.12.1", "v7.0"), tags);
    }

    @Test
    void handlesNumbersLargerThanALong() {
        List<String> tags = new ArrayList<>(List.of("v99999999999999999999999.1", "v2.1"));
        tags.sort(VersionOrder.INSTANCE);
        assertEquals(List.of("v2.1", "v99999999999999999999999.1"), tags);
    }
}
