package org.oxidation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code oxidation --version}, checked against pom.xml, languages.json and git itself. */
class VersionTest {

    private static final Path BASEDIR = Path.of(System.getProperty("basedir", "."));

    @Test
    void versionNamesTheProjectVersionTheCountingRulesVersionAndTheCommitItWasBuiltFrom() throws Exception {
        StringWriter out = new StringWriter();
        int status = OxidationCommand.newCommandLine(new PrintWriter(new StringWriter()))
                .setOut(new PrintWriter(out, true)).execute("--version");

        assertEquals(0, status);
        assertEquals(List.of(
                "oxidation " + first(BASEDIR.resolve("pom.xml"), "<artifactId>oxidation</artifactId>\\s*<version>([^<]+)</version>"),
                "counting rules version " + first(BASEDIR.resolve("src/main/resources/org/oxidation/count/languages.json"),
                        "\"version\"\\s*:\\s*(\\d+)"),
                "commit " + gitHead()), out.toString().lines().toList());
    }

    private static String first(Path file, String regex) throws IOException {
        Matcher matcher = Pattern.compile(regex).matcher(Files.readString(file));
        if (!matcher.find()) {
            throw new AssertionError(regex + " not in " + file);
        }
        return matcher.group(1);
    }

    /** What the build should have recorded: HEAD, or "unknown" where this is not a git checkout. */
    private static String gitHead() throws Exception {
        Process git = new ProcessBuilder("git", "rev-parse", "HEAD").directory(BASEDIR.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String head = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        return git.waitFor(30, TimeUnit.SECONDS) && git.exitValue() == 0 ? head : OxidationCommand.Version.UNKNOWN;
    }
}
