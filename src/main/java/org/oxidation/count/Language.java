package org.oxidation.count;

import java.util.List;
import java.util.Optional;

/**
 * One language of the counting rules: its name (e.g. {@code C}, {@code Rust}), its file extensions
 * and, for the lexer, its compiled syntax. Created only by {@link LanguageRules}. Immutable and
 * thread-safe; identity is the instance.
 */
public final class Language {

    private final String name;
    private final List<String> extensions;
    private final Optional<String> markedKeyword;
    private final Syntax syntax;

    Language(String name, List<String> extensions, Optional<String> markedKeyword, Syntax syntax) {
        this.name = name;
        this.extensions = List.copyOf(extensions);
        this.markedKeyword = markedKeyword;
        this.syntax = syntax;
    }

    /** The display and storage name, exactly as in the rules file. */
    public String name() {
        return name;
    }

    /** File extensions with their dot, matched case-sensitively. */
    public List<String> extensions() {
        return extensions;
    }

    /** The keyword whose code lines are counted as {@code unsafeLines}, if any. */
    public Optional<String> markedKeyword() {
        return markedKeyword;
    }

    Syntax syntax() {
        return syntax;
    }

    @Override
    public String toString() {
        return name;
    }
}
