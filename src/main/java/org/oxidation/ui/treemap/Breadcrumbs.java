package org.oxidation.ui.treemap;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.oxidation.chart.treemap.TreemapNode;

/**
 * The treemap's breadcrumbs: the root, the levels drilled into, each a link back to it, and the level
 * shown in bold. A path deeper than {@value #SHOWN} levels (git lets a tree nest 4096 directories) keeps
 * its first and last crumbs around a "…" that says how many levels it stands for. FX thread only.
 */
final class Breadcrumbs {

    /** Crumbs shown at most, and of them the first ones (the root and the outermost level). */
    static final int SHOWN = 8;
    private static final int FIRST = 2;

    private final HBox root = new HBox(2);
    private final Consumer<List<String>> open;

    /** @param open opens the treemap at a path of keys, outermost first */
    Breadcrumbs(Consumer<List<String>> open) {
        this.open = open;
        root.getStyleClass().add("breadcrumbs");
        root.setAlignment(Pos.BASELINE_LEFT); // links have padding that plain labels lack
    }

    Node node() {
        return root;
    }

    void clear() {
        root.getChildren().clear();
    }

    /**
     * Shows the crumbs of {@code chain} (the root and each node drilled into, reached by {@code path}).
     *
     * @param source the root's name
     */
    void show(List<TreemapNode> chain, List<String> path, String source) {
        clear();
        int hiddenFrom = chain.size() > SHOWN ? FIRST : chain.size();
        int hiddenTo = chain.size() > SHOWN ? chain.size() - (SHOWN - FIRST) : chain.size();
        for (int depth = 0; depth < chain.size(); depth++) {
            if (depth == hiddenFrom) {
                Label elided = new Label("› … " + (hiddenTo - hiddenFrom) + " levels …");
                elided.setId("breadcrumbs-elided");
                elided.setTooltip(new Tooltip("Escape or Backspace go up one level; a crumb jumps to its level"));
                root.getChildren().add(elided);
                depth = hiddenTo - 1;
                continue;
            }
            if (depth > 0) {
                root.getChildren().add(new Label("›"));
            }
            root.getChildren().add(crumb(depth == 0 ? source : chain.get(depth).name(), depth == chain.size() - 1,
                    path.subList(0, depth)));
        }
    }

    /** The level shown, in bold; a level above it, a link that opens it. */
    private Node crumb(String text, boolean here, List<String> upTo) {
        if (here) {
            Label label = new Label(text);
            label.setStyle("-fx-font-weight: bold;");
            return label;
        }
        Hyperlink link = new Hyperlink(text);
        link.setUserData(upTo.size());
        link.setOnAction(e -> open.accept(List.copyOf(upTo)));
        return link;
    }
}
