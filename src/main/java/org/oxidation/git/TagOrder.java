package org.oxidation.git;

import java.util.Locale;
import org.oxidation.model.InputException;

/** How sampled tags are ordered: by version number (the default) or by commit date. */
public enum TagOrder {
    VERSION, DATE;

    public static TagOrder parse(String word) {
        try {
            return valueOf(word.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InputException("unknown order '" + word + "': use version or date");
        }
    }
}
