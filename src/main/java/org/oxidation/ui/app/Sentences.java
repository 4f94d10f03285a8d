package org.oxidation.ui.app;

import java.util.Locale;

/**
 * Turns messages into what a dialog shows: one sentence, capitalised, ending with a full stop, and
 * never a stack trace. Stateless and thread-safe.
 */
final class Sentences {

    private Sentences() {
    }

    /** "not a git repository: /tmp/x" → "Not a git repository: /tmp/x." */
    static String of(String message) {
        String text = message == null || message.isBlank() ? "Something went wrong" : message.strip();
        text = text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
        return text.matches(".*[.!?]$") ? text : text + ".";
    }

    /** A sentence for an exception nobody expected: its kind and message, no trace. */
    static String unexpected(Throwable failure) {
        String detail = failure.getMessage() == null ? "" : ": " + failure.getMessage();
        return of("Something unexpected went wrong (" + failure.getClass().getSimpleName() + detail + ")");
    }
}
