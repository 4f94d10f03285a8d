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
        return resolveTree(root, profileFor(root));
    }

    /**
     * The tree with its origins decided under {@code profile} (which {@link #profileFor} gave for the
     * whole tree): for a part of a tree, its directories kept with their own facts and only some of their
     * children, whose origins then come out as in the whole tree.
     */
    public DirStats resolve(DirStats root, OriginProfile profile) {
        return resolveTree(root, profile);
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

    /** A directory being resolved: what holds for it, and its resolved subdirectories so far. */
    private static final class Frame {
        final DirStats dir;
        final String path;
        final Scope scope;
        final Origin origin;
        final Origin own;
        final Frame parent;
        /** The profile's globs that may name something below this directory. */
        final OriginProfile.Reach reach;
        final List<DirStats> dirs = new ArrayList<>();
        int next;

        Frame(DirStats dir, String path, Scope scope, Origin origin, Origin own, Frame parent,
              OriginProfile.Reach reach) {
            this.dir = dir;
            this.path = path;
            this.scope = scope;
            this.origin = origin;
            this.own = own;
            this.parent = parent;
            this.reach = reach;
        }
    }

    /**
     * Resolves the tree depth first with an explicit stack (git allows trees thousands of directories
     * deep); a subtree nothing below can differ in is taken whole with its origin set.
     */
    private DirStats resolveTree(DirStats root, OriginProfile profile) {
        OriginProfile.Reach reach = profile == null ? OriginProfile.Reach.NONE : profile.reach();
        Frame top = enter(root, "", new Scope(null, null, null, List.of()), Origin.INHERITED, null, reach);
        if (nothingBelowCanDiffer(top)) {
            return root.withOrigin(top.own);
        }
        java.util.ArrayDeque<Frame> stack = new java.util.ArrayDeque<>();
        stack.push(top);
        DirStats resolved = null;
        while (!stack.isEmpty()) {
            Frame frame = stack.peek();
            if (frame.next < frame.dir.dirs().size()) {
                DirStats child = frame.dir.dirs().get(frame.next++);
                Frame below = enter(child, frame.path.isEmpty() ? child.name() : frame.path + "/" + child.name(),
                        frame.scope, frame.origin, frame, frame.reach);
                if (nothingBelowCanDiffer(below)) {
                    frame.dirs.add(child.withOrigin(below.own));
                } else {
                    stack.push(below);
                }
                continue;
            }
            stack.pop();
            DirStats built = withFiles(frame);
            if (frame.parent == null) {
                resolved = built;
            } else {
                frame.parent.dirs.add(built);
            }
        }
        return resolved;
    }

    /** @param reach the profile's globs that may name something below the parent directory (the root: all) */
    private Frame enter(DirStats dir, String path, Scope above, Origin outer, Frame parent, OriginProfile.Reach reach) {
        Scope scope = scopeOf(dir, path, above, reach);
        Origin origin = decide(scope.byRule(), null, null, scope.byProfile(), scope.byReadme(), null);
        return new Frame(dir, path, scope, origin, relativeTo(origin, outer), parent, reach.below(path));
    }

    /** The frame's directory with its resolved subdirectories and its files' origins decided. */
    private DirStats withFiles(Frame frame) {
        String prefix = frame.path.isEmpty() ? "" : frame.path + "/";
        List<FileStats> files = new ArrayList<>(frame.dir.files().size());
        for (FileStats file : frame.dir.files()) {
            files.add(file.withOrigin(relativeTo(fileOrigin(file, prefix + file.name(), frame.scope, frame.reach), frame.origin)));
        }
        return frame.dir.withOrigins(frame.own, frame.dirs, files);
    }

    private Scope scopeOf(DirStats dir, String path, Scope above, OriginProfile.Reach reach) {
        Origin byRule = path.isEmpty() ? null : settings.rules().originOf(path);
        Origin byProfile = path.isEmpty() ? null : reach.originOf(path);
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
    private boolean nothingBelowCanDiffer(Frame frame) {
        return frame.scope.attributes().isEmpty() && !frame.dir.hasAttributes() && !frame.dir.hasOriginsBelow()
                && !settings.rules().mayMatchBelow(frame.path) && frame.reach.isEmpty();
    }

    private Origin fileOrigin(FileStats file, String path, Scope scope, OriginProfile.Reach reach) {
        Origin byRule = settings.rules().originOf(path);
        Origin byProfile = reach.originOf(path);
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
