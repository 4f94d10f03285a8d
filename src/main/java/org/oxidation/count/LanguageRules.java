package org.oxidation.count;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.oxidation.count.origin.GeneratedMarkers;

/**
 * The counting rules: which languages exist, which files they claim, how they are lexed, and the
 * rules {@link #version()} that caches and exported charts record so that counts made under other
 * rules are never mixed. Loaded from a JSON file ({@code languages.json} is bundled); adding a
 * language is a data change only. Immutable and thread-safe.
 */
public final class LanguageRules {

    private static final String BUNDLED = "languages.json";

    private final int version;
    private final List<Language> languages;
    private final Map<String, Language> byExtension;
    /** The extensions as UTF-8 bytes, parallel to {@link #extensionLanguages}, for raw tree entry names. */
    private final byte[][] extensionBytes;
    private final Language[] extensionLanguages;
    private final GeneratedMarkers markers;

    private LanguageRules(int version, List<Language> languages, GeneratedMarkers markers) {
        this.version = version;
        this.markers = markers;
        this.languages = List.copyOf(languages);
        Map<String, Language> extensions = new HashMap<>();
        for (Language language : languages) {
            for (String extension : language.extensions()) {
                if (extensions.putIfAbsent(extension, language) != null) {
                    throw new IllegalArgumentException("extension claimed twice: " + extension);
                }
            }
        }
        this.byExtension = Map.copyOf(extensions);
        this.extensionBytes = new byte[extensions.size()][];
        this.extensionLanguages = new Language[extensions.size()];
        int i = 0;
        for (Map.Entry<String, Language> entry : extensions.entrySet()) {
            extensionBytes[i] = entry.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            extensionLanguages[i++] = entry.getValue();
        }
    }

    /** The bundled rules, parsed once on first use. */
    public static LanguageRules standard() {
        return Bundled.RULES;
    }

    /** Parses rules from JSON; IllegalArgumentException if they are malformed or inconsistent. */
    public static LanguageRules parse(Reader json) {
        RulesJson.File file;
        try {
            file = new Gson().fromJson(json, RulesJson.File.class);
        } catch (JsonParseException e) {
            throw new IllegalArgumentException("malformed rules: " + e.getMessage(), e);
        }
        if (file == null || file.languages() == null || file.version() < 1) {
            throw new IllegalArgumentException("rules need a version >= 1 and a languages list");
        }
        List<Language> languages = new ArrayList<>();
        for (RulesJson.LanguageJson spec : file.languages()) {
            if (spec.name() == null || spec.name().isBlank()) {
                throw new IllegalArgumentException("language without a name");
            }
            if (languages.stream().anyMatch(l -> l.name().equals(spec.name()))) {
                throw new IllegalArgumentException("language defined twice: " + spec.name());
            }
            List<String> extensions = spec.extensions() == null ? List.of() : spec.extensions();
            for (String extension : extensions) {
                if (extension == null || !extension.startsWith(".") || extension.length() < 2) {
                    throw new IllegalArgumentException("bad extension for " + spec.name() + ": " + extension);
                }
            }
            try {
                languages.add(new Language(spec.name(), extensions,
                        Optional.ofNullable(spec.markedKeyword()), Syntax.compile(spec)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(spec.name() + ": " + e.getMessage(), e);
            }
        }
        GeneratedMarkers markers;
        try {
            markers = file.generatedMarkers() == null ? GeneratedMarkers.NONE
                    : new GeneratedMarkers(file.generatedMarkers().lines(),
                            file.generatedMarkers().phrases() == null ? List.of() : file.generatedMarkers().phrases());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("generatedMarkers: " + e.getMessage(), e);
        }
        return new LanguageRules(file.version(), languages, markers);
    }

    public static LanguageRules parse(String json) {
        return parse(new StringReader(json));
    }

    /** The generated-file markers looked for in each counted file's first lines. */
    public GeneratedMarkers generatedMarkers() {
        return markers;
    }

    /** The counting rules version: any change that can alter a count must bump it. */
    public int version() {
        return version;
    }

    public List<Language> languages() {
        return languages;
    }

    /** The language with exactly this name. */
    public Optional<Language> byName(String name) {
        return languages.stream().filter(l -> l.name().equals(name)).findFirst();
    }

    /**
     * The language of a file by its extension, case-sensitively ({@code .C} is not C). Accepts a bare
     * name or a '/'-separated path; a name without a dot, or only a leading one, has no extension.
     */
    public Optional<Language> forFileName(String name) {
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        if (dot <= slash + 1) {
            return Optional.empty(); // "Makefile", ".gitignore", "dir.d/README"
        }
        return Optional.ofNullable(byExtension.get(name.substring(dot)));
    }

    /**
     * {@link #forFileName(String)} for a name given as UTF-8 bytes (a git tree entry), without making a
     * string: the sampler asks this for every file of every changed directory.
     *
     * @return the language, or null when the name has no counted extension
     */
    public Language forFileName(byte[] name, int start, int end) {
        int dot = end - 1;
        while (dot >= start && name[dot] != '.' && name[dot] != '/') {
            dot--;
        }
        if (dot <= start || name[dot] != '.' || name[dot - 1] == '/') {
            return null;
        }
        for (int i = 0; i < extensionBytes.length; i++) {
            if (java.util.Arrays.equals(extensionBytes[i], 0, extensionBytes[i].length, name, dot, end)) {
                return extensionLanguages[i];
            }
        }
        return null;
    }

    /** Holder idiom: the bundled file is read once, lazily, without locking on every call. */
    private static final class Bundled {
        static final LanguageRules RULES = load();

        private static LanguageRules load() {
            try (InputStream in = LanguageRules.class.getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new IllegalStateException("bundled " + BUNDLED + " is missing");
                }
                return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
