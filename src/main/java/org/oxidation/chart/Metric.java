package org.oxidation.chart;

import org.oxidation.model.LineCounts;

/** What the charts measure: all lines, or code lines only. */
public enum Metric {
    LINES("lines"), CODE("code lines");

    private final String label;

    Metric(String label) {
        this.label = label;
    }

    public long of(LineCounts counts) {
        return this == LINES ? counts.lines() : counts.code();
    }

    @Override
    public String toString() {
        return label;
    }
}
