package org.oxidation.count;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.oxidation.model.DirStats;
import org.oxidation.model.InputException;
import org.oxidation.model.Origin;

/**
 * The user's own origin rules: directory globs labelled {@code vendored} or {@code generated}, such as
 * {@code drivers/gpu/drm/amd/include/**=generated}. A rule applies to every directory its glob matches
 * and so to everything below it; a directory's own detected origin (a vendored crate's README) is kept.
 * Globs: {@code **} any number of path components, {@code *} and {@code ?} within one component.
 * Immutable and thread-safe.
 */
public final class OriginRules {

    public static final OriginRules NONE = new OriginRules(List.of());

    private record Rule(String glob, Pattern pattern, Origin origin) {
    }

    private final List<Rule> rules;

    private OriginRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Parses {@code GLOB=vendored|generated} items, e.g. from repeated {@code --origin} options. */
    public static OriginRules parse(List<String> items) {
        return parse(items, "--origin");
    }

    /** Parses {@code GLOB=vendored|generated} items; errors name {@code where} they came from. */
    public static OriginRules parse(List<String> items, String where) {
        List<Rule> rules = new ArrayList<>();
        for (String item : items) {
            rules.add(rule(item, where));
        }
        return new OriginRules(rules);
    }

    /** Reads a rules file: one {@code GLOB=LABEL} per line; blank lines and {@code #} comments skipped. */
    public static OriginRules read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InputException("no such origin rules file: " + file);
        } catch (IOException e) {
            throw new InputException("cannot read origin rules " + file + ": " + e.getMessage(), e);
        }
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                rules.add(rule(line, file.getFileName() + " line " + (i + 1)));
            }
        }
        return new OriginRules(rules);
    }

    public OriginRules plus(OriginRules other) {
        List<Rule> all = new ArrayList<>(rules);
        all.addAll(other.rules);
        return new OriginRules(all);
    }

    public boolean isEmpty() {
        return rules.isEmpty();
    }

    /** The rules as {@code GLOB=label} lines in order: equal texts mark the same directories. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        for (Rule rule : rules) {
            text.append(rule.glob()).append('=').append(rule.origin().kind().name().toLowerCase(Locale.ROOT)).append('\n');
        }
        return text.toString();
    }

    private static Rule rule(String item, String where) {
        int equals = item.lastIndexOf('=');
        if (equals <= 0) {
            throw new InputException(where + ": '" + item + "' is not GLOB=vendored or GLOB=generated");
        }
        String glob = item.substring(0, equals).strip();
        String label = item.substring(equals + 1).strip().toLowerCase(Locale.ROOT);
        Origin origin = switch (label) {
            case "vendored" -> Origin.vendored(glob, "");
            case "generated" -> Origin.generated("generated");
            default -> throw new InputException(where + ": label '" + label + "' must be vendored or generated");
        };
        String directoryGlob = glob.endsWith("/**") ? glob.substring(0, glob.length() - 3) : glob.replaceAll("/+$", "");
        return new Rule(glob, Pattern.compile(globToRegex(directoryGlob)), origin);
    }

    static String globToRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                regex.append(".*");
                i++;
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

    /** The tree with the rules' origins set on the directories they match (unmatched subtrees shared). */
    public DirStats apply(DirStats root) {
        return rules.isEmpty() ? root : apply(root, "");
    }

    private DirStats apply(DirStats dir, String path) {
        List<DirStats> children = new ArrayList<>(dir.dirs().size());
        boolean changed = false;
        for (DirStats child : dir.dirs()) {
            DirStats updated = apply(child, path.isEmpty() ? child.name() : path + "/" + child.name());
            changed |= updated != child;
            children.add(updated);
        }
        Origin origin = dir.origin();
        if (origin.kind() == Origin.Kind.WRITTEN && !path.isEmpty()) {
            for (Rule rule : rules) {
                if (rule.pattern().matcher(path).matches()) {
                    origin = rule.origin();
                    break;
                }
            }
        }
        if (!changed && origin.equals(dir.origin())) {
            return dir;
        }
        return new DirStats(dir.name(), origin, children, dir.files());
    }
}
