package org.oxidation.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oxidation.count.Grouping;
import org.oxidation.count.LanguageRules;
import org.oxidation.count.Subsystems;
import org.oxidation.count.origin.OriginResolver;
import org.oxidation.count.origin.OriginRules;
import org.oxidation.count.origin.OriginSettings;
import org.oxidation.count.origin.VendoringEvents;
import org.oxidation.model.Breakdown;
import org.oxidation.model.Origin;
import org.oxidation.model.ProgressMonitor;
import org.oxidation.model.Snapshot;
import org.oxidation.model.Timeline;
import org.oxidation.testing.TestHistory;

/**
 * The four sources of origin on histories written here: README conventions, generated-file markers,
 * {@code .gitattributes}, the kernel profile, the user's rules, and their precedence; vendoring events.
 * Every file is one line ("int x;" or "fn x() {}") unless stated, so a row's lines are its file count.
 */
class OriginSourcesTest {

    @TempDir
    Path dir;

    private static final String C = "int x;\n";
    private static final String RS = "fn x() {}\n";
    /** The first lines of rust/alloc/README.md in v6.1 to v6.9. */
    private static final String ALLOC_README = "# `alloc`\n\nThese source files come from the Rust standard library, hosted in\n"
            + "the <https://github.com/rust-lang/rust> repository, licensed under\n\"Apache-2.0 OR MIT\" and adapted for kernel use.\n";

    private static String crateReadme(String crate, String version) {
        return "# `" + crate + "`\n\nThese source files come from the Rust `" + crate + "` crate, version\n" + version
                + " (released 2025-01-01), hosted in the <https://github.com/x/" + crate + "> repository.\n";
    }

    /** The files the kernel profile recognises a tree by, one line of C each (4 lines of "(root)"-less C). */
    private static Map<String, String> kernelTree() {
        Map<String, String> files = new HashMap<>();
        for (String path : List.of("init/main.c", "kernel/fork.c", "mm/memory.c", "include/linux/kernel.h")) {
            files.put(path, C);
        }
        return files;
    }

    private Map<String, Snapshot> sampleAll(TestHistory history, OriginSettings settings) {
        OriginResolver resolver = new OriginResolver(settings);
        Map<String, Snapshot> snapshots = new java.util.LinkedHashMap<>();
        try (HistorySampler sampler = new HistorySampler(history.repository(), LanguageRules.standard(), new BlobCounts(), 2)) {
            for (ReleaseTag tag : TagSelector.select(history.repository(), TagSelector.compile(".*"), TagOrder.VERSION,
                    ProgressMonitor.NONE)) {
                snapshots.put(tag.name(), resolver.resolve(sampler.sample(tag, ProgressMonitor.NONE)));
            }
        }
        return snapshots;
    }

    private Snapshot sampleOne(Map<String, String> files, OriginSettings settings) throws Exception {
        try (TestHistory history = TestHistory.bare(java.nio.file.Files.createTempDirectory(dir, "repo"))) {
            history.commit("v1.0", files);
            return sampleAll(history, settings).get("v1.0");
        }
    }

    private static Origin originOf(Snapshot snapshot, String path) {
        int slash = path.lastIndexOf('/');
        var parentPath = path.substring(0, Math.max(0, slash));
        Origin outer = Origin.INHERITED;
        var current = snapshot.root();
        for (String part : parentPath.isEmpty() ? new String[0] : parentPath.split("/")) {
            current = current.dir(part).orElseThrow();
            outer = current.effectiveOrigin(outer);
        }
        String name = path.substring(slash + 1);
        var file = current.files().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
        return file.origin().orElse(outer);
    }

    private static Origin.Kind kindOf(Snapshot snapshot, String path) {
        return originOf(snapshot, path).kind();
    }

    @Test
    void theStandardLibraryReadmeMakesItsDirectoryVendoredUnderTheDirectorysName() throws Exception {
        Map<String, String> files = kernelTree();
        files.put("rust/alloc/README.md", ALLOC_README);
        files.put("rust/alloc/vec/mod.rs", RS + RS + RS);
        files.put("rust/alloc/boxed.rs", RS);
        files.put("rust/kernel/lib.rs", RS + RS);
        Snapshot snapshot = sampleOne(files, OriginSettings.DEFAULT);
        assertEquals(Origin.vendored("alloc", "", "Rust standard library"), originOf(snapshot, "rust/alloc/boxed.rs"));
        Breakdown.Row rust = Subsystems.breakdown(snapshot, Grouping.KERNEL).row("rust", "Rust");
        assertEquals(6, rust.counts().lines());
        assertEquals(4, rust.vendoredLines(), "rust/alloc: 3 + 1 lines");
        assertEquals(Map.of("alloc", ""), rust.vendoredFrom());
    }

