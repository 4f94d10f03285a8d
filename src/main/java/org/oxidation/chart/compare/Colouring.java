package org.oxidation.chart.compare;

import java.util.Locale;
import org.oxidation.model.InputException;

/** What colours the Compare view's tiles: the change in Rust lines or in C lines. */
public enum Colouring {
    RUST_CHANGE("Rust"), C_CHANGE("C");

    private final String language;

    Colouring(String language) {
        this.language = language;
    }

    /** "Rust" or "C". */
    public String language() {
        return language;
    }

    /** The command line's word: {@code rust} or {@code c}. */
    public String id() {
        return language.toLowerCase(Locale.ROOT);
    }

    /** Reads {@link #id()}; anything else is bad input in one sentence. */
    public static Colouring parse(String word) {
        for (Colouring colouring : values()) {
            if (colouring.id().equalsIgnoreCase(word.strip())) {
                return colouring;
            }
        }
        throw new InputException("unknown --colour '" + word + "': use rust or c");
    }
}
