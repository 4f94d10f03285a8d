package org.oxidation.chart.treemap;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.oxidation.chart.Describe;
import org.oxidation.chart.Memo;
import org.oxidation.chart.Metric;
import org.oxidation.chart.ViewState;
import org.oxidation.count.Grouping;
import org.oxidation.layout.Units;
import org.oxidation.model.Origin;
import org.oxidation.model.Snapshot;

/**
 * What the treemap draws for a state: one tag's tree (subsystems, directories, files), the chain of
 * nodes drilled into along the state's path (cut where the tree ends, so a new tag or grouping keeps
 * the drill-down as far as it still exists), the title and the summary line. The view lays the current
 * node's children out at its size. Computed off the FX thread; the record is immutable, its nodes make
 * their children on first use (thread-safe).
 *
 * @param snapshot the tag drawn, or null when nothing is counted yet
 * @param chain    the root and every node drilled into, outermost first: the breadcrumbs (empty: no tag)
 * @param path     the keys drilled into that exist in this tree
 */
public record TreemapChart(String title, String summary, Snapshot snapshot, List<TreemapNode> chain,
                           List<String> path, Metric metric, String source) {

    /** Trees of the last few tags drawn: going back to a tag, or a redraw, does not walk it again. */
    private static final int CAPACITY = 4;

    /** What the map says while the tag's tree loads (the Timeline is drawn from cached rows meanwhile). */
    public static final String LOADING = "loading the trees from the count cache… (the Timeline and Rust share are "
            + "drawn from its cached rows meanwhile)";

    private record Key(Snapshot snapshot, String grouping, Set<Origin.Kind> excluded) {
    }

    private static final Memo<Key, TreemapNode> TREES = new Memo<>(CAPACITY);

    public TreemapChart {
        chain = List.copyOf(chain);
        path = List.copyOf(path);
    }

    /** The node whose children fill the map. */
    public TreemapNode current() {
        return chain.get(chain.size() - 1);
    }

    public static TreemapChart of(ViewState state) {
        String tag = state.singleTag();
        Snapshot snapshot = tag == null ? null : state.timeline().snapshot(tag).orElse(null);
        if (snapshot == null) {
            // A reopening before its cached rows arrive says what the other tabs say, not that nothing was counted.
            return new TreemapChart(state.source() + (state.treesLoading() ? " — loading…" : " — nothing counted yet"), "",
                    null, List.of(), List.of(), state.metric(), state.source());
        }
        if (state.waitsForTree(tag)) {
            return state.treesCancelled()
                    ? new TreemapChart(state.source() + " " + tag + " — tree not loaded", ViewState.TREES_CANCELLED, null,
                            List.of(), List.of(), state.metric(), state.source())
                    : new TreemapChart(state.source() + " " + tag + " — loading…", LOADING, null, List.of(), List.of(),
                            state.metric(), state.source());
        }
        TreemapNode root = tree(snapshot, state.grouping(), state.excluded());
        List<TreemapNode> chain = walk(root, state.choices().treemapPath());
        List<String> path = chain.stream().skip(1).map(TreemapNode::key).toList();
        TreemapNode current = chain.get(chain.size() - 1);
        Metric metric = state.metric();
        long rust = metric.of(current.totals().get("Rust"));
        long all = Describe.size(current.totals(), metric);
        String title = state.source() + " " + snapshot.tag() + " — " + metric + " by "
                + (state.groupNoun().equals("directory") ? "" : state.groupNoun() + " and ") + "directory, colour = Rust share"
                + state.leftOutNote();
        String summary = "Rust: " + Units.format(rust) + " of " + Units.format(all) + " " + metric
                + " (" + Units.percent(all == 0 ? 0 : (double) rust / all) + ")"
                + (snapshot.hasFiles() ? "" : "   ·   (CSV data: subsystems only)");
        return new TreemapChart(title, summary, snapshot, chain, path, metric, state.source());
    }

    /** The root and the nodes along {@code path} as far as the tree has them and they can be opened. */
    static List<TreemapNode> walk(TreemapNode root, List<String> path) {
        List<TreemapNode> chain = new ArrayList<>();
        chain.add(root);
        TreemapNode node = root;
        for (String key : path) {
            TreemapNode next = node.child(key);
            if (next == null || !next.canOpen()) {
                break;
            }
            chain.add(next);
            node = next;
        }
        return chain;
    }

    /**
     * The path after a click: the path shown, then the keys of a descendant of the current node,
     * outermost first, as far as they can be opened.
     */
    public List<String> opened(List<String> keysBelowCurrent) {
        List<String> next = new ArrayList<>(path);
        next.addAll(walk(current(), keysBelowCurrent).stream().skip(1).map(TreemapNode::key).toList());
        return next;
    }

    private static TreemapNode tree(Snapshot snapshot, Grouping grouping, Set<Origin.Kind> excluded) {
        return TREES.get(new Key(snapshot, grouping.id(), Set.copyOf(excluded)),
                () -> TreemapTree.of(snapshot, grouping, excluded));
    }
}
