package org.oxidation.model;

import java.util.Objects;

/**
 * Where code comes from: written for the project itself, vendored from a third-party project (with its
 * name, version and upstream source when known), or generated. Immutable and thread-safe.
 *
 * <p>On a directory or a file of a counted tree, {@link #INHERITED} says "nothing of its own": the code
 * takes the origin of the directory around it. A written origin with a name (such as
 * {@code written("rule drivers/foo/**")}) is an explicit verdict, so it stops a vendored parent's origin
 * from reaching the code below it.
 *
 * @param kind    written, vendored or generated
 * @param name    the vendored project ("syn", "alloc", "ACPICA"), what generated the code, or who
 *                decided a written verdict; "" when unknown
 * @param version the vendored version when stated ("2.0.106"), else ""
 * @param source  where vendored code comes from when stated ("Rust standard library"), else ""
 */
public record Origin(Kind kind, String name, String version, String source) {

    /** Kinds of origin; the lower-case name is the word used on the command line and in CSV columns. */
    public enum Kind {
        WRITTEN, VENDORED, GENERATED;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** No origin of its own: the code takes its directory's origin (written for the project at the root). */
    public static final Origin INHERITED = new Origin(Kind.WRITTEN, "", "", "");

    /** The same as {@link #INHERITED}: code written for the project, as the root of a tree is. */
    public static final Origin WRITTEN = INHERITED;

    public Origin {
        Objects.requireNonNull(kind);
        name = name == null ? "" : name;
        version = version == null ? "" : version;
        source = source == null ? "" : source;
    }

    public Origin(Kind kind, String name, String version) {
        this(kind, name, version, "");
    }

    public static Origin vendored(String name, String version) {
        return new Origin(Kind.VENDORED, name, version, "");
    }

    public static Origin vendored(String name, String version, String source) {
        return new Origin(Kind.VENDORED, name, version, source);
    }

    public static Origin generated(String label) {
        return new Origin(Kind.GENERATED, label, "", "");
    }

    /** An explicit "written for the project" verdict, named after whoever gave it. */
    public static Origin written(String decidedBy) {
        return new Origin(Kind.WRITTEN, decidedBy.isEmpty() ? "written" : decidedBy, "", "");
    }

    /** Whether this origin says nothing of its own, so that the enclosing directory's applies. */
    public boolean isInherited() {
        return equals(INHERITED);
    }

    /** This origin, or {@code outer} when this one is {@link #INHERITED}. */
    public Origin orElse(Origin outer) {
        return isInherited() ? outer : this;
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
