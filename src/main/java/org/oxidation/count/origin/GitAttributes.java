package org.oxidation.count.origin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The origin lines of one {@code .gitattributes} file: GitHub Linguist's {@code linguist-vendored} and
 * {@code linguist-generated}, set ({@code attr}, {@code attr=true}, any value but {@code false}), unset
 * ({@code -attr}, {@code attr=false}) or unspecified again ({@code !attr}), on patterns matched as git
 * matches attribute patterns: a pattern without a slash matches a file's name at any depth below the
 * file's directory, one with a slash matches the path relative to it ({@code **}, {@code *}, {@code ?},
 * {@code [...]}); a pattern ending in a slash names directories only and so no file; negative patterns
 * are not allowed in attributes files and are ignored, as git ignores them. Immutable and thread-safe.
 */
public final class GitAttributes {

    /** The file's name in a tree. */
    public static final String FILE_NAME = ".gitattributes";

    static final String VENDORED = "linguist-vendored";
    static final String GENERATED = "linguist-generated";

    /** An attribute's state after a line: set, unset, or unspecified again. */
    enum State { SET, UNSET, UNSPECIFIED }

    /** One line: a pattern and what it says of the two attributes (null: says nothing). */
    record Line(Pattern pattern, boolean byName, State vendored, State generated) {
    }

    private final List<Line> lines;

    private GitAttributes(List<Line> lines) {
        this.lines = List.copyOf(lines);
    }

    /**
     * Keeps only the lines of an attributes file that speak of Linguist's origin attributes: all that
     * the sampler stores with a directory ("" when none).
     */
    public static String originLines(String text) {
        StringBuilder kept = new StringBuilder();
        for (String line : text.split("\r?\n")) {
            String stripped = line.strip();
            if (!stripped.startsWith("#") && (stripped.contains(VENDORED) || stripped.contains(GENERATED))) {
                kept.append(stripped).append('\n');
            }
        }
        return kept.toString();
    }

    /** Parses attribute lines; lines that say nothing of the origin attributes are dropped. */
    public static GitAttributes parse(String text) {
        List<Line> parsed = new ArrayList<>();
        for (String raw : text.split("\r?\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!") || line.startsWith("[attr]")) {
                continue;
            }
            String[] fields = line.split("[ \t]+");
            State vendored = null;
            State generated = null;
            for (int i = 1; i < fields.length; i++) {
                vendored = stateOf(fields[i], VENDORED, vendored);
                generated = stateOf(fields[i], GENERATED, generated);
            }
            if ((vendored != null || generated != null) && !fields[0].endsWith("/")) {
                String pattern = fields[0];
                boolean byName = pattern.indexOf('/') < 0;
                String anchored = pattern.startsWith("/") ? pattern.substring(1) : pattern;
                parsed.add(new Line(Pattern.compile(wildmatch(anchored)), byName, vendored, generated));
            }
        }
        return new GitAttributes(parsed);
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    List<Line> lines() {
        return lines;
    }

    /** Whether a line's pattern matches a file at {@code relativePath} below this file's directory. */
    static boolean matches(Line line, String relativePath) {
        String subject = line.byName() ? relativePath.substring(relativePath.lastIndexOf('/') + 1) : relativePath;
        return line.pattern().matcher(subject).matches();
    }

    private static State stateOf(String field, String attribute, State before) {
        if (field.equals(attribute)) {
            return State.SET;
        }
        if (field.equals("-" + attribute)) {
            return State.UNSET;
        }
        if (field.equals("!" + attribute)) {
            return State.UNSPECIFIED;
        }
        if (field.startsWith(attribute + "=")) {
            String value = field.substring(attribute.length() + 1).toLowerCase(Locale.ROOT);
            return value.equals("false") ? State.UNSET : State.SET; // as Linguist reads a value
        }
        return before;
    }

    /** git's wildmatch with FNM_PATHNAME as a regular expression. */
    static String wildmatch(String pattern) {
        StringBuilder regex = new StringBuilder();
        int n = pattern.length();
        for (int i = 0; i < n; i++) {
            char c = pattern.charAt(i);
            if (c == '*') {
                int stars = 1;
                while (i + stars < n && pattern.charAt(i + stars) == '*') {
                    stars++;
                }
                boolean startsComponent = i == 0 || pattern.charAt(i - 1) == '/';
                boolean endsComponent = i + stars == n || pattern.charAt(i + stars) == '/';
                if (stars >= 2 && startsComponent && endsComponent) {
                    if (i + stars == n) {
                        regex.append(".*"); // "dir/**": everything inside
                    } else {
                        regex.append("(?:.*/)?"); // "**/" and "/**/": zero or more directories
                        stars++; // the slash
                    }
                } else {
                    regex.append("[^/]*"); // other runs of stars are one star
                }
                i += stars - 1;
            } else if (c == '?') {
                regex.append("[^/]");
            } else if (c == '[') {
                int end = bracketEnd(pattern, i);
                if (end < 0) {
                    regex.append("\\[");
                } else {
                    regex.append(bracket(pattern.substring(i + 1, end)));
                    i = end;
                }
            } else if (c == '\\' && i + 1 < n) {
                regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }

    private static int bracketEnd(String pattern, int open) {
        int i = open + 1;
        if (i < pattern.length() && (pattern.charAt(i) == '!' || pattern.charAt(i) == '^')) {
            i++;
        }
        if (i < pattern.length() && pattern.charAt(i) == ']') {
            i++; // a leading ']' is a member
        }
        for (; i < pattern.length(); i++) {
            if (pattern.charAt(i) == '[' && pattern.startsWith("[:", i)) {
                int close = pattern.indexOf(":]", i + 2);
                if (close > 0) {
                    i = close + 1;
                    continue;
                }
            }
            if (pattern.charAt(i) == ']') {
                return i;
            }
        }
        return -1;
    }

    private static String bracket(String body) {
        StringBuilder out = new StringBuilder("(?!/)[");
        int i = 0;
        if (!body.isEmpty() && (body.charAt(0) == '!' || body.charAt(0) == '^')) {
            out.append('^');
            i = 1;
        }
        for (; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '[' && body.startsWith("[:", i)) {
                int close = body.indexOf(":]", i + 2);
                out.append("\\p{").append(posixClass(body.substring(i + 2, close))).append('}');
                i = close + 1;
            } else if (c == '-' && i > 0 && i + 1 < body.length()) {
                out.append('-');
            } else {
                out.append(c == '\\' || c == '[' || c == ']' || c == '^' || c == '&' || c == '-' ? "\\" + c : String.valueOf(c));
            }
        }
        return out.append(']').toString();
    }

    private static String posixClass(String name) {
        return switch (name) {
            case "alpha" -> "Alpha";
            case "digit" -> "Digit";
            case "alnum" -> "Alnum";
            case "upper" -> "Upper";
            case "lower" -> "Lower";
            case "space" -> "Space";
            case "punct" -> "Punct";
            case "xdigit" -> "XDigit";
            default -> "Graph";
        };
    }
}
