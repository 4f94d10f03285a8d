package org.oxidation.count.origin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.oxidation.model.DirStats;
import org.oxidation.model.FileStats;
import org.oxidation.model.InputException;
import org.oxidation.model.Origin;
import org.oxidation.model.Snapshot;

/**
 * Decides the origin of every directory and file of a counted tree, from four sources in this order of
 * precedence:
 * <ol>
 *   <li>the user's rules ({@link OriginRules});</li>
 *   <li>{@code .gitattributes} files of the tag ({@code linguist-vendored}, {@code linguist-generated});</li>
 *   <li>the origin profile ({@link OriginProfile}: the one the tree is recognised by, a chosen one, or none);</li>
 *   <li>the README convention for vendored Rust ({@link OriginDetector}) and generated-file markers
 *       ({@link GeneratedMarkers}), the facts the sampler recorded in the tree.</li>
 * </ol>
 * The first source that says a file is vendored or generated decides, unless a higher one already said it
 * is not (an unset {@code -linguist-vendored}, a {@code written} rule); a file no source marks is written
 * for the project. Within the last source a README's vendored directory comes before a marker.
 *
 * <p>The answer is a tree of the same shape whose directories and files carry their decided origin where
 * it differs from the directory around them ({@link Origin#INHERITED} elsewhere), so that everything
 * downstream reads one origin per file. Subtrees that no rule, profile entry, attribute line or fact can
 * reach are shared with the input. Counted trees hold only facts and stay cacheable; this runs on each
 * snapshot shown or written. Thread-safe.
 */
public final class OriginResolver {

    private static final Origin BY_ATTRIBUTES_VENDORED = Origin.vendored("", "", GitAttributes.FILE_NAME);
    private static final Origin BY_ATTRIBUTES_GENERATED = Origin.generated(GitAttributes.FILE_NAME);
    private static final Origin BY_DEFAULT = Origin.written("written");

    private final OriginSettings settings;
    private final OriginProfile chosenProfile;
    private final Map<String, GitAttributes> parsedAttributes = new ConcurrentHashMap<>();

    public OriginResolver(OriginSettings settings) {
        this.settings = settings;
        this.chosenProfile = switch (settings.profile()) {
            case OriginSettings.DETECT, OriginSettings.NONE -> null;
            default -> OriginProfile.builtIn(settings.profile()).orElseThrow(() -> new InputException(
                    "unknown origin profile '" + settings.profile() + "': use linux or none"));
        };
    }

    public OriginSettings settings() {
        return settings;
    }

    /** The snapshot with its tree's origins decided; a snapshot read from CSV is returned as it is. */
    public Snapshot resolve(Snapshot snapshot) {
        return snapshot.hasFiles() ? snapshot.withRoot(resolve(snapshot.root())) : snapshot;
    }

    /** The tree with every directory's and file's origin decided. */
    public DirStats resolve(DirStats root) {
        OriginProfile profile = profileFor(root);
        Scope top = new Scope(null, null, null, List.of());
        return resolveDir(root, "", top, Origin.INHERITED, profile);
    }

    /** The profile that applies to a tree under these settings, or null. */
    public OriginProfile profileFor(DirStats root) {
        return switch (settings.profile()) {
            case OriginSettings.NONE -> null;
            case OriginSettings.DETECT -> OriginProfile.detect(root).orElse(null);
            default -> chosenProfile;
        };
    }

    /** A .gitattributes file in force, with the directory it lies in ("" or "dir/sub/"). */
    private record Attributes(String base, GitAttributes lines) {
    }

    /** What the directories above say: the nearest verdict of each directory-wide source. */
    private record Scope(Origin byRule, Origin byProfile, Origin byReadme, List<Attributes> attributes) {
    }

    private DirStats resolveDir(DirStats dir, String path, Scope above, Origin outer, OriginProfile profile) {
        Scope scope = scopeOf(dir, path, above, profile);
        Origin origin = decide(scope.byRule(), null, null, scope.byProfile(), scope.byReadme(), null);
        Origin own = relativeTo(origin, outer);
        if (nothingBelowCanDiffer(dir, path, scope, profile)) {
            return dir.withOrigin(own);
        }
        String prefix = path.isEmpty() ? "" : path + "/";
        List<DirStats> dirs = new ArrayList<>(dir.dirs().size());
        for (DirStats child : dir.dirs()) {
            dirs.add(resolveDir(child, prefix + child.name(), scope, origin, profile));
        }
        List<FileStats> files = new ArrayList<>(dir.files().size());
        for (FileStats file : dir.files()) {
            files.add(file.withOrigin(relativeTo(fileOrigin(file, prefix + file.name(), scope, profile), origin)));
        }
        return dir.withOrigins(own, dirs, files);
    }

