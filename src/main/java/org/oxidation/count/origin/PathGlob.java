package org.oxidation.count.origin;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A path glob of origin rules and profiles, matched against '/'-separated paths from the tree's root:
 * {@code **} any number of path components, {@code *} and {@code ?} within one component. A trailing
 * {@code /**} or {@code /} is dropped, so {@code lib/zstd/**} names the directory {@code lib/zstd}
 * (and so everything below it); a glob that matches a file's path names that file. Immutable and
 * thread-safe.
 */
final class PathGlob {

    private final String text;
    private final Pattern whole;
    /** The glob's components, each as a pattern for one path component ({@code null} for {@code **}). */
    private final List<Pattern> components;

    PathGlob(String glob) {
        this.text = glob;
        String stripped = glob.endsWith("/**") ? glob.substring(0, glob.length() - 3) : glob.replaceAll("/+$", "");
        stripped = stripped.replaceAll("^/+", "");
        this.whole = Pattern.compile(regex(stripped, true));
        this.components = java.util.Arrays.stream(stripped.split("/"))
                .map(part -> part.equals("**") ? null : Pattern.compile(regex(part, false))).toList();
    }

    String text() {
        return text;
    }

    /** Whether the glob names this path (a directory's or a file's). */
    boolean matches(String path) {
        return whole.matcher(path).matches();
    }

    /**
     * Whether some path strictly below directory {@code dirPath} ("" for the root) might match: false
     * lets a walk skip a subtree the glob cannot reach.
     */
    boolean mayMatchBelow(String dirPath) {
        String[] parts = dirPath.isEmpty() ? new String[0] : dirPath.split("/");
        for (int i = 0; i < parts.length; i++) {
            if (i >= components.size()) {
                return false;
            }
            Pattern component = components.get(i);
            if (component == null) {
                return true;
            }
            if (!component.matcher(parts[i]).matches()) {
                return false;
            }
        }
        return components.size() > parts.length;
    }

    private static String regex(String glob, boolean acrossComponents) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*' && acrossComponents) {
                boolean slashAfter = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
                regex.append(slashAfter ? "(?:.*/)?" : ".*"); // "a/**/b" also matches "a/b"
                i += slashAfter ? 2 : 1;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }

    @Override
    public String toString() {
        return text;
    }
}
