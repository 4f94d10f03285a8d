package org.oxidation.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process for tests in other packages; error lines are dropped. */
public final class TestCli {

    private TestCli() {
    }

    public static int run(String... args) {
        return OxidationCommand.newCommandLine(new PrintWriter(new StringWriter())).execute(args);
    }
}
