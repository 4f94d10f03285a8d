package org.oxidation.model;

/**
 * Bad input or an unreadable source, described in one sentence a user can act on (no stack trace is
 * shown for it): "not a git repository: /tmp/x", "no tag matches ^v\d+$".
 */
public class InputException extends RuntimeException {

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
