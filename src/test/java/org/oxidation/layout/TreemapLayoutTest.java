package org.oxidation.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TreemapLayoutTest {

    private final TreeNode a1 = new TreeNode("a1", 40);
    private final TreeNode a2 = new TreeNode("a2", 20);
    private final TreeNode a = new TreeNode("a", 60).add(a1).add(a2);
    private final TreeNode b = new TreeNode("b", 40);
    private final TreeNode empty = new TreeNode("empty", 0);
    private final TreeNode root = new TreeNode("root", 100).add(b).add(a).add(empty);
    private final Rect bounds = new Rect(0, 0, 100, 100);

    private List<Tile<TreeNode>> layout(int maxDepth) {
        return TreemapLayout.layoutNested(root, n -> n.children, n -> n.size, bounds, maxDepth, 2, 10);
    }

    @Test
    void twoLevelMapListsParentsBeforeChildrenLargestFirst() {
        List<Tile<TreeNode>> tiles = layout(2);

        assertEquals(List.of(a, a1, a2, b), tiles.stream().map(Tile::node).toList());
        assertEquals(List.of(1, 2, 2, 1), tiles.stream().map(Tile::depth).toList());
    }

    @Test
    void parentBoxGetsHeaderAndChildrenFillItsContentProportionally() {
        List<Tile<TreeNode>> tiles = layout(2);
        Tile<TreeNode> boxA = tiles.get(0);
        Tile<TreeNode> tileA1 = tiles.get(1);
        Tile<TreeNode> tileA2 = tiles.get(2);

        // a is 60 of 100 in the 100 x 100 bounds.
        assertEquals(6000, boxA.rect().area(), 1e-9);
        assertTrue(boxA.showsChildren());
        assertTrue(boxA.hasHeader());
        assertEquals(new Rect(boxA.rect().x(), boxA.rect().y(), boxA.rect().width(), 10), boxA.header());

        // Content: 2 px padding on every side and the 10 px header on top.
        Rect content = new Rect(boxA.rect().x() + 2, boxA.rect().y() + 12, boxA.rect().width() - 4, boxA.rect().height() - 14);
        TileChecks.assertInside(content, List.of(tileA1.rect(), tileA2.rect()));
        TileChecks.assertNoOverlap(content, List.of(tileA1.rect(), tileA2.rect()));
        assertEquals(content.area() * 40 / 60, tileA1.rect().area(), 1e-9);
        assertEquals(content.area() * 20 / 60, tileA2.rect().area(), 1e-9);
        assertFalse(tileA1.hasHeader(), "leaves have no header");
    }

    @Test
    void leafAtTopLevelHasNoHeaderAndZeroSizedNodesGetNoTile() {
        List<Tile<TreeNode>> tiles = layout(2);
        Tile<TreeNode> boxB = tiles.get(3);
        assertEquals(4000, boxB.rect().area(), 1e-9);
        assertFalse(boxB.showsChildren());
        assertFalse(boxB.hasHeader());
        assertTrue(tiles.stream().noneMatch(t -> t.node() == empty));
    }

    @Test
    void maxDepthOneStopsAtTheTopLevelWithoutHeaders() {
        List<Tile<TreeNode>> tiles = layout(1);
        assertEquals(List.of(a, b), tiles.stream().map(Tile::node).toList());
        assertTrue(tiles.stream().noneMatch(Tile::showsChildren));
        assertTrue(tiles.stream().noneMatch(Tile::hasHeader));
        assertEquals(0, layout(0).size());
    }

    @Test
    void boxTooSmallForItsHeaderIsDrawnAsLeaf() {
        List<Tile<TreeNode>> tiles = TreemapLayout.layoutNested(root, n -> n.children, n -> n.size,
                new Rect(0, 0, 20, 20), 2, 2, 30);
        assertEquals(List.of(a, b), tiles.stream().map(Tile::node).toList());
        assertFalse(tiles.get(0).showsChildren());
        assertFalse(tiles.get(0).hasHeader());
    }

    @Test
    void zeroHeaderHeightStillShowsChildren() {
        List<Tile<TreeNode>> tiles = TreemapLayout.layoutNested(root, n -> n.children, n -> n.size, bounds, 2, 0, 0);
        assertEquals(List.of(a, a1, a2, b), tiles.stream().map(Tile::node).toList());
        assertTrue(tiles.get(0).showsChildren());
        assertFalse(tiles.get(0).hasHeader());
        // Without padding or header the children tile their parent's box exactly.
        assertEquals(tiles.get(0).rect().area(), tiles.get(1).rect().area() + tiles.get(2).rect().area(), 1e-9);
    }

    @Test
    void negativeParametersAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> TreemapLayout.layoutNested(root, n -> n.children, n -> n.size, bounds, 2, -1, 10));
    }
}
