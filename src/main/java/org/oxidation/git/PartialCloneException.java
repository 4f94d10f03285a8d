package org.oxidation.git;

import org.oxidation.model.InputException;

/**
 * A partial clone lacks blobs that the chosen tags need: the message says which tags and the git
 * command that fetches them, so that a window can also name its own way to fetch them. Immutable.
 */
public final class PartialCloneException extends InputException {

    private static final long serialVersionUID = 1L;

    PartialCloneException(String message, Throwable cause) {
        super(message, cause);
    }
}
