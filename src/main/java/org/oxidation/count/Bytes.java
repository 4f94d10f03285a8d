package org.oxidation.count;

/** Byte classes and matching helpers shared by the lexer. Stateless and thread-safe. */
final class Bytes {

    /** Space, tab, CR, form feed, vertical tab: a line of only these is blank. '\n' ends lines. */
    static final boolean[] WHITESPACE = new boolean[256];
    /**
     * Identifier bytes: ASCII letters, digits, '_' and every byte &ge; 0x80, so a keyword glued to a
     * non-ASCII identifier character is not a whole word.
     */
    static final boolean[] IDENT = new boolean[256];

    static {
        for (char c : new char[] {' ', '\t', '\r', '\f', 0x0B}) {
            WHITESPACE[c] = true;
        }
        for (int c = 0; c < 256; c++) {
            IDENT[c] = c >= 0x80 || c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z');
        }
    }

    private Bytes() {
    }

    /** text.length if b[i..] starts with text, {@link Opener#NO_MATCH}, or {@link Opener#NEED_MORE}. */
    static int matchAt(byte[] b, int i, int to, boolean eof, byte[] text) {
        for (int k = 0; k < text.length; k++) {
            if (i + k >= to) {
                return eof ? Opener.NO_MATCH : Opener.NEED_MORE;
            }
            if (b[i + k] != text[k]) {
                return Opener.NO_MATCH;
            }
        }
        return text.length;
    }

    /** Length of the UTF-8 sequence a lead byte announces; 1 for ASCII and for invalid lead bytes. */
    static int utf8Length(int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return 2;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 3;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            return 4;
        }
        return 1;
    }
}
