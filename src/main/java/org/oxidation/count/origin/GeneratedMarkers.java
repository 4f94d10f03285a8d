package org.oxidation.count.origin;

import java.util.List;
import java.util.Locale;
import org.oxidation.model.Origin;

/**
 * Generated-file markers: phrases that tools write in the first lines of what they generate
 * ("@generated", "DO NOT EDIT", ...), matched case-insensitively within the first {@link #lines()}
 * lines of a file. Part of the counting rules ({@code languages.json}): a blob's verdict is kept with its
 * counts. Immutable and thread-safe.
 */
public final class GeneratedMarkers {

    /** The origin a marked file gets as its own (the lowest-ranked source, see {@link OriginResolver}). */
    public static final Origin MARKED = Origin.generated("generated-file marker");

    /** No phrases: nothing is marked. */
    public static final GeneratedMarkers NONE = new GeneratedMarkers(0, List.of());

    /** Bytes read at most, however short the lines: a minified file has one very long line. */
    static final int MAX_BYTES = 4096;

    private final int lines;
    private final List<String> texts;
    private final List<byte[]> phrases;

    public GeneratedMarkers(int lines, List<String> phrases) {
        if (lines < 0 || phrases.stream().anyMatch(p -> p == null || p.isBlank() || !p.chars().allMatch(c -> c < 128))) {
            throw new IllegalArgumentException("generated markers need lines >= 0 and non-blank ASCII phrases");
        }
        this.lines = lines;
        this.texts = List.copyOf(phrases);
        this.phrases = phrases.stream().map(p -> p.toLowerCase(Locale.ROOT).getBytes(java.nio.charset.StandardCharsets.US_ASCII)).toList();
    }

    public int lines() {
        return lines;
    }

    /** The phrases as written in the rules. */
    public List<String> phrases() {
        return texts;
    }

    /** Whether one of the phrases stands in the first {@link #lines()} lines of {@code data[0, length)}. */
    public boolean marks(byte[] data, int length) {
        if (phrases.isEmpty()) {
            return false;
        }
        int end = headEnd(data, Math.min(length, MAX_BYTES));
        for (byte[] phrase : phrases) {
            if (contains(data, end, phrase)) {
                return true;
            }
        }
        return false;
    }

    /** Where the first {@link #lines} lines end (a phrase never spans a line break). */
    private int headEnd(byte[] data, int limit) {
        int seen = 0;
        for (int i = 0; i < limit; i++) {
            if (data[i] == '\n' && ++seen == lines) {
                return i;
            }
        }
        return limit;
    }

    private static boolean contains(byte[] data, int end, byte[] phrase) {
        outer:
        for (int start = 0; start + phrase.length <= end; start++) {
            for (int j = 0; j < phrase.length; j++) {
                byte b = data[start + j];
                if (b >= 'A' && b <= 'Z') {
                    b += 'a' - 'A';
                }
                if (b != phrase[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
