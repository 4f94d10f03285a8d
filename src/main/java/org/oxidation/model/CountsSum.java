package org.oxidation.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Adds up line counts per language without making an object per addition: a directory's totals are
 * summed from thousands of files every time a tag changes it, and when the tree cache is loaded. Not
 * thread-safe; use one per sum.
 */
final class CountsSum {

    private static final int FIELDS = 6;

    private String[] languages = new String[2];
    private long[] sums = new long[2 * FIELDS];
    private int size;

    void add(String language, LineCounts counts) {
        int at = indexOf(language) * FIELDS;
        sums[at] += counts.files();
        sums[at + 1] += counts.lines();
        sums[at + 2] += counts.code();
        sums[at + 3] += counts.comment();
        sums[at + 4] += counts.blank();
        sums[at + 5] += counts.unsafeLines();
    }

    void add(LanguageCounts counts) {
        counts.byLanguage().forEach(this::add);
    }

    LanguageCounts toLanguageCounts() {
        if (size == 0) {
            return LanguageCounts.EMPTY;
        }
        Map<String, LineCounts> byLanguage = new HashMap<>();
        for (int i = 0; i < size; i++) {
            int at = i * FIELDS;
            byLanguage.put(languages[i], new LineCounts(sums[at], sums[at + 1], sums[at + 2], sums[at + 3],
                    sums[at + 4], sums[at + 5]));
        }
        return new LanguageCounts(byLanguage);
    }

    private int indexOf(String language) {
        for (int i = 0; i < size; i++) {
            if (languages[i] == language || languages[i].equals(language)) {
                return i;
            }
        }
        if (size == languages.length) {
            languages = Arrays.copyOf(languages, size * 2);
            sums = Arrays.copyOf(sums, size * 2 * FIELDS);
        }
        languages[size] = language;
        return size++;
    }
}
