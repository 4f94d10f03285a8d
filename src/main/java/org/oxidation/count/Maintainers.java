package org.oxidation.count;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

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
    }

    private final List<String> titles = new ArrayList<>();
    private final List<List<Predicate<String>>> exclusions = new ArrayList<>();
    private final Node root = new Node();
    private final List<Rule> regexRules = new ArrayList<>();
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
                        regexMatcher(value).ifPresent(m -> regexRules.add(new Rule(section, m, 0, 0)));
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
        node.rules.add(new Rule(section, fileMatcher(pattern), components, literalPrefixLength(pattern)));
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
        Pattern regex = Pattern.compile("^" + globToRegex(pattern));
        int patternSlashes = slashes(pattern);
        return directory ? path -> regex.matcher(path).find()
                : path -> regex.matcher(path).find() && slashes(path) == patternSlashes;
    }

    private static java.util.Optional<Predicate<String>> regexMatcher(String value) {
        try {
            Pattern regex = Pattern.compile(value, Pattern.COMMENTS);
            return java.util.Optional.of(path -> regex.matcher(path).find());
        } catch (PatternSyntaxException e) {
            return java.util.Optional.empty(); // a regex Perl takes and Java does not: skip it, never fail
        }
    }

    private static String globToRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
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
