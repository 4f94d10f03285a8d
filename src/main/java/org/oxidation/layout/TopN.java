package org.oxidation.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the few largest series of a chart and sums the rest into {@value #OTHER}, so a stacked chart stays
 * readable. Stateless, thread-safe.
 */
public final class TopN {

    /** Name of the series holding everything not selected. */
    public static final String OTHER = "other";

    private TopN() {
    }

    /**
     * The {@code n} series with the largest value at the last x (ties: larger sum over all x first, then
     * name), in that rank order, followed by {@value #OTHER} holding the element-wise sum of all the other
     * series. {@value #OTHER} is left out when it would be zero everywhere (nothing left over, or only
     * zeros).
     *
     * @param series all series, each with one value per x, all of the same length; must not already
     *               contain a series named {@value #OTHER}
     * @return a new insertion-ordered map; the arrays are copies
     */
    public static Map<String, long[]> select(Map<String, long[]> series, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n " + n + " < 0");
        }
        if (series.containsKey(OTHER)) {
            throw new IllegalArgumentException("input already has a series named " + OTHER);
        }
        int length = commonLength(series);
        List<Map.Entry<String, long[]>> ranked = new ArrayList<>(series.entrySet());
        ranked.sort(Comparator.<Map.Entry<String, long[]>>comparingLong(e -> last(e.getValue())).reversed()
                .thenComparing(Comparator.<Map.Entry<String, long[]>>comparingLong(e -> sum(e.getValue())).reversed())
                .thenComparing(Map.Entry::getKey));

        Map<String, long[]> result = new LinkedHashMap<>();
        long[] other = new long[length];
        boolean otherHasValues = false;
        for (int rank = 0; rank < ranked.size(); rank++) {
            long[] values = ranked.get(rank).getValue();
            if (rank < n) {
                result.put(ranked.get(rank).getKey(), values.clone());
            } else {
                for (int x = 0; x < length; x++) {
                    other[x] = Math.addExact(other[x], values[x]);
                    otherHasValues |= other[x] != 0;
                }
            }
        }
        if (otherHasValues) {
            result.put(OTHER, other);
        }
        return result;
    }

    private static int commonLength(Map<String, long[]> series) {
        int length = -1;
        for (Map.Entry<String, long[]> entry : series.entrySet()) {
            if (length >= 0 && entry.getValue().length != length) {
                throw new IllegalArgumentException("series " + entry.getKey() + " has " + entry.getValue().length
                        + " values, others have " + length);
            }
            length = entry.getValue().length;
        }
        return Math.max(length, 0);
    }

    private static long last(long[] values) {
        return values.length == 0 ? 0 : values[values.length - 1];
    }

    private static long sum(long[] values) {
        long total = 0;
        for (long v : values) {
            total += v;
        }
        return total;
    }
}
