package org.oxidation.ui.app;

import java.util.prefs.Preferences;

/**
 * The origin rules the user typed, kept in the user's preferences (never in a repository), so they
 * apply again the next time the window opens. Thread-safe (Preferences is).
 */
final class OriginRulesSetting {

    private static final String KEY = "originRules";
    private static final Preferences NODE = Preferences.userNodeForPackage(OriginRulesSetting.class);

    private OriginRulesSetting() {
    }

    static String text() {
        return NODE.get(KEY, "");
    }

    static void save(String text) {
        NODE.put(KEY, text.length() > Preferences.MAX_VALUE_LENGTH ? text.substring(0, Preferences.MAX_VALUE_LENGTH) : text);
    }
}
