package org.oxidation.count;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Finds the next special byte of a lexer state ('\n' or a byte that may start or end a token). Once
 * a line's kind is known only those bytes matter, so with at most four of them it tests eight bytes
 * at a time (SWAR: a word XOR a repeated byte has a zero byte exactly where they match); otherwise
 * it walks the state's table. Immutable and thread-safe.
 */
final class SpecialFinder {

    private static final VarHandle LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final int MAX_PATTERNS = 4;

    private final byte[] table;
    private final boolean wordwise;
    private final long p0;
    private final long p1;
    private final long p2;
    private final long p3;

    /** @param table the state's table; its {@link Syntax#SPECIAL} entries are what this finds */
    SpecialFinder(byte[] table) {
        this.table = table;
        long[] patterns = new long[MAX_PATTERNS];
        int n = 0;
        for (int c = 0; c < 256; c++) {
            if (table[c] == Syntax.SPECIAL) {
                if (n < MAX_PATTERNS) {
                    patterns[n] = ONES * c;
                }
                n++;
            }
        }
        this.wordwise = n > 0 && n <= MAX_PATTERNS;
        for (int k = n; k < MAX_PATTERNS && n > 0; k++) {
            patterns[k] = patterns[0]; // repeat one: the word loop stays branch-free
        }
        this.p0 = patterns[0];
        this.p1 = patterns[1];
        this.p2 = patterns[2];
        this.p3 = patterns[3];
    }

    /** Index of the first special byte in b[i, to), or {@code to}. */
    int next(byte[] b, int i, int to) {
        if (wordwise) {
            for (; i + 8 <= to; i += 8) {
                long w = (long) LONGS.get(b, i);
                long x0 = w ^ p0;
                long x1 = w ^ p1;
                long x2 = w ^ p2;
                long x3 = w ^ p3;
                // Borrows only run upward, so the lowest flagged byte is a true match.
                long m = (((x0 - ONES) & ~x0) | ((x1 - ONES) & ~x1) | ((x2 - ONES) & ~x2)
                        | ((x3 - ONES) & ~x3)) & HIGHS;
                if (m != 0) {
                    return i + (Long.numberOfTrailingZeros(m) >>> 3);
                }
            }
        }
        final byte[] t = table;
        while (i < to && t[b[i] & 0xFF] != Syntax.SPECIAL) {
            i++;
        }
        return i;
    }
}
