package org.oxidation.chart;

import java.util.Locale;
import org.oxidation.model.InputException;

/**
 * How the Timeline and the Rust share place their samples along x: evenly one after another ("by tag"),
 * or at their commit dates ("by date", proportional to time). {@link #AUTO} is by date for samples taken
 * at intervals along a branch, and by tag for release tags, whose names read better than dates and whose
 * spacing (a release every nine or ten weeks in the kernel) is nearly even anyway.
 */
public enum Placement {
    AUTO, BY_TAG, BY_DATE;

    /** The export command's word: {@code tag} or {@code date}. */
    public String id() {
        return this == BY_DATE ? "date" : this == BY_TAG ? "tag" : "auto";
    }

    public static Placement parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "date" -> BY_DATE;
            case "tag" -> BY_TAG;
            case "auto" -> AUTO;
            default -> throw new InputException("--x-axis takes date or tag, not '" + text + "'");
        };
    }

    /** Whether samples chosen by {@code sampling} are placed by date under this choice. */
    public boolean byDate(Sampling sampling) {
        return this == BY_DATE || this == AUTO && sampling.byInterval();
    }
}
