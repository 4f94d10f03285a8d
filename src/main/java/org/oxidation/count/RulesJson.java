package org.oxidation.count;

import java.util.List;

/**
 * The shape of {@code languages.json}, as Gson reads it. Only {@link LanguageRules} uses it, and it
 * validates and compiles it at once; nothing here is trusted or kept. Immutable records.
 */
final class RulesJson {

    private RulesJson() {
    }

    record File(int version, List<LanguageJson> languages, MarkersJson generatedMarkers) {
    }

    /** Generated-file markers: phrases looked for in a file's first lines. */
    record MarkersJson(int lines, List<String> phrases) {
    }

    record LanguageJson(String name, List<String> extensions, List<String> lineComments,
            List<BlockCommentJson> blockComments, List<LiteralJson> literals, String markedKeyword) {
    }

    record BlockCommentJson(String start, String end, boolean nested) {
    }

    /** One literal kind; which fields matter depends on {@code kind} ("quoted", "raw" or "char"). */
    record LiteralJson(String kind, String open, String close, String escape, Boolean multiline,
            List<String> prefixes, String fence, String quote, Integer maxFences,
            Boolean lifetimes) {
    }
}
