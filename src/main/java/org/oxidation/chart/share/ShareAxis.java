package org.oxidation.chart.share;

import java.util.List;
import org.oxidation.layout.LogScale;
import org.oxidation.layout.NiceScale;
import org.oxidation.layout.Units;

/**
 * The share chart's y axis: shares as they are on a linear axis, or mapped through a {@link LogScale}
 * onto 0..1 with one tick per decade. Zero shares have no place on a log axis and are left out there.
 * Immutable and thread-safe.
 */
public record ShareAxis(LogScale log, NiceScale linear) {

    /** The axis that fits the lines. */
    public static ShareAxis fit(List<ShareLine> lines, boolean logarithmic) {
        double smallest = Double.MAX_VALUE;
        double largest = 0;
        for (ShareLine line : lines) {
            for (int x = 0; x < line.tags(); x++) {
                double share = line.share(x);
                largest = Math.max(largest, share);
                if (share > 0) {
                    smallest = Math.min(smallest, share);
                }
            }
        }
        if (logarithmic && largest > 0) {
            return new ShareAxis(LogScale.decadesAround(smallest, largest), null);
        }
        return new ShareAxis(null, NiceScale.forMax(largest));
    }

    public boolean canShow(double share) {
        return log == null || share > 0;
    }

    /** Where a share sits on the axis. */
    public double position(double share) {
        return log == null ? share : log.fraction(share);
    }

    public double upperBound() {
        return log == null ? linear.niceMax() : 1;
    }

    public double tickUnit() {
        return log == null ? linear.tickSpacing() : 1.0 / (log.decadeTicks().length - 1);
    }

    /** The label of the tick at an axis position. */
    public String label(double position) {
        return Units.percent(log == null ? position : log.valueAt(position));
    }
}
