package org.oxidation.count;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.oxidation.model.LineCounts;

class LanguageRulesTest {

    private final LanguageRules rules = LanguageRules.standard();

    /** The language by name, checking that the byte form (a tree entry inside a larger buffer) agrees. */
    private String languageOf(String fileName) {
        String byName = rules.forFileName(fileName).map(Language::name).orElse("none");
        byte[] name = fileName.getBytes(StandardCharsets.UTF_8);
        byte[] buffer = new byte[name.length + 6];
        System.arraycopy("x.rs/".getBytes(StandardCharsets.UTF_8), 0, buffer, 0, 5);
        System.arraycopy(name, 0, buffer, 5, name.length);
        buffer[buffer.length - 1] = 'c';
        Language fromBytes = rules.forFileName(buffer, 5, 5 + name.length);
        assertEquals(byName, fromBytes == null ? "none" : fromBytes.name(), "bytes of " + fileName);
        return byName;
    }

    @Test
    void bundledRulesHaveVersionTwoAndExactlyCAndRust() {
        assertEquals(2, rules.version(), "version 2 added generated-file markers");
        assertEquals(List.of("C", "Rust"), rules.languages().stream().map(Language::name).toList());
        assertEquals(Optional.of("unsafe"), rules.byName("Rust").orElseThrow().markedKeyword());
        assertEquals(Optional.empty(), rules.byName("C").orElseThrow().markedKeyword());
    }

    @Test
    void loadsBundledRulesOnce() {
        assertSame(LanguageRules.standard(), LanguageRules.standard());
    }

    @Test
    void findsLanguageByExtension() {
        assertEquals("C", languageOf("main.c"));
        assertEquals("C", languageOf("include/linux/list.h"));
        assertEquals("Rust", languageOf("rust/kernel/lib.rs"));
        assertEquals("Rust", languageOf("a.b.rs"));
    }

    @Test
    void matchesExtensionsCaseSensitively() {
        assertEquals("none", languageOf("legacy.C"));
        assertEquals("none", languageOf("LIB.RS"));
        assertEquals("none", languageOf("x.H"));
    }

    @Test
    void findsNoLanguageWithoutAnExtension() {
        assertEquals("none", languageOf("Makefile"));
        assertEquals("none", languageOf(".c"));
        assertEquals("none", languageOf("dir.rs/README"));
        assertEquals("none", languageOf("file.cc"));
        assertEquals("none", languageOf("file.c~"));
        assertEquals("none", languageOf(""));
    }

    @Test
    void addsALanguageWithDataOnly() {
        String json = """
                {"version": 7, "languages": [{
                  "name": "Go", "extensions": [".go"],
                  "lineComments": ["//"],
                  "blockComments": [{"start": "/*", "end": "*/", "nested": false}],
                  "literals": [
                    {"kind": "quoted", "open": "\\"", "escape": "\\\\", "multiline": false},
                    {"kind": "quoted", "open": "`", "multiline": true},
                    {"kind": "char", "quote": "'", "escape": "\\\\"}
                  ]}]}
                """;
        LanguageRules go = LanguageRules.parse(json);
        assertEquals(7, go.version());
        Language language = go.forFileName("main.go").orElseThrow();
        String source = "// Package main\npackage main\n\nvar s = `raw\n/* not a comment */\n`\n/* c */\n";
        assertEquals(LineCounts.ofFile(4, 2, 1, 0),
                Lexer.count(language, source.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void supportsOtherMarkersAndNonNestedAlternatives() {
        String json = """
                {"version": 1, "languages": [{
                  "name": "Toy", "extensions": [".toy"],
                  "lineComments": ["#", "--"],
                  "blockComments": [{"start": "{-", "end": "-}", "nested": true}],
                  "literals": [{"kind": "quoted", "open": "\\"\\"\\"", "multiline": true},
                               {"kind": "quoted", "open": "\\"", "escape": "\\\\"}],
                  "markedKeyword": "danger"}]}
                """;
        Language toy = LanguageRules.parse(json).forFileName("x.toy").orElseThrow();
        String source = "# c\n-- c\n{- {- -} still -}\nx = \"\"\"\n# in string\n\"\"\" danger\n";
        assertEquals(LineCounts.ofFile(3, 3, 0, 1), Lexer.count(toy, source.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void rejectsMalformedRules() {
        assertThrows(IllegalArgumentException.class, () -> LanguageRules.parse("{"));
        assertThrows(IllegalArgumentException.class, () -> LanguageRules.parse("{\"languages\": []}"));
        assertThrows(IllegalArgumentException.class, () -> LanguageRules.parse(
                "{\"version\":1,\"languages\":[{\"name\":\"A\",\"extensions\":[\".a\"]},"
                        + "{\"name\":\"B\",\"extensions\":[\".a\"]}]}"));
        assertThrows(IllegalArgumentException.class, () -> LanguageRules.parse(
                "{\"version\":1,\"languages\":[{\"name\":\"A\",\"extensions\":[\"a\"]}]}"));
        IllegalArgumentException unknownKind = assertThrows(IllegalArgumentException.class,
                () -> LanguageRules.parse("{\"version\":1,\"languages\":[{\"name\":\"A\",\"extensions\":[\".a\"],"
                        + "\"literals\":[{\"kind\":\"heredoc\"}]}]}"));
        assertTrue(unknownKind.getMessage().contains("heredoc"), unknownKind.getMessage());
    }
}
