package org.oxidation.count;

import java.util.Arrays;
import java.util.Objects;
import org.oxidation.model.LineCounts;

/**
 * Streaming line counter for one file: {@link #feed} it chunks split anywhere, then {@link #finish}.
 * The result equals {@link Lexer#count} of the concatenated bytes, because the scanner only decides a
 * token once it sees enough bytes (or the end), and keeps the few undecided bytes for the next chunk.
 *
 * <p>Rules: lines are the '\n' bytes plus a last unterminated line; a line with only whitespace is
 * blank (also inside comments and strings), a line whose other bytes are all comment is comment, any
 * other line is code; marked lines are code lines whose code has the language's keyword as a whole
 * identifier. Any byte sequence is accepted; unterminated comments and literals run to the end.
 *
 * <p>Not thread-safe: one instance per file and thread.
 *
 * <p>Over 300 lines because it is one state machine whose hot loop must stay in one method for the JIT; splitting the states out would cost a call per token.
 */
public final class LineCounter {

    private static final int CODE = 0;
    private static final int LINE_COMMENT = 1;
    private static final int BLOCK_COMMENT = 2;
    private static final int QUOTED = 3;
    private static final int QUOTED_ESCAPE = 4;
    private static final int RAW = 5;

    private static final int FLAG_CODE = Syntax.FLAG_CODE;
    private static final int FLAG_COMMENT = Syntax.FLAG_COMMENT;
    private static final int FLAG_MARKED = 4;
    private static final int SPECIAL = Syntax.SPECIAL;

    /** Bytes borrowed from a new chunk to decide tokens begun in the carry; above any token's lookahead. */
    private static final int CARRY_STEP = 4096;

    private final Syntax syntax;

    private int state = CODE;
    /** Which block comment, quoted body or raw kind is open. */
    private int kind;
    private int depth;
    private int fences;
    /** FLAG_* of the current line so far. */
    private int lineFlags;
    /** The byte before the next one to scan; '\n' before the first, as a line start is no identifier. */
    private int prevByte = '\n';

    private long code;
    private long comment;
    private long blank;
    private long marked;

    /** Tail of the fed bytes that starts an undecided token. */
    private byte[] carry = new byte[64];
    private int carryLength;
    private boolean finished;

    public LineCounter(Language language) {
        this.syntax = Objects.requireNonNull(language, "language").syntax();
    }

    public void feed(byte[] buffer) {
        feed(buffer, 0, buffer.length);
    }

    public void feed(byte[] buffer, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (finished) {
            throw new IllegalStateException("already finished");
        }
        while (carryLength > 0 && length > 0) {
            int take = Math.min(length, CARRY_STEP);
            int old = carryLength;
            int total = old + take;
            ensureCarry(total);
            System.arraycopy(buffer, offset, carry, old, take);
            int done = scan(carry, 0, total, false);
            if (done >= old) {
                // The carried token is decided; continue in the caller's buffer, not in the copy.
                int used = done - old;
                offset += used;
                length -= used;
                carryLength = 0;
            } else {
                System.arraycopy(carry, done, carry, 0, total - done);
                carryLength = total - done;
                offset += take;
                length -= take;
            }
        }
        if (length == 0) {
            return;
        }
        int end = offset + length;
        int done = scan(buffer, offset, end, false);
        if (done < end) {
            ensureCarry(end - done);
            System.arraycopy(buffer, done, carry, 0, end - done);
            carryLength = end - done;
        }
    }

    /** Ends the file and returns its counts (files = 1). The counter cannot be fed afterwards. */
    public LineCounts finish() {
        if (!finished) {
            finished = true;
            if (carryLength > 0) {
                scan(carry, 0, carryLength, true); // at the end every token decides
                carryLength = 0;
            }
            if (prevByte != '\n') {
                countLine(lineFlags); // the last line has no '\n'
                lineFlags = 0;
            }
        }
        return LineCounts.ofFile(code, comment, blank, marked);
    }

    /** True when nothing is open: a file ending here (after a '\n') can be followed by any other. */
    boolean atRest() {
        return state == CODE && carryLength == 0 && prevByte == '\n';
    }

    private void ensureCarry(int size) {
        if (carry.length < size) {
            carry = Arrays.copyOf(carry, Math.max(size, carry.length * 2));
        }
    }

