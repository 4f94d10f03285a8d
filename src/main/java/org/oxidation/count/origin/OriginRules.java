package org.oxidation.count.origin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.oxidation.model.InputException;
import org.oxidation.model.Origin;

/**
 * The user's own origin rules: path globs labelled {@code vendored}, {@code generated} or {@code written},
 * such as {@code drivers/gpu/drm/amd/include/**=generated}. A rule names every directory or file its
 * glob matches ({@link PathGlob}), and so everything below a directory. They take precedence over every
 * other source of origin ({@link OriginResolver}); {@code written} undoes what a profile, a
 * {@code .gitattributes} file, a README or a marker would say. Where two rules match one path, the first
 * wins; a rule matching a deeper directory wins over one matching a directory above it.
 * Immutable and thread-safe.
 */
public final class OriginRules {

    public static final OriginRules NONE = new OriginRules(List.of());

    /** One rule: the paths it names and the origin it gives them. */
    record Rule(PathGlob glob, Origin origin) {
    }

    private final List<Rule> rules;

    private OriginRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Parses {@code GLOB=vendored|generated|written} items, e.g. from repeated {@code --origin} options. */
    public static OriginRules parse(List<String> items) {
        return parse(items, "--origin");
    }

    /** Parses {@code GLOB=vendored|generated|written} items; errors name {@code where} they came from. */
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

    /** The rules as {@code GLOB=label} lines in order: equal texts mark the same paths. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        for (Rule rule : rules) {
            text.append(rule.glob().text()).append('=').append(rule.origin().kind().word()).append('\n');
        }
        return text.toString();
    }

    /** The origin the first rule naming {@code path} gives, or null when no rule names it. */
    Origin originOf(String path) {
        for (Rule rule : rules) {
            if (rule.glob().matches(path)) {
                return rule.origin();
            }
        }
        return null;
    }

    /** Whether some rule might name a path strictly below directory {@code dirPath}. */
    boolean mayMatchBelow(String dirPath) {
        for (Rule rule : rules) {
            if (rule.glob().mayMatchBelow(dirPath)) {
                return true;
            }
        }
        return false;
    }

    private static Rule rule(String item, String where) {
        int equals = item.lastIndexOf('=');
        if (equals <= 0) {
            throw new InputException(where + ": '" + item + "' is not GLOB=vendored, GLOB=generated or GLOB=written");
        }
        String glob = item.substring(0, equals).strip();
        String label = item.substring(equals + 1).strip().toLowerCase(Locale.ROOT);
        Origin origin = switch (label) {
            case "vendored" -> Origin.vendored(glob, "");
            case "generated" -> Origin.generated("generated");
            case "written" -> Origin.written("rule " + glob);
            default -> throw new InputException(where + ": label '" + label + "' must be vendored, generated or written");
        };
        return new Rule(new PathGlob(glob), origin);
    }
}
