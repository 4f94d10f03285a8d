package org.oxidation.model;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Line counts per language name ({@code "C"}, {@code "Rust"}, ...). Languages absent from the map count
 * as {@link LineCounts#ZERO}. Immutable and thread-safe.
 */
public record LanguageCounts(Map<String, LineCounts> byLanguage) {

    public static final LanguageCounts EMPTY = new LanguageCounts(Map.of());

    public LanguageCounts {
        TreeMap<String, LineCounts> copy = new TreeMap<>();
        byLanguage.forEach((language, counts) -> {
            if (!counts.isEmpty()) {
                copy.put(language, counts);
            }
        });
        byLanguage = Collections.unmodifiableMap(copy);
    }

    public static LanguageCounts of(String language, LineCounts counts) {
        return new LanguageCounts(Map.of(language, counts));
    }

    public LineCounts get(String language) {
        return byLanguage.getOrDefault(language, LineCounts.ZERO);
    }

    public Set<String> languages() {
        return byLanguage.keySet();
    }

    public LanguageCounts plus(LanguageCounts other) {
        if (other.byLanguage.isEmpty()) {
            return this;
        }
        if (byLanguage.isEmpty()) {
            return other;
        }
        TreeMap<String, LineCounts> sum = new TreeMap<>(byLanguage);
        other.byLanguage.forEach((language, counts) -> sum.merge(language, counts, LineCounts::plus));
        return new LanguageCounts(sum);
    }

    /** The sum over all languages. */
    public LineCounts total() {
        return byLanguage.values().stream().reduce(LineCounts.ZERO, LineCounts::plus);
    }

    public boolean isEmpty() {
        return byLanguage.isEmpty();
    }
}
