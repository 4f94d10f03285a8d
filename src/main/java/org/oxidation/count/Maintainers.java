package org.oxidation.count;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A parsed {@code MAINTAINERS} file that assigns every path to exactly one section, so that sections
 * add up to the total.
 *
 * <p>Patterns follow {@code scripts/get_maintainer.pl}: {@code F:} matches files, directories (a
 * trailing {@code /}, or a path that is a directory in the tree) and globs ({@code *} and {@code ?});
 * a glob without a trailing slash matches only at its own directory depth; {@code X:} excludes;
 * {@code N:} is a regex searched in the whole path. Of the sections that match a path, the one whose
 * matching pattern is most specific wins: most path components, then the longest literal prefix, then
 * the earlier section. {@code N:} patterns rank below every {@code F:} pattern. Paths no section matches
 * belong to {@link #UNMATCHED}.
 *
 * <p>{@code N:} patterns come from the repository, that is from strangers: they are matched with RE2/J,
 * which does not backtrack, so no pattern can make grouping slower than linear in the paths times the
 * patterns (with {@code java.util.regex}, {@code (.*a){12}$} against a path of a few dozen {@code a}s
 * takes longer than anyone waits). A pattern RE2/J cannot express (a back-reference, a look-around) is
 * left out and named in {@link #warnings()}, never skipped silently.
 *
 * <p>Matching walks a trie of the patterns' literal directory prefixes, so a path is tested only
 * against the patterns that could match it, not against all ten thousand. Immutable and thread-safe.
 */
public final class Maintainers {

    public static final String UNMATCHED = "(no MAINTAINERS entry)";

    /** One F: or N: pattern of a section. */
    private record Rule(int section, Predicate<String> matches, int components, int literalPrefix) {
        boolean beats(Rule other) {
            if (components != other.components) {
                return components > other.components;
            }
            if (literalPrefix != other.literalPrefix) {
                return literalPrefix > other.literalPrefix;
            }
            return section < other.section;
        }
    }

    /** Trie node: rules whose literal directory prefix ends here. */
    private static final class Node {
        final Map<String, Node> children = new HashMap<>();
        final List<Rule> rules = new ArrayList<>();
        /**
         * Plain file patterns of this directory by their last component. They match a file here whose
         * name starts with it (get_maintainer.pl's prefix match at equal depth), so a file is looked up
         * by each prefix of its name instead of being tested against hundreds of names
         * (include/linux has over 600).
         */
        final Map<String, List<Rule>> byName = new HashMap<>();
    }

    private final List<String> titles = new ArrayList<>();
    private final List<List<Predicate<String>>> exclusions = new ArrayList<>();
    private final Node root = new Node();
    private final List<Rule> regexRules = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final int patternCount;

    private Maintainers(String text, Predicate<String> isDirectory) {
        int patterns = 0;
        for (List<String> block : blocks(text)) {
            if (!isSection(block)) {
                continue;
            }
            int section = titles.size();
            titles.add(block.get(0).strip());
            List<Predicate<String>> excluded = new ArrayList<>();
            for (String line : block.subList(1, block.size())) {
                char type = line.charAt(0);
                String value = line.substring(2).strip();
                if (value.isEmpty()) {
                    continue;
                }
                switch (type) {
                    case 'F' -> {
                        addFileRule(section, withDirectorySlash(value, isDirectory));
                        patterns++;
                    }
                    case 'X' -> excluded.add(fileMatcher(withDirectorySlash(value, isDirectory)));
                    case 'N' -> {
                        addRegexRule(section, value);
                        patterns++;
                    }
                    default -> {
                        // M:, L:, S:, W:, T:, K: ... say who and how, not which files.
                    }
                }
            }
            exclusions.add(excluded);
        }
        this.patternCount = patterns;
    }

    /**
     * Parses a MAINTAINERS text. {@code isDirectory} tells whether a path (without a trailing slash) is
     * a directory of the tree, as get_maintainer.pl asks the file system.
     */
    public static Maintainers parse(String text, Predicate<String> isDirectory) {
        return new Maintainers(text, isDirectory);
    }

    public List<String> sections() {
        return List.copyOf(titles);
    }

    public int patternCount() {
        return patternCount;
    }

    /**
     * One sentence per {@code N:} pattern that was left out because the linear-time matcher cannot
     * express it, naming its section; empty for the kernel's MAINTAINERS.
     */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** The section a file path belongs to, or {@link #UNMATCHED}. */
    public String sectionOf(String path) {
        Rule best = null;
        Node node = root;
        best = bestOf(node.rules, path, best);
        int start = 0;
        for (int slash = path.indexOf('/'); slash >= 0 && node != null; slash = path.indexOf('/', start)) {
            node = node.children.get(path.substring(start, slash));
            if (node != null) {
                best = bestOf(node.rules, path, best);
            }
            start = slash + 1;
        }
        if (node != null && !node.byName.isEmpty()) {
            for (int end = start + 1; end <= path.length(); end++) {
                List<Rule> named = node.byName.get(path.substring(start, end));
                if (named != null) {
                    best = bestOf(named, path, best);
                }
            }
        }
        best = bestOf(regexRules, path, best);
        return best == null ? UNMATCHED : titles.get(best.section());
    }

    private Rule bestOf(List<Rule> rules, String path, Rule best) {
        for (Rule rule : rules) {
            if ((best == null || rule.beats(best)) && rule.matches().test(path) && !excluded(rule.section(), path)) {
                best = rule;
            }
        }
        return best;
    }

    private boolean excluded(int section, String path) {
        for (Predicate<String> exclusion : exclusions.get(section)) {
            if (exclusion.test(path)) {
                return true;
            }
        }
        return false;
    }

    /** Files a pattern can match lie below its literal directory prefix: the rule is filed there. */
    private void addFileRule(int section, String pattern) {
        String[] parts = pattern.split("/");
        int directoryParts = pattern.endsWith("/") ? parts.length : parts.length - 1;
        Node node = root;
        for (int i = 0; i < directoryParts && !parts[i].isEmpty() && !isGlob(parts[i]); i++) {
            node = node.children.computeIfAbsent(parts[i], k -> new Node());
        }
        int components = (int) java.util.Arrays.stream(parts).filter(p -> !p.isEmpty()).count();
        Rule rule = new Rule(section, fileMatcher(pattern), components, literalPrefixLength(pattern));
        boolean plainFile = !pattern.endsWith("/") && !isGlob(pattern) && walkedAll(parts, directoryParts);
        if (plainFile) {
            node.byName.computeIfAbsent(parts[parts.length - 1], k -> new ArrayList<>()).add(rule);
        } else {
            node.rules.add(rule);
        }
    }

    /** Whether the first {@code count} parts are all literal, non-empty names (the trie walked them all). */
    private static boolean walkedAll(String[] parts, int count) {
        for (int i = 0; i < count; i++) {
            if (parts[i].isEmpty() || isGlob(parts[i])) {
                return false;
            }
        }
        return parts.length > 0 && !parts[parts.length - 1].isEmpty();
    }

    private static String withDirectorySlash(String pattern, Predicate<String> isDirectory) {
        return !pattern.endsWith("/") && !isGlob(pattern) && isDirectory.test(pattern) ? pattern + "/" : pattern;
    }

    /** get_maintainer.pl's file_match_pattern. */
    static Predicate<String> fileMatcher(String pattern) {
        boolean directory = pattern.endsWith("/");
        if (!isGlob(pattern)) {
            return directory ? path -> path.startsWith(pattern) : path -> path.equals(pattern)
                    || (path.startsWith(pattern) && slashes(path) == slashes(pattern));
        }
        int patternSlashes = slashes(pattern);
        // get_maintainer.pl anchors the glob at the start only: the glob followed by anything.
        String prefixGlob = pattern + "*";
        return directory ? path -> wildcardMatch(prefixGlob, path)
                : path -> slashes(path) == patternSlashes && wildcardMatch(prefixGlob, path);
    }

    /**
     * Whether {@code text} matches {@code glob} whole, where {@code *} is any run of characters (also
     * {@code /}, as in get_maintainer.pl's {@code .*}) and {@code ?} one character. Greedy with one
     * backtrack point, so linear in practice and with no allocation: this runs for every file.
     */
    static boolean wildcardMatch(String glob, String text) {
        int g = 0;
        int t = 0;
        int starAt = -1;
        int starText = 0;
        while (t < text.length()) {
            if (g < glob.length() && (glob.charAt(g) == '?' || glob.charAt(g) == text.charAt(t))) {
                g++;
                t++;
            } else if (g < glob.length() && glob.charAt(g) == '*') {
                starAt = g++;
                starText = t;
            } else if (starAt >= 0) {
                g = starAt + 1;
                t = ++starText;
            } else {
                return false;
            }
        }
        while (g < glob.length() && glob.charAt(g) == '*') {
            g++;
        }
        return g == glob.length();
    }

    private void addRegexRule(int section, String value) {
        try {
            com.google.re2j.Pattern regex = com.google.re2j.Pattern.compile(PerlExtended.strip(value));
            regexRules.add(new Rule(section, path -> regex.matcher(path).find(), 0, 0));
        } catch (com.google.re2j.PatternSyntaxException e) {
            warnings.add("MAINTAINERS section '" + titles.get(section) + "': pattern N: " + value + " is left out ("
                    + e.getMessage().replace("error parsing regexp: ", "") + "; the matcher, which never backtracks, has no back-references or look-arounds)");
        }
    }

    private static boolean isGlob(String s) {
        return s.indexOf('*') >= 0 || s.indexOf('?') >= 0;
    }

    private static int literalPrefixLength(String pattern) {
        int i = 0;
        while (i < pattern.length() && pattern.charAt(i) != '*' && pattern.charAt(i) != '?') {
            i++;
        }
        return i;
    }

    private static int slashes(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '/') {
                n++;
            }
        }
        return n;
    }

    /** Blocks of non-blank lines. */
    private static List<List<String>> blocks(String text) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            String trimmed = line.stripTrailing();
            if (trimmed.isBlank()) {
                if (!current.isEmpty()) {
                    blocks.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(trimmed);
            }
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        return blocks;
    }

    /** A section: a title line followed only by "X:" entry lines. */
    private static boolean isSection(List<String> block) {
        if (block.size() < 2 || isEntry(block.get(0))) {
            return false;
        }
        for (String line : block.subList(1, block.size())) {
            if (!isEntry(line)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isEntry(String line) {
        return line.length() >= 2 && line.charAt(0) >= 'A' && line.charAt(0) <= 'Z' && line.charAt(1) == ':';
    }
}