    private void countLine(int flags) {
        if ((flags & FLAG_CODE) != 0) {
            code++;
            if ((flags & FLAG_MARKED) != 0) {
                marked++;
            }
        } else if ((flags & FLAG_COMMENT) != 0) {
            comment++;
        } else {
            blank++;
        }
    }

    /**
     * Scans b[from, to) and returns where it stopped: {@code to}, or earlier at the start of a token
     * that needs bytes beyond {@code to} (never when {@code eof}). State changes only at token ends.
     */
    private int scan(byte[] b, int from, int to, boolean eof) {
        final Syntax s = syntax;
        int i = from;
        int flags = lineFlags;
        scanning:
        while (i < to) {
            switch (state) {
                case CODE: {
                    final byte[] table = s.codeTable;
                    if ((flags & FLAG_CODE) == 0) {
                        // Until the line's kind is known whitespace matters; afterwards only specials do.
                        int t;
                        while ((t = table[b[i] & 0xFF]) == 0) {
                            if (++i == to) {
                                break scanning;
                            }
                        }
                        if (t != SPECIAL) {
                            flags |= t;
                        }
                    }
                    i = s.codeFinder.next(b, i, to);
                    if (i == to) {
                        break scanning;
                    }
                    int c = b[i] & 0xFF;
                    if (c == '\n') {
                        countLine(flags);
                        flags = 0;
                        i++;
                        continue scanning;
                    }
                    int prev = i > from ? b[i - 1] & 0xFF : prevByte;
                    Opener[] openers = s.openers[c];
                    Opener opener = null;
                    int length = 0;
                    for (Opener candidate : openers) {
                        int r = candidate.match(b, i, to, eof, prev);
                        if (r == Opener.NEED_MORE) {
                            break scanning;
                        }
                        if (r > 0) {
                            opener = candidate;
                            length = r;
                            break;
                        }
                    }
                    if (opener == null) {
                        flags |= FLAG_CODE; // specials are never whitespace
                        i++;
                        continue scanning;
                    }
                    open(opener, b, i, length);
                    flags |= opener.kind == Opener.LINE_COMMENT || opener.kind == Opener.BLOCK_COMMENT
                            ? FLAG_COMMENT
                            : opener.kind == Opener.KEYWORD ? FLAG_CODE | FLAG_MARKED : FLAG_CODE;
                    i += length;
                    continue scanning;
                }
                case LINE_COMMENT: {
                    // The marker already made this a comment line; only its end matters.
                    i = Syntax.NEWLINE.next(b, i, to);
                    if (i == to) {
                        break scanning;
                    }
                    countLine(flags);
                    flags = 0;
                    i++;
                    state = CODE;
                    continue scanning;
                }
                case BLOCK_COMMENT: {
                    final Syntax.Block block = s.blocks[kind];
                    final byte[] table = block.table();
                    if ((flags & FLAG_COMMENT) == 0) {
                        // Until the line's kind is known whitespace matters; afterwards only specials do.
                        int t;
                        while ((t = table[b[i] & 0xFF]) == 0) {
                            if (++i == to) {
                                break scanning;
                            }
                        }
                        if (t != SPECIAL) {
                            flags |= t;
                        }
                    }
                    i = block.finder().next(b, i, to);
                    if (i == to) {
                        break scanning;
                    }
                    if (b[i] == '\n') {
                        countLine(flags);
                        flags = 0;
                        i++;
                        continue scanning;
                    }
                    int r = Bytes.matchAt(b, i, to, eof, block.end());
                    if (r == Opener.NEED_MORE) {
                        break scanning;
                    }
                    if (r > 0) {
                        if (--depth == 0) {
                            state = CODE;
                        }
                    } else if (block.nested()) {
                        r = Bytes.matchAt(b, i, to, eof, block.start());
                        if (r == Opener.NEED_MORE) {
                            break scanning;
                        }
                        if (r > 0) {
                            depth++;
                        }
                    }
                    flags |= FLAG_COMMENT;
                    i += Math.max(r, 1);
                    continue scanning;
                }
                case QUOTED: {
                    final Syntax.Quoted body = s.quoted[kind];
                    final byte[] table = body.table();
                    if ((flags & FLAG_CODE) == 0) {
                        // Until the line's kind is known whitespace matters; afterwards only specials do.
                        int t;
                        while ((t = table[b[i] & 0xFF]) == 0) {
                            if (++i == to) {
                                break scanning;
                            }
                        }
                        if (t != SPECIAL) {
                            flags |= t;
                        }
                    }
                    i = body.finder().next(b, i, to);
                    if (i == to) {
                        break scanning;
                    }
                    int c = b[i] & 0xFF;
                    if (c == '\n') {
                        if (!body.multiline()) {
                            state = CODE; // e.g. a C string or char cannot span lines unescaped
                        }
                        countLine(flags);
                        flags = 0;
                        i++;
                        continue scanning;
                    }
                    flags |= FLAG_CODE;
                    if (c == body.escape()) {
                        state = QUOTED_ESCAPE;
                        i++;
                        continue scanning;
                    }
                    int r = Bytes.matchAt(b, i, to, eof, body.close());
                    if (r == Opener.NEED_MORE) {
                        break scanning;
                    }
                    if (r > 0) {
                        state = CODE;
                    }
                    i += Math.max(r, 1);
                    continue scanning;
                }
                case QUOTED_ESCAPE: {
                    int c = b[i] & 0xFF;
                    i++;
                    if (c == '\r') {
                        continue scanning; // "\\\r\n" continues a literal just like "\\\n"
                    }
                    state = QUOTED;
                    if (c == '\n') {
                        countLine(flags); // an escaped newline still ends a line
                        flags = 0;
                    } else if (!Bytes.WHITESPACE[c]) {
                        flags |= FLAG_CODE;
                    }
                    continue scanning;
                }
                case RAW: {
                    final Syntax.Raw raw = s.raws[kind];
                    final byte[] table = raw.table();
                    if ((flags & FLAG_CODE) == 0) {
                        // Until the line's kind is known whitespace matters; afterwards only specials do.
                        int t;
                        while ((t = table[b[i] & 0xFF]) == 0) {
                            if (++i == to) {
                                break scanning;
                            }
                        }
                        if (t != SPECIAL) {
                            flags |= t;
                        }
                    }
                    i = raw.finder().next(b, i, to);
                    if (i == to) {
                        break scanning;
                    }
                    if (b[i] == '\n') {
                        countLine(flags);
                        flags = 0;
                        i++;
                        continue scanning;
                    }
                    int r = closesRaw(b, i, to, eof, raw);
                    if (r == Opener.NEED_MORE) {
                        break scanning;
                    }
                    if (r > 0) {
                        state = CODE;
                    }
                    flags |= FLAG_CODE;
                    i += Math.max(r, 1);
                    continue scanning;
                }
                default:
                    throw new AssertionError("state " + state);
            }
        }
        lineFlags = flags;
        if (i > from) {
            prevByte = b[i - 1] & 0xFF;
        }
        return i;
    }

