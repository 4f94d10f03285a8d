package org.oxidation.ui.treemap;

import java.util.ArrayList;
import java.util.List;

/**
 * The treemap's view state beyond {@link org.oxidation.ui.common.ViewState}: which node the user has
 * drilled into, as the chain of keys from the root. A new tree (the next tag counted, another grouping)
 * keeps the drill-down as far as its path still exists. Used on the FX thread.
 */
final class TreemapModel {

    private final List<String> path = new ArrayList<>();
    private TreemapNode root;

    /** Takes a new tree and walks the kept path down it, cutting the path where the tree ends. */
    void setRoot(TreemapNode newRoot) {
        root = newRoot;
        TreemapNode node = root;
        for (int i = 0; i < path.size(); i++) {
            TreemapNode next = node.child(path.get(i));
            if (next == null || !next.canOpen()) {
                path.subList(i, path.size()).clear();
                return;
            }
            node = next;
        }
    }

    /** The node whose children fill the map. */
    TreemapNode current() {
        return chain().get(chain().size() - 1);
    }

    /** The root and every node drilled into, outermost first: the breadcrumbs. */
    List<TreemapNode> chain() {
        List<TreemapNode> nodes = new ArrayList<>();
        TreemapNode node = root;
        nodes.add(node);
        for (String key : path) {
            node = node.child(key);
            nodes.add(node);
        }
        return nodes;
    }

    /** Drills into a descendant of the current node given by the keys below it. */
    void open(List<String> keysBelowCurrent) {
        TreemapNode node = current();
        List<String> opened = new ArrayList<>();
        for (String key : keysBelowCurrent) {
            TreemapNode next = node.child(key);
            if (next == null || !next.canOpen()) {
                break;
            }
            opened.add(key);
            node = next;
        }
        path.addAll(opened);
    }

    /** Goes back up to the breadcrumb at {@code depth} (0: the root). */
    void goUpTo(int depth) {
        if (depth < path.size()) {
            path.subList(depth, path.size()).clear();
        }
    }

    /** The keys drilled into, outermost first (empty at the root). */
    List<String> path() {
        return List.copyOf(path);
    }
}
