package org.oxidation.count.origin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.oxidation.model.DirStats;
import org.oxidation.model.FileStats;
import org.oxidation.model.LineCounts;
import org.oxidation.model.Origin;

/**
 * {@code .gitattributes} read as git reads it: every kind of line (set, unset, {@code =false}, a value,
 * {@code !} unspecified, patterns by name, anchored, {@code **}, brackets, directory-only, negative,
 * a deeper file overriding an upper one, a later line an earlier one), checked path by path against
 * what {@code git check-attr} answers for the same files.
 */
class GitAttributesTest {

    @TempDir
    Path dir;

    private static final Map<String, String> ATTRIBUTE_FILES = new LinkedHashMap<>();

    static {
        ATTRIBUTE_FILES.put("", String.join("\n",
                "# comment linguist-vendored",
                "*.gen.c linguist-generated",
                "third_party/** linguist-vendored",
                "third_party/ours/** -linguist-vendored",
                "/top.c linguist-vendored",
                "docs/ linguist-vendored",
                "!neg.c linguist-vendored",
                "lib/[ab]*.c linguist-vendored=true",
                "lib/[!ab]*.c linguist-generated",
                "lib/z*.c linguist-vendored=false",
                "**/proto/*.h linguist-generated",
                "tools/**/x.c linguist-vendored",
                "mixed.c linguist-vendored linguist-generated",
                "reset.c linguist-vendored",
                "reset.c !linguist-vendored",
                "valued.c linguist-vendored=yes",
                ""));
        ATTRIBUTE_FILES.put("sub/", String.join("\n",
                "*.c -linguist-generated",
                "deep.c linguist-vendored",
                ""));
    }

    private static final List<String> PATHS = List.of(
            "a.gen.c", "sub/b.gen.c", "sub/deep.c", "sub/other.c", "third_party/x/y.c", "third_party/ours/z.c",
            "top.c", "sub/top.c", "docs/d.c", "neg.c", "lib/a1.c", "lib/b2.c", "lib/c3.c", "lib/z4.c", "lib/sub/a5.c",
            "proto/p.h", "x/proto/p.h", "x/y/proto/p.h", "tools/x.c", "tools/a/b/x.c", "mixed.c", "reset.c", "valued.c",
            "plain.c");

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void everyKindOfLineDecidesAsGitCheckAttrDoes() throws Exception {
        Map<String, Origin.Kind> expected = gitCheckAttr();
        DirStats resolved = new OriginResolver(OriginSettings.DEFAULT.withProfile(OriginSettings.NONE)).resolve(tree());
        Map<String, Origin.Kind> actual = new LinkedHashMap<>();
        collect(resolved, "", Origin.INHERITED, actual);
        Map<String, Origin.Kind> expectedInOrder = new LinkedHashMap<>();
        actual.keySet().forEach(path -> expectedInOrder.put(path, expected.get(path)));
        assertEquals(expectedInOrder, actual);
        // What git said, in the terms of this test, so that a wrong git or a wrong reading shows too.
        assertEquals(Origin.Kind.VENDORED, expected.get("third_party/x/y.c"));
        assertEquals(Origin.Kind.WRITTEN, expected.get("third_party/ours/z.c"));
        assertEquals(Origin.Kind.GENERATED, expected.get("a.gen.c"));
        assertEquals(Origin.Kind.WRITTEN, expected.get("sub/b.gen.c"), "the deeper file unsets it");
        assertEquals(Origin.Kind.WRITTEN, expected.get("docs/d.c"), "a directory pattern names no file");
        assertEquals(Origin.Kind.WRITTEN, expected.get("neg.c"), "negative patterns are ignored");
        assertEquals(Origin.Kind.WRITTEN, expected.get("reset.c"), "! makes it unspecified again");
        assertEquals(Origin.Kind.VENDORED, expected.get("valued.c"));
        assertEquals(Origin.Kind.GENERATED, expected.get("lib/z4.c"), "vendored=false, but [!ab]* makes it generated");
        assertEquals(Origin.Kind.VENDORED, expected.get("top.c"));
        assertEquals(Origin.Kind.WRITTEN, expected.get("sub/top.c"), "a leading slash anchors");
    }

    /** The tree the sampler would make: each directory with the origin lines of its attributes file. */
    private static DirStats tree() {
        return dirAt("", "");
    }

    private static DirStats dirAt(String name, String prefix) {
        Map<String, Boolean> children = new java.util.TreeMap<>();
        List<FileStats> files = new ArrayList<>();
        for (String path : PATHS) {
            if (!path.startsWith(prefix)) {
                continue;
            }
            String rest = path.substring(prefix.length());
            int slash = rest.indexOf('/');
            if (slash < 0) {
                files.add(new FileStats(rest, "C", LineCounts.ofFile(1, 0, 0, 0)));
            } else {
                children.put(rest.substring(0, slash), true);
            }
        }
        List<DirStats> dirs = new ArrayList<>();
        for (String child : children.keySet()) {
            dirs.add(dirAt(child, prefix + child + "/"));
        }
        String attributes = GitAttributes.originLines(ATTRIBUTE_FILES.getOrDefault(prefix, ""));
        return new DirStats(name, Origin.INHERITED, dirs, files, attributes);
    }

    private static void collect(DirStats dir, String prefix, Origin outer, Map<String, Origin.Kind> into) {
        Origin here = dir.effectiveOrigin(outer);
        for (FileStats file : dir.files()) {
            into.put(prefix + file.name(), file.origin().orElse(here).kind());
        }
        for (DirStats child : dir.dirs()) {
            collect(child, prefix + child.name() + "/", here, into);
        }
    }

    /** Linguist's reading of what git check-attr says: vendored if set, else generated if set. */
    private Map<String, Origin.Kind> gitCheckAttr() throws IOException, InterruptedException {
        run(List.of("git", "init", "-q", dir.toString()));
        for (Map.Entry<String, String> file : ATTRIBUTE_FILES.entrySet()) {
            Path target = dir.resolve(file.getKey()).resolve(".gitattributes");
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue());
        }
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString(), "check-attr",
                GitAttributes.VENDORED, GitAttributes.GENERATED, "--"));
        command.addAll(PATHS);
        Map<String, Map<String, String>> values = new HashMap<>();
        for (String line : run(command).split("\n")) {
            String[] parts = line.split(": ", 3); // path: attribute: value
            values.computeIfAbsent(parts[0], p -> new HashMap<>()).put(parts[1], parts[2].strip());
        }
        Map<String, Origin.Kind> kinds = new HashMap<>();
        for (String path : PATHS) {
            Map<String, String> attributes = values.get(path);
            kinds.put(path, isSet(attributes.get(GitAttributes.VENDORED)) ? Origin.Kind.VENDORED
                    : isSet(attributes.get(GitAttributes.GENERATED)) ? Origin.Kind.GENERATED : Origin.Kind.WRITTEN);
        }
        return kinds;
    }

    private static boolean isSet(String value) {
        return !value.equals("unspecified") && !value.equals("unset") && !value.equals("false");
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        // git warns on stderr about the negative pattern, as it should; only stdout is read.
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(command + " failed: " + new String(out, StandardCharsets.UTF_8));
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
