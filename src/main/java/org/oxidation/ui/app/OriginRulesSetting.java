package org.oxidation.ui.app;

import java.util.prefs.Preferences;
import org.oxidation.count.origin.OriginRules;
import org.oxidation.count.origin.OriginSettings;

/**
 * The origin choices the user made (rules typed, profile and markers on or off), kept in the user's
 * preferences (never in a repository), so they apply again the next time the window opens.
 * Thread-safe (Preferences is).
 */
final class OriginRulesSetting {

    private static final String KEY = "originRules";
    private static final String PROFILE = "originProfile";
    private static final String MARKERS = "originMarkers";
    private static final Preferences NODE = Preferences.userNodeForPackage(OriginRulesSetting.class);

    private OriginRulesSetting() {
    }

    static OriginRulesDialog.Choice load() {
        return new OriginRulesDialog.Choice(NODE.get(KEY, ""), NODE.getBoolean(PROFILE, true), NODE.getBoolean(MARKERS, true));
    }

    /**
     * The settings a choice stands for, as the window applies them (the rules parsed, the profile detected
     * per tree or none); an {@link org.oxidation.model.InputException} for a malformed rule.
     */
    static OriginSettings settingsOf(OriginRulesDialog.Choice choice) {
        return new OriginSettings(parseRules(choice.rulesText()), choice.profile() ? OriginSettings.DETECT : OriginSettings.NONE,
                choice.markers());
    }

    /**
     * The remembered choice's settings, for a read-ahead that runs before the window applies them; null
     * when a rule is malformed (the window says so when it applies them).
     */
    static OriginSettings remembered() {
        try {
            return settingsOf(load());
        } catch (org.oxidation.model.InputException e) {
            return null;
        }
    }

    /** The rules typed, one {@code GLOB=label} a line; blank lines and {@code #} comments are skipped. */
    static OriginRules parseRules(String rulesText) {
        return OriginRules.parse(rulesText.lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList(), "origin rules");
    }

    static void save(OriginRulesDialog.Choice choice) {
        String text = choice.rulesText();
        NODE.put(KEY, text.length() > Preferences.MAX_VALUE_LENGTH ? text.substring(0, Preferences.MAX_VALUE_LENGTH) : text);
        NODE.putBoolean(PROFILE, choice.profile());
        NODE.putBoolean(MARKERS, choice.markers());
    }
}
