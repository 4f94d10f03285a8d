package org.oxidation.ui.app;

import java.util.prefs.Preferences;

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

    static void save(OriginRulesDialog.Choice choice) {
        String text = choice.rulesText();
        NODE.put(KEY, text.length() > Preferences.MAX_VALUE_LENGTH ? text.substring(0, Preferences.MAX_VALUE_LENGTH) : text);
        NODE.putBoolean(PROFILE, choice.profile());
        NODE.putBoolean(MARKERS, choice.markers());
    }
}
