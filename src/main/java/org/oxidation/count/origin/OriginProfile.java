package org.oxidation.count.origin;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.oxidation.model.DirStats;
import org.oxidation.model.Origin;

/**
 * An origin profile: what a well-known project vendors and generates, as data ({@code linux.json} is
 * bundled, like the language rules): path globs, the kind, the upstream project and the evidence for
 * each entry, and the files by which a tree is recognised as that project's. Immutable and thread-safe.
 */
public final class OriginProfile {

    /** The profiles that ship with the program, by name. */
    public static final List<String> BUILT_IN = List.of("linux");

    /** One vendored library or generated tree. */
    public record Entry(String name, Origin.Kind kind, List<String> paths, String upstream, String evidence) {

        /** The origin the entry gives the code it names. */
        public Origin origin() {
            return kind == Origin.Kind.VENDORED ? Origin.vendored(name, "", upstream) : Origin.generated(name);
        }
    }

    private record Compiled(Entry entry, List<PathGlob> globs) {
    }

    private final String name;
    private final String title;
    private final List<String> recognisedBy;
    private final List<Compiled> entries;

    private OriginProfile(String name, String title, List<String> recognisedBy, List<Entry> entries) {
        this.name = name;
        this.title = title;
        this.recognisedBy = List.copyOf(recognisedBy);
        this.entries = entries.stream().map(e -> new Compiled(e, e.paths().stream().map(PathGlob::new).toList())).toList();
    }

    /** A built-in profile by name ("linux"), or empty when there is none of that name. */
    public static Optional<OriginProfile> builtIn(String name) {
        return BUILT_IN.contains(name) ? Optional.of(Bundled.LINUX) : Optional.empty();
    }

    /** The built-in profile whose files a tree has, or empty when it is no known project's. */
    public static Optional<OriginProfile> detect(DirStats root) {
        return Bundled.LINUX.recognises(root) ? Optional.of(Bundled.LINUX) : Optional.empty();
    }

    /** Parses a profile from JSON; IllegalArgumentException if it is malformed. */
    public static OriginProfile parse(Reader json) {
        ProfileJson file;
        try {
            file = new Gson().fromJson(json, ProfileJson.class);
        } catch (JsonParseException e) {
            throw new IllegalArgumentException("malformed origin profile: " + e.getMessage(), e);
        }
        if (file == null || file.profile() == null || file.entries() == null || file.recognisedBy() == null
                || file.recognisedBy().isEmpty()) {
            throw new IllegalArgumentException("an origin profile needs a name, recognisedBy files and entries");
        }
        List<Entry> entries = new ArrayList<>();
        for (EntryJson e : file.entries()) {
            if (e.name() == null || e.paths() == null || e.paths().isEmpty() || e.evidence() == null || e.evidence().isBlank()) {
                throw new IllegalArgumentException("profile entry without a name, paths or evidence: " + e.name());
            }
            Origin.Kind kind = switch (String.valueOf(e.kind()).toLowerCase(Locale.ROOT)) {
                case "vendored" -> Origin.Kind.VENDORED;
                case "generated" -> Origin.Kind.GENERATED;
                default -> throw new IllegalArgumentException(e.name() + ": kind must be vendored or generated");
            };
            entries.add(new Entry(e.name(), kind, List.copyOf(e.paths()), e.upstream() == null ? "" : e.upstream(),
                    e.evidence()));
        }
        return new OriginProfile(file.profile(), file.title() == null ? file.profile() : file.title(),
                file.recognisedBy(), entries);
    }

    public String name() {
        return name;
    }

    public String title() {
        return title;
    }

    public List<Entry> entries() {
        return entries.stream().map(Compiled::entry).toList();
    }

    /** Whether every file the profile is recognised by is in the tree. */
    public boolean recognises(DirStats root) {
        for (String path : recognisedBy) {
            int slash = path.lastIndexOf('/');
            String fileName = path.substring(slash + 1);
            Optional<DirStats> dir = root.find(slash < 0 ? "" : path.substring(0, slash));
            if (dir.isEmpty() || dir.get().files().stream().noneMatch(f -> f.name().equals(fileName))) {
                return false;
            }
        }
        return true;
    }

    /** The origin of the first entry naming {@code path}, or null when none does; {@link Reach} says the same faster. */
    Origin originOf(String path) {
        for (Compiled compiled : entries) {
            for (PathGlob glob : compiled.globs()) {
                if (glob.matches(path)) {
                    return compiled.entry().origin();
                }
            }
        }
        return null;
    }

    /** Every glob of the profile, as the reach of the tree's root. */
    Reach reach() {
        List<PathGlob> globs = new ArrayList<>();
        List<Origin> origins = new ArrayList<>();
        for (Compiled compiled : entries) {
            for (PathGlob glob : compiled.globs()) {
                globs.add(glob);
                origins.add(compiled.entry().origin());
            }
        }
        return new Reach(globs, origins).below("");
    }

    /**
     * The globs that may name a path strictly below one directory, in the profile's order, each with its
     * entry's origin: a file there is matched against these alone, with the same first match as
     * {@link #originOf}, instead of against every entry (a kernel tag has 5,000 directories and 65,000
     * files; most are reached by no entry or by a few). Immutable and thread-safe.
     */
    static final class Reach {

        static final Reach NONE = new Reach(List.of(), List.of());

        private final List<PathGlob> globs;
        private final List<Origin> origins;

        private Reach(List<PathGlob> globs, List<Origin> origins) {
            this.globs = globs;
            this.origins = origins;
        }

        boolean isEmpty() {
            return globs.isEmpty();
        }

        /** The origin of the first glob naming {@code path}, a path strictly below this directory. */
        Origin originOf(String path) {
            for (int i = 0; i < globs.size(); i++) {
                if (globs.get(i).matches(path)) {
                    return origins.get(i);
                }
            }
            return null;
        }

        /**
         * The reach of {@code dirPath}, a directory strictly below this one (or this one: "" from the
         * root's). A glob that can name nothing below a directory names nothing below its subdirectories.
         */
        Reach below(String dirPath) {
            List<PathGlob> kept = new ArrayList<>();
            List<Origin> keptOrigins = new ArrayList<>();
            for (int i = 0; i < globs.size(); i++) {
                if (globs.get(i).mayMatchBelow(dirPath)) {
                    kept.add(globs.get(i));
                    keptOrigins.add(origins.get(i));
                }
            }
            return kept.size() == globs.size() ? this : new Reach(kept, keptOrigins);
        }
    }

    private record ProfileJson(String profile, String title, List<String> recognisedBy, List<EntryJson> entries) {
    }

    private record EntryJson(String name, String kind, List<String> paths, String upstream, String evidence) {
    }

    /**
     * A checksum of the built-in profiles' text: cached rows made under other profile entries must not
     * be served (it is part of {@link OriginSettings#describe()}).
     */
    public static String builtInFingerprint() {
        return Bundled.FINGERPRINT;
    }

    /** Loaded on first use. */
    private static final class Bundled {
        static final String TEXT = read("linux.json");
        static final OriginProfile LINUX = parse(new java.io.StringReader(TEXT));
        static final String FINGERPRINT = crc32(TEXT);

        private static String read(String resource) {
            try (InputStream in = OriginProfile.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled origin profile " + resource + " is missing");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String crc32(String text) {
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(text.getBytes(StandardCharsets.UTF_8));
            return Long.toHexString(crc.getValue());
        }
    }
}
