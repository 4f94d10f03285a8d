package org.oxidation.chart;

/**
 * A fitted growth drawn dashed over a chart: its value at each sample (in the chart's y units) and its
 * label, "Rust lines double every 7.5 months". Immutable.
 */
public record Trend(double[] ys, String label) {

    public Trend {
        ys = ys.clone();
    }
}