    /** Enters the state an opener starts; the line flags are the caller's business. */
    private void open(Opener opener, byte[] b, int i, int length) {
        switch (opener.kind) {
            case Opener.LINE_COMMENT -> state = LINE_COMMENT;
            case Opener.BLOCK_COMMENT -> {
                state = BLOCK_COMMENT;
                kind = opener.target;
                depth = 1;
            }
            case Opener.QUOTED -> {
                state = QUOTED;
                kind = opener.target;
            }
            case Opener.RAW -> {
                state = RAW;
                kind = opener.target;
                fences = length - opener.text.length - 1;
            }
            case Opener.CHAR_OR_LIFETIME -> {
                if (length == 2) { // quote + escape: the body goes on after the escaped byte
                    state = QUOTED_ESCAPE;
                    kind = opener.target;
                } // else the whole 'x' literal was taken: still code
            }
            default -> {
                // KEYWORD: stays in code
            }
        }
    }

    /** Length of quote + fences closing the open raw literal at b[i], NO_MATCH or NEED_MORE. */
    private int closesRaw(byte[] b, int i, int to, boolean eof, Syntax.Raw raw) {
        for (int k = 1; k <= fences; k++) {
            if (i + k >= to) {
                return eof ? Opener.NO_MATCH : Opener.NEED_MORE;
            }
            if ((b[i + k] & 0xFF) != raw.fence()) {
                return Opener.NO_MATCH;
            }
        }
        return fences + 1;
    }
}
