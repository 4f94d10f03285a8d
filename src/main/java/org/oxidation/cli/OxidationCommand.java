package org.oxidation.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import org.oxidation.count.LanguageRules;
import org.oxidation.model.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * The command line: {@code oxidation [PATH]} opens the window (on the bundled sample without PATH);
 * {@code oxidation count|export|bench ...} run headless. Bad input ends in one line on stderr and a
 * non-zero exit, never a stack trace.
 */
@Command(name = "oxidation", mixinStandardHelpOptions = true, versionProvider = OxidationCommand.Version.class,
        description = "Shows how Rust grows against C in a git history.",
        subcommands = {CountCommand.class, ExportCommand.class, BenchCommand.class})
public final class OxidationCommand implements Callable<Integer> {

    /** Exit status for bad input or an unreadable source. */
    public static final int EXIT_INPUT = 2;
    /** Exit status after Ctrl-C or a cancellation, as shells expect. */
    public static final int EXIT_CANCELLED = 130;

    @Parameters(arity = "0..1", paramLabel = "PATH", description = "A repository to open in the window.")
    Path repository;

    @Override
    public Integer call() {
        return GuiLauncher.launch(repository);
    }

    /** Runs the command line and returns the exit status. */
    public static int run(String... args) {
        return newCommandLine(new PrintWriter(System.err, true)).execute(args);
    }

    /** A command line whose error messages go to {@code err}. */
    static CommandLine newCommandLine(PrintWriter err) {
        CommandLine commandLine = new CommandLine(new OxidationCommand());
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((e, args) -> badArguments(e, err));
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> failed(e, err));
        return commandLine;
    }

    private static int badArguments(CommandLine.ParameterException e, PrintWriter err) {
        err.println("oxidation: " + e.getMessage() + " (see --help)");
        err.flush();
        return EXIT_INPUT;
    }

    static int failed(Exception e, PrintWriter err) {
        int status;
        if (e instanceof InputException) {
            err.println("oxidation: " + e.getMessage());
            status = EXIT_INPUT;
        } else if (e instanceof CancellationException) {
            err.println("oxidation: cancelled; nothing was written");
            status = EXIT_CANCELLED;
        } else if (e.getCause() instanceof OutOfMemoryError) {
            err.println("oxidation: out of memory; run java with a larger -Xmx");
            status = 1;
        } else {
            err.println("oxidation: internal error: " + e + (System.getenv("OXIDATION_DEBUG") == null
                    ? " (set OXIDATION_DEBUG=1 for details)" : ""));
            if (System.getenv("OXIDATION_DEBUG") != null) {
                e.printStackTrace(err);
            }
            status = 1;
        }
        err.flush();
        return status;
    }

    /**
     * The version, the counting rules version (counts and charts record it) and the git commit the
     * program was built from ("unknown" outside a git checkout), from {@code build.properties} that
     * the build writes (src/build/BuildInfo.java). Stateless.
     */
    static final class Version implements CommandLine.IVersionProvider {
        static final String UNKNOWN = "unknown";
        @Override
        public String[] getVersion() {
            Properties build = buildProperties();
            return new String[] {
                "oxidation " + filledIn(build.getProperty("version"), "(development)"),
                "counting rules version " + LanguageRules.standard().version(),
                "commit " + filledIn(build.getProperty("commit"), UNKNOWN)};
        }

        private static Properties buildProperties() {
            Properties properties = new Properties();
            try (InputStream in = Version.class.getResourceAsStream("build.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            } catch (IOException e) {
                // A version line is not worth failing for: the values read as unknown.
            }
            return properties;
        }

        /** Without the build (classes compiled by an IDE) there is no build.properties. */
        private static String filledIn(String value, String fallback) {
            return value == null || value.isBlank() ? fallback : value;
        }
    }
}
