package org.oxidation.model;

import java.util.Objects;

/**
 * Where the code of a directory comes from: written for the project itself, vendored from a third-party
 * package (with its name and version when known), or generated. Immutable and thread-safe.
 */
public record Origin(Kind kind, String name, String version) {

    /** Kinds of origin; the lower-case name is the word used on the command line and in CSV columns. */
    public enum Kind {
        WRITTEN, VENDORED, GENERATED;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static final Origin WRITTEN = new Origin(Kind.WRITTEN, "", "");

    public Origin {
        Objects.requireNonNull(kind);
        name = name == null ? "" : name;
        version = version == null ? "" : version;
    }

    public static Origin vendored(String name, String version) {
        return new Origin(Kind.VENDORED, name, version);
    }

    public static Origin generated(String label) {
        return new Origin(Kind.GENERATED, label, "");
    }

    /** "syn 2.0.106", "generated", or "" for code written for the project. */
    public String describe() {
        return switch (kind) {
            case WRITTEN -> "";
            case VENDORED -> (name + " " + version).trim();
            case GENERATED -> name.isEmpty() ? "generated" : name;
        };
    }
}
