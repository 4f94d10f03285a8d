package org.oxidation.chart;

import java.util.Objects;

/**
 * How the samples of a repository were chosen, as the {@code count} and {@code export} commands' options
 * say it: at the tags matching the pattern (the default), or with {@code every} set, one commit per
 * interval along {@code ref}'s first-parent chain between optional dates, with the release tags of that
 * history marked on the time axis when {@code markTags} is set. Text only: {@code git.IntervalSelector}
 * parses it. Immutable.
 *
 * @param every    {@code 1m}, {@code 2w}, {@code 1y}, {@code 7d}; null to sample tags
 * @param ref      the branch (or any ref) sampled along; {@code HEAD} by default
 * @param since    the first date sampled from, {@code 2024-01-01}, or null for the branch's start
 * @param until    the last date sampled at, or null for the branch's last commit
 * @param markTags whether the tags matching the tag pattern in that history are marked on the axis
 */
public record Sampling(String every, String ref, String since, String until, boolean markTags) {

    /** The release tags, as before interval sampling existed. */
    public static final Sampling TAGS = new Sampling(null, null, null, null, false);

    public static final String DEFAULT_REF = "HEAD";

    public Sampling {
        ref = every == null ? null : Objects.requireNonNullElse(blankToNull(ref), DEFAULT_REF);
        since = every == null ? null : blankToNull(since);
        until = every == null ? null : blankToNull(until);
        markTags = every != null && markTags;
    }

    /** Samples one commit per interval along a branch. */
    public static Sampling every(String every, String ref, String since, String until, boolean markTags) {
        return new Sampling(Objects.requireNonNull(every), ref, since, until, markTags);
    }

    public boolean byInterval() {
        return every != null;
    }

    /** "release tags", "every month on main since 2018-01-01" (for the toolbar and the status bar). */
    public String describe() {
        if (!byInterval()) {
            return "release tags";
        }
        return "every " + intervalWords(every) + " on " + ref + (since == null ? "" : " since " + since)
                + (until == null ? "" : " until " + until);
    }

    /** "month", "2 weeks", "year", "7 days" for {@code 1m}, {@code 2w}, {@code 1y}, {@code 7d}. */
    static String intervalWords(String every) {
        String text = every.strip();
        String number = text.substring(0, text.length() - 1);
        String unit = switch (text.charAt(text.length() - 1)) {
            case 'd', 'D' -> "day";
            case 'w', 'W' -> "week";
            case 'y', 'Y' -> "year";
            default -> "month";
        };
        return number.equals("1") ? unit : number + " " + unit + "s";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
