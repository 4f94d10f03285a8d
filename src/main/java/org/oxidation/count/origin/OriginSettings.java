package org.oxidation.count.origin;

import java.util.Objects;

/**
 * How the origin of code is decided: the user's rules, which profile applies ({@link #DETECT}: the
 * built-in profile whose files a tag's tree has; {@link #NONE}; or a profile's name), and whether
 * generated-file markers count. Immutable and thread-safe.
 */
public record OriginSettings(OriginRules rules, String profile, boolean markers) {

    public static final String DETECT = "detect";
    public static final String NONE = "none";

    /** No rules of the user's, the profile detected, markers on: what {@code count} does with no options. */
    public static final OriginSettings DEFAULT = new OriginSettings(OriginRules.NONE, DETECT, true);

    public OriginSettings {
        Objects.requireNonNull(rules);
        Objects.requireNonNull(profile);
    }

    public OriginSettings withRules(OriginRules newRules) {
        return new OriginSettings(newRules, profile, markers);
    }

    public OriginSettings withProfile(String newProfile) {
        return new OriginSettings(rules, newProfile, markers);
    }

    public OriginSettings withMarkers(boolean on) {
        return new OriginSettings(rules, profile, on);
    }

    /** A text that differs whenever the settings can give a tree other origins (a cache key). */
    public String describe() {
        String profileText = profile.equals(NONE) ? "" : " " + OriginProfile.builtInFingerprint();
        return "profile " + profile + profileText + "\nmarkers " + markers + "\nrules\n" + rules.describe();
    }
}
