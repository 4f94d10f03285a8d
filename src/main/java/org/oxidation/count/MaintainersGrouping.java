package org.oxidation.count;

import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.oxidation.model.DirStats;
import org.oxidation.model.Snapshot;

/**
 * {@code --group maintainers}: files grouped by the MAINTAINERS section that owns them, read from each
 * snapshot's own MAINTAINERS file (it changes over time). A tag without one falls back to the kernel
 * grouping. Parsed files are cached by their text and by the tree's answers to the parser's questions:
 * whether a pattern such as {@code F: drivers/foo} names a directory depends on the tag's tree, as in
 * get_maintainer.pl, so tags sharing one MAINTAINERS text may still need two parses. Thread-safe.
 */
public final class MaintainersGrouping implements Grouping {

    public static final MaintainersGrouping INSTANCE = new MaintainersGrouping();

    /**
     * Softly held: a kernel MAINTAINERS parse takes ~4 MB, and a long history has a text per tag, while a
     * parse is asked for again only when breakdowns are computed anew (another grouping or exclusion).
     */
    private final Map<String, SoftReference<Parses>> parsed = new ConcurrentHashMap<>();

    /**
     * The parses of one text: the paths its parser asks about (always the same, in the same order, for
     * one text) and a parse per set of answers.
     */
    private record Parses(List<String> questions, Map<BitSet, Grouping> byAnswers) {
    }

    private MaintainersGrouping() {
    }

    @Override
    public String subsystemOf(String path) {
        throw new IllegalStateException("maintainers grouping needs a snapshot: use forSnapshot");
    }

    @Override
    public String id() {
        return "maintainers";
    }

    /** The grouping of one parse, the same object for every snapshot with the same text and answers. */
    private Grouping parse(String text, DirStats root) {
        Predicate<String> isDirectory = path -> root.find(path).isPresent();
        SoftReference<Parses> held = parsed.get(text);
        Parses known = held == null ? null : held.get();
        if (known == null) {
            List<String> questions = new ArrayList<>();
            BitSet answers = new BitSet();
            Grouping first = grouping(Maintainers.parse(text, path -> {
                boolean directory = isDirectory.test(path);
                answers.set(questions.size(), directory);
                questions.add(path);
                return directory;
            }));
            Parses parses = new Parses(List.copyOf(questions), new ConcurrentHashMap<>(Map.of(answers, first)));
            parsed.put(text, new SoftReference<>(parses)); // a parse made meanwhile by another thread is as good
            return first;
        }
        BitSet answers = new BitSet();
        for (int i = 0; i < known.questions().size(); i++) {
            answers.set(i, isDirectory.test(known.questions().get(i)));
        }
        return known.byAnswers().computeIfAbsent(answers, a -> grouping(Maintainers.parse(text, isDirectory)));
    }

    /**
     * The snapshot's sections; two snapshots with the same MAINTAINERS text whose trees answer the
     * parser's questions alike get the same object (while the parse is held), which groups every path of
     * both alike ({@link BreakdownDelta} relies on it).
     */
    @Override
    public Grouping forSnapshot(Snapshot snapshot) {
        String text = snapshot.maintainers();
        if (text == null || snapshot.root() == null) {
            return KERNEL;
        }
        return parse(text, snapshot.root());
    }

    private static Grouping grouping(Maintainers maintainers) {
        return new Grouping() {
            @Override
            public String subsystemOf(String path) {
                return maintainers.sectionOf(path);
            }

            @Override
            public String id() {
                return "maintainers";
            }

            @Override
            public List<String> warnings() {
                return maintainers.warnings();
            }
        };
    }
}
