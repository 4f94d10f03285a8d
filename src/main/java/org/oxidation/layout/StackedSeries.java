package org.oxidation.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Stacked-area maths for the timeline: series stacked on top of each other at each x category (tag), the
 * first series at the bottom. The UI draws series {@code s} as the band between {@link #bottom} and
 * {@link #top}.
 *
 * <p>Values must not be negative (they are line counts): a negative value would make a band fold over the
 * one below. Immutable (inputs are copied) and thread-safe.
 */
public final class StackedSeries {

    private final List<String> categories;
    private final List<String> seriesNames;
    /** tops[s][x]; the bottom of series s is the top of series s - 1 (or 0). */
    private final double[][] tops;

    /**
     * @param categories  the x categories in order, e.g. tag names
     * @param seriesNames one name per series, bottom series first
     * @param values      {@code values[series][x]}
     */
    public StackedSeries(List<String> categories, List<String> seriesNames, double[][] values) {
        this.categories = List.copyOf(categories);
        this.seriesNames = List.copyOf(seriesNames);
        if (values.length != seriesNames.size()) {
            throw new IllegalArgumentException(values.length + " value rows for " + seriesNames.size() + " series");
        }
        int xs = categories.size();
        tops = new double[values.length][xs];
        for (int s = 0; s < values.length; s++) {
            if (values[s].length != xs) {
                throw new IllegalArgumentException("series " + seriesNames.get(s) + " has " + values[s].length
                        + " values for " + xs + " categories");
            }
            for (int x = 0; x < xs; x++) {
                double v = values[s][x];
                if (!(v >= 0) || Double.isInfinite(v)) {
                    throw new IllegalArgumentException("series " + seriesNames.get(s) + " at "
                            + categories.get(x) + ": " + v + " is not a finite non-negative value");
                }
                tops[s][x] = (s == 0 ? 0 : tops[s - 1][x]) + v;
            }
        }
    }

    /** Same as the {@code double} constructor, for counts. */
    public static StackedSeries ofLongs(List<String> categories, List<String> seriesNames, long[][] values) {
        double[][] asDoubles = new double[values.length][];
        for (int s = 0; s < values.length; s++) {
            asDoubles[s] = new double[values[s].length];
            for (int x = 0; x < values[s].length; x++) {
                asDoubles[s][x] = values[s][x];
            }
        }
        return new StackedSeries(categories, seriesNames, asDoubles);
    }

    /** Stacks the map's series in its iteration order, e.g. the result of {@link TopN#select}. */
    public static StackedSeries of(List<String> categories, Map<String, long[]> series) {
        return ofLongs(categories, new ArrayList<>(series.keySet()), series.values().toArray(new long[0][]));
    }

    public List<String> categories() {
        return categories;
    }

    public List<String> seriesNames() {
        return seriesNames;
    }

    public double bottom(int series, int x) {
        return series == 0 ? 0 : tops[series - 1][x];
    }

    public double top(int series, int x) {
        return tops[series][x];
    }

    /** Height of the whole stack at {@code x}: 0 when there are no series. */
    public double total(int x) {
        return tops.length == 0 ? 0 : tops[tops.length - 1][x];
    }

    /** The highest stack over all x, the value the y axis must reach. */
    public double maxTotal() {
        double max = 0;
        for (int x = 0; x < categories.size(); x++) {
            max = Math.max(max, total(x));
        }
        return max;
    }
}
