package org.oxidation.layout;

import java.util.ArrayList;
import java.util.List;

/** A minimal mutable tree for the nested-layout tests. */
final class TreeNode {
    final String name;
    final List<TreeNode> children = new ArrayList<>();
    double size;

    TreeNode(String name, double size) {
        this.name = name;
        this.size = size;
    }

    TreeNode add(TreeNode child) {
        children.add(child);
        return this;
    }

    @Override
    public String toString() {
        return name + "(" + size + ")";
    }
}
