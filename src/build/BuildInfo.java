import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Writes {@code org/oxidation/cli/build.properties} for {@code oxidation --version}: the project version
 * and the commit git names as HEAD, or "unknown" when the build is not in a git checkout or git is
 * missing. Run by the build (pom.xml, execution build-info) as a single-file program:
 * {@code java src/build/BuildInfo.java OUTPUT_DIR VERSION}. Asks git itself, so linked worktrees and
 * merge commits give the commit that is checked out. Not thread-safe; a one-shot program.
 */
public final class BuildInfo {

    private BuildInfo() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path file = Path.of(args[0], "org", "oxidation", "cli", "build.properties");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "# Written by src/build/BuildInfo.java at build time; read by --version.\n"
                + "version=" + args[1] + "\n" + "commit=" + head() + "\n", StandardCharsets.UTF_8);
    }

    private static String head() throws InterruptedException {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--verify", "HEAD")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            boolean done = git.waitFor(30, TimeUnit.SECONDS);
            return done && git.exitValue() == 0 && out.matches("[0-9a-f]{40,64}") ? out : "unknown";
        } catch (IOException e) {
            return "unknown";
        }
    }
}
