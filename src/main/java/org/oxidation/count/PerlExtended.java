package org.oxidation.count;

/**
 * get_maintainer.pl matches {@code N:} patterns with Perl's {@code /x} flag, which RE2/J does not have:
 * this removes what {@code /x} ignores, whitespace and {@code #} comments outside character classes,
 * so that RE2/J sees the pattern Perl sees. Stateless and thread-safe.
 */
final class PerlExtended {

    private PerlExtended() {
    }

    static String strip(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length());
        boolean inClass = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                out.append(c).append(pattern.charAt(++i)); // an escaped space or '#' stays
            } else if (inClass) {
                inClass = c != ']' || out.charAt(out.length() - 1) == '[' || endsWith(out, "[^");
                out.append(c);
            } else if (c == '#') {
                break; // a comment runs to the end of the line, and an N: value is one line
            } else if (!Character.isWhitespace(c)) {
                inClass = c == '[';
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean endsWith(StringBuilder text, String suffix) {
        return text.length() >= suffix.length() && text.substring(text.length() - suffix.length()).equals(suffix);
    }
}
