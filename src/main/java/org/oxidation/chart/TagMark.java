package org.oxidation.chart;

import java.time.OffsetDateTime;

/**
 * A tag shown as a labelled point on a time axis among interval samples: its name and its commit's
 * date. Immutable.
 */
public record TagMark(String name, OffsetDateTime date) {

    public TagMark {
        java.util.Objects.requireNonNull(name);
        java.util.Objects.requireNonNull(date);
    }
}
