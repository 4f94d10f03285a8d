package org.oxidation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oxidation.testing.TestHistory;
import org.testfx.api.FxToolkit;
import org.w3c.dom.Node;
import picocli.CommandLine;

class ExportCommandTest {

    @TempDir
    static Path dir;

    private static Path repo;
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void historyAndToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        repo = dir.resolve("linux.git");
        try (TestHistory history = TestHistory.bare(repo)) {
            Map<String, String> v1 = new HashMap<>();
            v1.put("drivers/net/a.c", "int a;\nint b;\nint c;\n".repeat(50));
            v1.put("drivers/gpu/drm/d.c", "int d;\n".repeat(400));
            v1.put("fs/ext4/e.c", "int e;\n".repeat(120));
            v1.put("rust/kernel/lib.rs", "fn k() {}\n".repeat(30));
            v1.put("drivers/gpu/x.rs", "fn a() {}\nfn b() {}\nfn c() {}\nfn d() {}\nfn e() {}\n".repeat(4));
            history.commit("v1.0", v1);
            Map<String, String> v2 = new HashMap<>(v1);
            v2.remove("drivers/gpu/x.rs");
            v2.put("drivers/gpu/nova/x.rs", "fn a() {}\nfn b() {}\nfn c() {}\nfn d() {}\nfn e() {}\n".repeat(4) + "fn z() {}\n");
            v2.put("drivers/net/phy/p.rs", "fn p() {}\n".repeat(80));
            history.commit("v2.0", v2);
        }
    }

    private int run(String... args) {
        CommandLine commandLine = OxidationCommand.newCommandLine(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private String[] export(String chart, Path png, String... more) {
        String[] base = {"export", "--cache-dir", dir.resolve("cache").toString(), "--repo", repo.toString(),
                "--chart", chart, "--png", png.toString(), "--width", "900", "--height", "600"};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @ParameterizedTest
    @ValueSource(strings = {"timeline", "share", "treemap", "compare"})
    void writesAPictureOfTheRequestedSizeWithTextAndMetadata(String chart) throws Exception {
        Path png = dir.resolve(chart + ".png");
        assertEquals(0, run(export(chart, png)), err.toString());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(900, image.getWidth());
        assertEquals(600, image.getHeight());
        Set<Integer> colours = new HashSet<>();
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                colours.add(rgb);
                if (((rgb >> 16) & 0xff) < 70 && ((rgb >> 8) & 0xff) < 70 && (rgb & 0xff) < 70) {
                    dark++;
                }
            }
        }
        assertTrue(colours.size() > 50, "distinct colours: " + colours.size());
        assertTrue(dark > 200, "dark text pixels: " + dark);
        Map<String, String> text = textChunks(png);
        assertTrue(text.keySet().containsAll(Set.of("Title", "Software", "Source", "Tags", "Commits",
                "Counting rules version", "View")), text.toString());
        assertTrue(text.get("Software").startsWith("Oxidation "));
        assertEquals(chart.equals("treemap") ? "v2.0" : "v1.0 v2.0", text.get("Tags"));
        assertTrue(text.get("View").startsWith(chart));
    }

    @Test
    void theTreemapDrawsTheTagAsked() throws Exception {
        Path png = dir.resolve("v1.png");
        assertEquals(0, run(export("treemap", png, "--tag", "v1.0")), err.toString());
        assertEquals("v1.0", textChunks(png).get("Tags"));
    }

    static Map<String, String> textChunks(Path png) throws Exception {
        return org.oxidation.testing.PngText.of(png);
    }

    private void assertOneLineFailure(String expectedStart, String... args) {
        err.getBuffer().setLength(0); // one command's message at a time
        assertEquals(OxidationCommand.EXIT_INPUT, run(args), err.toString());
        String message = err.toString().strip();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.startsWith(expectedStart), message);
    }

    @Test
    void rejectsAModeForAnotherChartOrAnUnknownMode() {
        assertOneLineFailure("oxidation: --mode is for the timeline chart only",
                export("treemap", dir.resolve("x.png"), "--mode", "rust-origin"));
        err.getBuffer().setLength(0);
        assertOneLineFailure("oxidation: unknown --mode 'pie'", export("timeline", dir.resolve("x.png"), "--mode", "pie"));
    }

    @Test
    void rejectsAnUnknownChart() {
        Path png = dir.resolve("x.png");
        assertOneLineFailure("oxidation: unknown chart 'pie': use timeline, share, treemap, compare", export("pie", png));
        assertFalse(Files.exists(png));
    }

    @Test
    void rejectsAnUnknownTag() {
        Path png = dir.resolve("x.png");
        assertOneLineFailure("oxidation: unknown tag 'v9.9'", export("treemap", png, "--tag", "v9.9"));
        assertFalse(Files.exists(png));
    }

    @Test
    void rejectsAMissingPngOption() {
        assertOneLineFailure("oxidation: Missing required option: '--png=OUT.png'",
                "export", "--repo", repo.toString(), "--chart", "treemap");
    }

    @Test
    void rejectsAnOutputWhoseDirectoryIsMissing() {
        Path png = dir.resolve("missing/x.png");
        assertOneLineFailure("oxidation: cannot write " + png + ": its directory", export("treemap", png));
    }

    @Test
    void rejectsAnOutputThatIsADirectory() {
        assertOneLineFailure("oxidation: cannot write " + dir + ": it is a directory", export("treemap", dir));
    }

    @Test
    void rejectsTwoSourcesAtOnce() {
        assertOneLineFailure("oxidation: Error: --repo=PATH, --from-csv=FILE are mutually exclusive",
                "export", "--repo", repo.toString(), "--from-csv", "a.csv", "--chart", "treemap", "--png", "x.png");
    }

    @Test
    void rejectsTooManyTagsForTheChart() {
        assertOneLineFailure("oxidation: the treemap chart takes one --tag, not 2",
                export("treemap", dir.resolve("x.png"), "--tag", "v1.0", "--tag", "v2.0"));
    }

    @Test
    void theViewsOwnChoicesAreOptionsAndThePngCarriesTheLineThatDrawsIt() throws Exception {
        Path png = dir.resolve("drilled.png");
        assertEquals(0, run("export", "--repo", repo.toString(), "--cache-dir", dir.resolve("cache").toString(),
                "--chart", "treemap", "--tag", "v1.0", "--open", "drivers/gpu", "--measure", "code-lines",
                "--png", png.toString()), err.toString());
        Map<String, String> text = textChunks(png);
        assertEquals("treemap drivers/gpu", text.get("View"));
        assertEquals("oxidation export --repo " + repo + " --measure code-lines --chart treemap --tag v1.0 "
                + "--open drivers/gpu --png " + png, text.get("Command"));
    }

    @Test
    void theBundledSampleIsAnInputAsTheWindowOpensIt() throws Exception {
        Path png = dir.resolve("sample-share.png");
        assertEquals(0, run("export", "--sample", "--chart", "share", "--share-scale", "linear", "--subsystem", "rust",
                "--hide", "all code", "--png", png.toString()), err.toString());
        assertEquals("linux (sample) - share", textChunks(png).get("Title"));
        assertEquals("linear", textChunks(png).get("Scale"));
        assertEquals("rust", textChunks(png).get("Subsystems"));
    }

    /**
     * A line copied from the window draws even when the data lacks a choice's name (a path the tag does
     * not have, a series of another grouping): it is drawn as the window draws it, and named in a warning.
     */
    @Test
    void aChoiceTheDataDoesNotHaveIsLeftOutWithAWarningAsTheWindowDoes() throws Exception {
        Path hidden = dir.resolve("hidden.png");
        assertEquals(0, run("export", "--sample", "--chart", "timeline", "--hide", "drivers/nowhere", "--png",
                hidden.toString()), err.toString());
        assertTrue(err.toString().startsWith("warning: --hide 'drivers/nowhere': the chart has no such series, left out "
                + "(it has rust, rust \u00b7 vendored, drivers/gpu, "), err.toString());
        err.getBuffer().setLength(0);
        Path drilled = dir.resolve("cut.png");
        assertEquals(0, run("export", "--repo", repo.toString(), "--cache-dir", dir.resolve("cache").toString(),
                "--chart", "treemap", "--open", "drivers/gpu", "--open", "drivers/gpu/nowhere", "--png", drilled.toString()),
                err.toString());
        assertTrue(err.toString().contains("warning: --open drivers/gpu/nowhere: no such subsystem or directory to open "
                + "in drivers/gpu; drawn from there"), err.toString());
        assertEquals("treemap drivers/gpu", textChunks(drilled).get("View"));
    }

    @Test
    void aChoiceThatDoesNotFitTheChartIsOneSentence() {
        Path png = dir.resolve("never.png");
        assertOneLineFailure("oxidation: --open is for the treemap chart only",
                "export", "--sample", "--chart", "timeline", "--open", "rust", "--png", png.toString());
        assertOneLineFailure("oxidation: --hide is for the timeline and share charts only",
                "export", "--sample", "--chart", "compare", "--hide", "rust", "--png", png.toString());
        assertOneLineFailure("oxidation: unknown --colour 'blue': use rust or c",
                "export", "--sample", "--chart", "compare", "--colour", "blue", "--png", png.toString());
        assertOneLineFailure("oxidation: unknown --measure 'words': use lines or code-lines",
                "export", "--sample", "--chart", "share", "--measure", "words", "--png", png.toString());
        assertFalse(Files.exists(png));
    }
}