    @Test
    void eachMarkerPhraseInTheFirstFiveLinesMarksAFileGeneratedAndNotBelowThem() throws Exception {
        List<String> phrases = LanguageRules.standard().generatedMarkers().phrases();
        assertTrue(phrases.containsAll(List.of("@generated", "DO NOT EDIT", "Code generated by",
                "This file is automatically generated")), phrases.toString());
        assertEquals(5, LanguageRules.standard().generatedMarkers().lines());
        Map<String, String> files = new HashMap<>();
        for (int i = 0; i < phrases.size(); i++) {
            String phrase = phrases.get(i);
            String lower = phrase.toLowerCase(java.util.Locale.ROOT);
            files.put("gen/line5_" + i + ".c", "/* SPDX */\n/*\n *\n *\n * " + lower + " tool.py */\n" + C);
            files.put("gen/line1_" + i + ".h", "// " + phrase + "\n" + C);
            files.put("hand/line6_" + i + ".c", "/*\n *\n *\n *\n *\n * " + phrase + " */\n" + C);
        }
        Snapshot snapshot = sampleOne(files, OriginSettings.DEFAULT);
        Breakdown rows = Subsystems.breakdown(snapshot, Grouping.parse("depth:1"));
        assertEquals(rows.row("gen", "C").counts().lines(), rows.row("gen", "C").generatedLines(),
                "every file under gen/ has a phrase within its first five lines");
        assertEquals(2 * phrases.size(), rows.row("gen", "C").counts().files());
        assertEquals(0, rows.row("hand", "C").generatedLines(), "a phrase on the sixth line does not count");
        Snapshot markersOff = sampleOne(files, OriginSettings.DEFAULT.withMarkers(false));
        assertEquals(0, Subsystems.breakdown(markersOff, Grouping.parse("depth:1")).row("gen", "C").generatedLines());
    }

    @Test
    void theKernelProfileAppliesOnlyToATreeItRecognises() throws Exception {
        Map<String, String> files = kernelTree();
        files.put("drivers/acpi/acpica/dsfield.c", C + C);
        files.put("drivers/acpi/bus.c", C);
        files.put("drivers/gpu/drm/amd/include/asic_reg/gc/gc_9_0_offset.h", C + C + C);
        Snapshot kernel = sampleOne(files, OriginSettings.DEFAULT);
        assertEquals(Origin.Kind.VENDORED, kindOf(kernel, "drivers/acpi/acpica/dsfield.c"));
        assertEquals("ACPICA", originOf(kernel, "drivers/acpi/acpica/dsfield.c").name());
        assertEquals(Origin.Kind.WRITTEN, kindOf(kernel, "drivers/acpi/bus.c"));
        assertEquals(Origin.Kind.GENERATED, kindOf(kernel, "drivers/gpu/drm/amd/include/asic_reg/gc/gc_9_0_offset.h"));

        files.remove("kernel/fork.c");
        Snapshot notKernel = sampleOne(files, OriginSettings.DEFAULT);
        assertEquals(Origin.Kind.WRITTEN, kindOf(notKernel, "drivers/acpi/acpica/dsfield.c"), "no kernel/fork.c: not the kernel");
        Snapshot forced = sampleOne(files, OriginSettings.DEFAULT.withProfile("linux"));
        assertEquals(Origin.Kind.VENDORED, kindOf(forced, "drivers/acpi/acpica/dsfield.c"), "--profile linux applies it anyway");
        files.put("kernel/fork.c", C);
        Snapshot off = sampleOne(files, OriginSettings.DEFAULT.withProfile(OriginSettings.NONE));
        assertEquals(Origin.Kind.WRITTEN, kindOf(off, "drivers/acpi/acpica/dsfield.c"), "--profile none");
    }

