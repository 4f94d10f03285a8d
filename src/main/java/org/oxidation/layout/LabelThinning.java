package org.oxidation.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Picks which category labels (tags along the time axis) to draw so that none overlap. Stateless,
 * thread-safe.
 */
public final class LabelThinning {

    private LabelThinning() {
    }

    /**
     * Indices of the labels to show. Categories sit evenly from 0 to {@code axisLength} (the first at 0,
     * the last at the end) and each label is {@code labelWidth} wide, centred on its category; include any
     * gap wanted between labels in {@code labelWidth}. Every {@code k}-th label is kept, {@code k} the
     * smallest step at which neighbours do not overlap; the first and last are always kept, and a regular
     * label too close to the last one is dropped instead.
     */
    public static int[] visibleIndices(int count, double axisLength, double labelWidth) {
        if (count < 0) {
            throw new IllegalArgumentException("count " + count + " < 0");
        }
        if (count <= 2) {
            return count == 0 ? new int[0] : count == 1 ? new int[] {0} : new int[] {0, 1};
        }
        int last = count - 1;
        double spacing = axisLength / last;
        if (!(labelWidth > 0)) {
            return range(count);
        }
        if (!(spacing > 0)) {
            return new int[] {0, last};
        }
        long step = Math.max(1, (long) Math.ceil(labelWidth / spacing));
        // Guard against ceil landing one short through rounding of the division.
        while (step * spacing < labelWidth) {
            step++;
        }
        List<Integer> shown = new ArrayList<>();
        shown.add(0);
        for (long i = step; i <= last - step; i += step) {
            shown.add((int) i);
        }
        shown.add(last);
        return shown.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] range(int count) {
        int[] all = new int[count];
        for (int i = 0; i < count; i++) {
            all[i] = i;
        }
        return all;
    }
}
