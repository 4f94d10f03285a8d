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
        int status;
        try {
            status = OxidationCommand.run(args);
        } catch (OutOfMemoryError e) {
            // An Error passes picocli's handler; it still gets one line, not a stack trace.
            System.err.println("oxidation: out of memory; run java with a larger -Xmx");
            status = 1;
        }
        System.exit(status);
    }
}