    @Test
    void userRulesThenGitattributesThenTheProfileThenReadmesAndMarkers() throws Exception {
        Map<String, String> files = kernelTree();
        String marked = "/* @generated by a tool */\n" + C;
        // The profile makes drivers/acpi/acpica/ vendored (ACPICA).
        files.put("drivers/acpi/acpica/plain.c", C);
        files.put("drivers/acpi/acpica/unvendored.c", C);       // .gitattributes: -linguist-vendored
        files.put("drivers/acpi/acpica/ruled.c", C);            // user rule: generated (over the attributes' vendored)
        files.put("drivers/acpi/acpica/marked.c", marked);      // profile before marker: vendored
        files.put("drivers/acpi/acpica/README.md", crateReadme("acpica-rs", "1.0.0")); // profile before README
        // A README-vendored crate: a marker inside it stays vendored, an attribute beats the README.
        files.put("rust/syn/README.md", crateReadme("syn", "2.0.106"));
        files.put("rust/syn/lib.rs", RS);
        files.put("rust/syn/gen.rs", "// @generated\n" + RS);
        files.put("rust/syn/local.rs", RS);                      // .gitattributes: -linguist-vendored
        // A marked file whose generated attribute is unset is written; one under a written rule too.
        files.put("tools/table.c", marked);
        files.put("tools/unmarked.c", marked);                  // .gitattributes: -linguist-generated
        files.put("tools/keep/hand.c", marked);                 // user rule: written
        files.put("lib/third_party.c", C);                      // .gitattributes: linguist-vendored
        files.put(".gitattributes", "*.md text\ndrivers/acpi/acpica/unvendored.c -linguist-vendored\n"
                + "drivers/acpi/acpica/ruled.c linguist-vendored\nlib/third_party.c linguist-vendored\n");
        files.put("rust/syn/.gitattributes", "local.rs -linguist-vendored\n");
        files.put("tools/.gitattributes", "unmarked.c linguist-generated=false\n");
        OriginSettings settings = OriginSettings.DEFAULT.withRules(OriginRules.parse(List.of(
                "drivers/acpi/acpica/ruled.c=generated", "tools/keep/**=written")));
        Snapshot snapshot = sampleOne(files, settings);

        assertEquals(Origin.vendored("ACPICA", "", "ACPI Component Architecture (https://github.com/acpica/acpica)").name(),
                originOf(snapshot, "drivers/acpi/acpica/plain.c").name());
        assertEquals(Origin.Kind.WRITTEN, kindOf(snapshot, "drivers/acpi/acpica/unvendored.c"), "attributes over profile");
        assertEquals(Origin.Kind.GENERATED, kindOf(snapshot, "drivers/acpi/acpica/ruled.c"), "user rule over attributes");
        assertEquals("ACPICA", originOf(snapshot, "drivers/acpi/acpica/marked.c").name(), "profile over marker");
        assertEquals(Origin.vendored("syn", "2.0.106"), originOf(snapshot, "rust/syn/lib.rs"));
        assertEquals(Origin.vendored("syn", "2.0.106"), originOf(snapshot, "rust/syn/gen.rs"), "README before marker");
        assertEquals(Origin.Kind.WRITTEN, kindOf(snapshot, "rust/syn/local.rs"), "attributes over README");
        assertEquals(Origin.Kind.GENERATED, kindOf(snapshot, "tools/table.c"), "a marker alone");
        assertEquals(Origin.Kind.WRITTEN, kindOf(snapshot, "tools/unmarked.c"), "attributes over marker");
        assertEquals(Origin.Kind.WRITTEN, kindOf(snapshot, "tools/keep/hand.c"), "a written rule over marker");
        assertEquals(Origin.Kind.VENDORED, kindOf(snapshot, "lib/third_party.c"), "attributes alone");
        assertEquals(Origin.Kind.WRITTEN, kindOf(snapshot, "mm/memory.c"));

        Breakdown rows = Subsystems.breakdown(snapshot, Grouping.KERNEL);
        assertEquals(3, rows.row("drivers/acpi", "C").vendoredLines() , "plain, marked (2 lines) are ACPICA's: 1 + 2");
        assertEquals(1, rows.row("drivers/acpi", "C").generatedLines());
        assertEquals(Map.of("ACPICA", ""), rows.row("drivers/acpi", "C").vendoredFrom());
        assertEquals(3, rows.row("rust", "Rust").vendoredLines(), "lib.rs 1 + gen.rs 2");
    }

    @Test
    void vendoringEventsMarkWhereAProjectArrivesIsUpgradedAndLeaves() throws Exception {
        try (TestHistory history = TestHistory.bare(dir)) {
            Map<String, String> files = kernelTree();
            files.put("rust/alloc/README.md", ALLOC_README);
            files.put("rust/alloc/lib.rs", RS);
            history.commit("v1.0", files);
            files.put("rust/syn/README.md", crateReadme("syn", "2.0.0"));
            files.put("rust/syn/lib.rs", RS);
            history.commit("v1.1", files);
            files.put("rust/syn/README.md", crateReadme("syn", "2.0.106"));
            files.remove("rust/alloc/README.md");
            files.remove("rust/alloc/lib.rs");
            history.commit("v1.2", files);
            files.put("rust/kernel/lib.rs", RS); // nothing vendored changes
            history.commit("v1.3", files);
            Map<String, Snapshot> snapshots = sampleAll(history, OriginSettings.DEFAULT);
            List<String> events = VendoringEvents.of(new Timeline("t", List.copyOf(snapshots.values()))).stream()
                    .map(e -> e.tag() + " " + e.change() + " " + e.describe()).toList();
            assertEquals(List.of("v1.0 ARRIVED alloc arrives", "v1.1 ARRIVED syn 2.0.0 arrives",
                    "v1.2 LEFT alloc leaves", "v1.2 UPGRADED syn 2.0.0 \u2192 2.0.106"), events);
        }
    }

    @Test
    void theCsvColumnCarriesTheVendoredProjectsSoEventsWorkFromCsvToo() {
        Breakdown.Row row = new Breakdown.Row(org.oxidation.model.LineCounts.ZERO, 0, 0,
                Map.of("XZ Embedded", "", "syn", "2.0.106"));
        assertEquals("XZ Embedded;syn@2.0.106", row.vendoredFromText());
        assertEquals(row.vendoredFrom(), Breakdown.Row.parseVendoredFrom(row.vendoredFromText()));
        assertNull(Breakdown.Row.parseVendoredFrom("").get("syn"));
    }
}
