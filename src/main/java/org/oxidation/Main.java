package org.oxidation;

import org.oxidation.cli.OxidationCommand;

/**
 * The jar's entry point. It does not extend {@code javafx.application.Application}, so the fat jar
 * starts on the class path without the JavaFX launcher's module checks.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(OxidationCommand.run(args));
    }
}