    private Scope scopeOf(DirStats dir, String path, Scope above, OriginProfile profile) {
        Origin byRule = path.isEmpty() ? null : settings.rules().originOf(path);
        Origin byProfile = profile == null || path.isEmpty() ? null : profile.originOf(path);
        List<Attributes> attributes = above.attributes();
        if (!dir.attributes().isEmpty()) {
            attributes = new ArrayList<>(attributes);
            attributes.add(new Attributes(path.isEmpty() ? "" : path + "/",
                    parsedAttributes.computeIfAbsent(dir.attributes(), GitAttributes::parse)));
        }
        return new Scope(byRule != null ? byRule : above.byRule(),
                byProfile != null ? byProfile : above.byProfile(),
                dir.origin().isInherited() ? above.byReadme() : dir.origin(), attributes);
    }

    /**
     * Whether every file below takes the directory's origin: no attributes in force or below, no fact of
     * a README or marker below, and no rule or profile entry that reaches further down.
     */
    private boolean nothingBelowCanDiffer(DirStats dir, String path, Scope scope, OriginProfile profile) {
        return scope.attributes().isEmpty() && !dir.hasAttributes() && !dir.hasOriginsBelow()
                && !settings.rules().mayMatchBelow(path) && (profile == null || !profile.mayMatchBelow(path));
    }

    private Origin fileOrigin(FileStats file, String path, Scope scope, OriginProfile profile) {
        Origin byRule = settings.rules().originOf(path);
        Origin byProfile = profile == null ? null : profile.originOf(path);
        GitAttributes.State[] attributes = attributesOf(path, scope.attributes());
        Origin marker = settings.markers() && file.origin().kind() == Origin.Kind.GENERATED ? file.origin() : null;
        return decide(byRule != null ? byRule : scope.byRule(), attributes[0], attributes[1],
                byProfile != null ? byProfile : scope.byProfile(), scope.byReadme(), marker);
    }

    /** The last state each origin attribute is given for {@code path}, deeper files after upper ones. */
    private static GitAttributes.State[] attributesOf(String path, List<Attributes> inForce) {
        GitAttributes.State vendored = null;
        GitAttributes.State generated = null;
        for (Attributes file : inForce) {
            String relative = path.substring(file.base().length());
            for (GitAttributes.Line line : file.lines().lines()) {
                if (GitAttributes.matches(line, relative)) {
                    vendored = line.vendored() != null ? line.vendored() : vendored;
                    generated = line.generated() != null ? line.generated() : generated;
                }
            }
        }
        return new GitAttributes.State[] {vendored, generated};
    }

    /**
     * The origin from the sources in precedence order: a source marks code vendored or generated unless
     * a higher one said it is not; rules and profile entries say both at once.
     */
    private static Origin decide(Origin byRule, GitAttributes.State vendoredAttribute,
                                 GitAttributes.State generatedAttribute, Origin byProfile, Origin byReadme,
                                 Origin byMarker) {
        if (byRule != null) {
            return byRule;
        }
        Boolean vendored = verdict(vendoredAttribute);
        Boolean generated = verdict(generatedAttribute);
        if (Boolean.TRUE.equals(vendored)) {
            return BY_ATTRIBUTES_VENDORED;
        }
        if (Boolean.TRUE.equals(generated)) {
            return BY_ATTRIBUTES_GENERATED;
        }
        if (byProfile != null) {
            Origin.Kind kind = byProfile.kind();
            if (kind == Origin.Kind.VENDORED ? vendored == null : generated == null) {
                return byProfile;
            }
            return Origin.written(GitAttributes.FILE_NAME);
        }
        if (byReadme != null && vendored == null) {
            return byReadme;
        }
        if (byMarker != null && generated == null) {
            return byMarker;
        }
        return vendored != null || generated != null ? Origin.written(GitAttributes.FILE_NAME) : BY_DEFAULT;
    }

    private static Boolean verdict(GitAttributes.State state) {
        return state == null || state == GitAttributes.State.UNSPECIFIED ? null : state == GitAttributes.State.SET;
    }

    /** What a node stores: nothing when it has the origin around it, else its own (written made explicit). */
    private static Origin relativeTo(Origin origin, Origin outer) {
        return origin.equals(outer.isInherited() ? BY_DEFAULT : outer) ? Origin.INHERITED : origin;
    }
}
