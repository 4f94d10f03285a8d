package org.oxidation.count;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A language's rules compiled into 256-entry byte tables for {@link LineCounter}'s fast loops: for
 * each lexer state, a byte is whitespace (0), plain content (the line flag it sets), or
 * {@link #SPECIAL} (a newline or a byte that may start or end something). Immutable and thread-safe.
 */
final class Syntax {

    static final byte SPECIAL = 8;

    /** The state of a block comment kind. */
    record Block(byte[] start, byte[] end, boolean nested, byte[] table, SpecialFinder finder) {
        Block(byte[] start, byte[] end, boolean nested, byte[] table) {
            this(start, end, nested, table, new SpecialFinder(table));
        }
    }

    /** The body of a quoted literal: how it closes, its escape byte (-1 for none), whether it spans lines. */
    record Quoted(byte[] close, int escape, boolean multiline, byte[] table, SpecialFinder finder) {
        Quoted(byte[] close, int escape, boolean multiline, byte[] table) {
            this(close, escape, multiline, table, new SpecialFinder(table));
        }
    }

    /** The body of a raw literal: no escapes, closes at quote + as many fences as it opened with. */
    record Raw(int quote, int fence, byte[] table, SpecialFinder finder) {
        Raw(int quote, int fence, byte[] table) {
            this(quote, fence, table, new SpecialFinder(table));
        }
    }

    /** Finds the end of a line comment. */
    static final SpecialFinder NEWLINE = new SpecialFinder(table((byte) 0));

    final byte[] codeTable;
    final SpecialFinder codeFinder;
    /** Openers by first byte, longest first; empty arrays for bytes that start nothing. */
    final Opener[][] openers;
    final Block[] blocks;
    final Quoted[] quoted;
    final Raw[] raws;

    private Syntax(byte[] codeTable, Opener[][] openers, Block[] blocks, Quoted[] quoted, Raw[] raws) {
        this.codeTable = codeTable;
        this.codeFinder = new SpecialFinder(codeTable);
        this.openers = openers;
        this.blocks = blocks;
        this.quoted = quoted;
        this.raws = raws;
    }

    /** Validates one language of the rules file and compiles it; IllegalArgumentException if invalid. */
    static Syntax compile(RulesJson.LanguageJson json) {
        List<Opener> openers = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        List<Quoted> quoted = new ArrayList<>();
        List<Raw> raws = new ArrayList<>();
        for (String marker : orEmpty(json.lineComments())) {
            openers.add(new Opener(Opener.LINE_COMMENT, delimiter(marker), -1, -1, -1, 0));
        }
        for (RulesJson.BlockCommentJson block : orEmpty(json.blockComments())) {
            byte[] start = delimiter(block.start());
            byte[] end = delimiter(block.end());
            byte[] table = table(Syntax.FLAG_COMMENT, end[0]);
            if (block.nested()) {
                table[start[0] & 0xFF] = SPECIAL;
            }
            openers.add(new Opener(Opener.BLOCK_COMMENT, start, blocks.size(), -1, -1, 0));
            blocks.add(new Block(start, end, block.nested(), table));
        }
        for (RulesJson.LiteralJson literal : orEmpty(json.literals())) {
            String kind = literal.kind() == null ? "" : literal.kind();
            switch (kind) {
                case "quoted" -> {
                    byte[] open = delimiter(literal.open());
                    byte[] close = literal.close() == null ? open : delimiter(literal.close());
                    int escape = literal.escape() == null ? -1 : singleByte(literal.escape());
                    boolean multiline = literal.multiline() == null || literal.multiline();
                    openers.add(new Opener(Opener.QUOTED, open, quoted.size(), -1, -1, 0));
                    quoted.add(new Quoted(close, escape, multiline, table(FLAG_CODE, close[0], escape)));
                }
                case "char" -> {
                    int quote = singleByte(literal.quote());
                    int escape = literal.escape() == null ? -1 : singleByte(literal.escape());
                    boolean lifetimes = literal.lifetimes() != null && literal.lifetimes();
                    byte[] text = {(byte) quote};
                    int kindOfOpener = lifetimes ? Opener.CHAR_OR_LIFETIME : Opener.QUOTED;
                    openers.add(new Opener(kindOfOpener, text, quoted.size(), escape, quote, 0));
                    quoted.add(new Quoted(text, escape, false, table(FLAG_CODE, quote, escape)));
                }
                case "raw" -> {
                    int quote = singleByte(literal.quote());
                    int fence = literal.fence() == null ? -1 : singleByte(literal.fence());
                    int maxFences = fence < 0 ? 0 : literal.maxFences() == null ? 255 : literal.maxFences();
                    if (maxFences < 0 || maxFences > 1024) {
                        throw new IllegalArgumentException("maxFences out of range: " + maxFences);
                    }
                    for (String prefix : orEmpty(literal.prefixes())) {
                        openers.add(new Opener(Opener.RAW, delimiter(prefix), raws.size(), fence, quote, maxFences));
                    }
                    raws.add(new Raw(quote, fence, table(FLAG_CODE, quote)));
                }
                default -> throw new IllegalArgumentException("unknown literal kind: " + literal.kind());
            }
        }
        if (json.markedKeyword() != null) {
            byte[] word = delimiter(json.markedKeyword());
            for (byte c : word) {
                if (!Bytes.IDENT[c & 0xFF]) {
                    throw new IllegalArgumentException("marked keyword is not an identifier: " + json.markedKeyword());
                }
            }
            openers.add(new Opener(Opener.KEYWORD, word, -1, -1, -1, 0));
        }
        return new Syntax(codeTable(openers), byFirstByte(openers), blocks.toArray(Block[]::new),
                quoted.toArray(Quoted[]::new), raws.toArray(Raw[]::new));
    }

    static final byte FLAG_CODE = 1;
    static final byte FLAG_COMMENT = 2;

    private static byte[] codeTable(List<Opener> openers) {
        byte[] table = table(FLAG_CODE);
        for (Opener opener : openers) {
            table[opener.text[0] & 0xFF] = SPECIAL;
        }
        return table;
    }

    /** A state's table: whitespace 0, '\n' and the given bytes (negative = none) special, else flag. */
    private static byte[] table(byte flag, int... specials) {
        byte[] table = new byte[256];
        for (int c = 0; c < 256; c++) {
            table[c] = Bytes.WHITESPACE[c] ? 0 : flag;
        }
        table['\n'] = SPECIAL;
        for (int s : specials) {
            if (s >= 0) {
                table[s & 0xFF] = SPECIAL;
            }
        }
        return table;
    }

    private static Opener[][] byFirstByte(List<Opener> openers) {
        List<Opener> sorted = new ArrayList<>(openers);
        // Stable: among equally long openers the rules file's order wins.
        sorted.sort(Comparator.comparingInt(Opener::precedence).reversed());
        Opener[][] result = new Opener[256][];
        for (int c = 0; c < 256; c++) {
            final int first = c;
            result[c] = sorted.stream().filter(o -> (o.text[0] & 0xFF) == first).toArray(Opener[]::new);
        }
        return result;
    }

    private static byte[] delimiter(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("missing or empty delimiter");
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (byte c : bytes) {
            // A delimiter holding a newline or starting with whitespace would hide line ends or blanks.
            if (c == '\n') {
                throw new IllegalArgumentException("delimiter contains a newline: " + text);
            }
        }
        if (Bytes.WHITESPACE[bytes[0] & 0xFF]) {
            throw new IllegalArgumentException("delimiter starts with whitespace: '" + text + "'");
        }
        return bytes;
    }

    private static int singleByte(String text) {
        byte[] bytes = delimiter(text);
        if (bytes.length != 1) {
            throw new IllegalArgumentException("expected a single-byte delimiter: " + text);
        }
        return bytes[0] & 0xFF;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
