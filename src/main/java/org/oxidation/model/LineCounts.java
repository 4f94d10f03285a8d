package org.oxidation.model;

/**
 * Line counts of one file, or the sum over many files, in one language.
 *
 * <p>Invariant: {@code lines == code + comment + blank}. {@code unsafeLines} counts code lines whose
 * code (not a comment, not a string) contains the language's marked keyword ({@code unsafe} for Rust);
 * it is always 0 for languages without one. Immutable and thread-safe.
 */
public record LineCounts(long files, long lines, long code, long comment, long blank, long unsafeLines) {

    public static final LineCounts ZERO = new LineCounts(0, 0, 0, 0, 0, 0);

    public LineCounts {
        if (files < 0 || code < 0 || comment < 0 || blank < 0 || unsafeLines < 0) {
            throw new IllegalArgumentException("negative count");
        }
        if (lines != code + comment + blank) {
            throw new IllegalArgumentException(
                    "lines " + lines + " != code " + code + " + comment " + comment + " + blank " + blank);
        }
    }

    /** The counts of a single file. */
    public static LineCounts ofFile(long code, long comment, long blank, long unsafeLines) {
        return new LineCounts(1, code + comment + blank, code, comment, blank, unsafeLines);
    }

    public LineCounts plus(LineCounts other) {
        return new LineCounts(files + other.files, lines + other.lines, code + other.code,
                comment + other.comment, blank + other.blank, unsafeLines + other.unsafeLines);
    }

    public boolean isEmpty() {
        return files == 0 && lines == 0;
    }
}
