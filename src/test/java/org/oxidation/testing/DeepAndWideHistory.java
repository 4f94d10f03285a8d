package org.oxidation.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.TreeFormatter;

/**
 * A one-tag history (v1.0) with trees git accepts and no real project has: 4096 directories deep (git's
 * own {@code core.maxTreeDepth}) and one directory of 200,000 files. Written with {@link TreeFormatter},
 * not thousands of commits. The expected numbers follow from how the trees are made (see the constants).
 */
public final class DeepAndWideHistory {

    /** Directories d/d/…/d below the root, nested this deep; each of them, and the root, holds f.c. */
    public static final int DEPTH = 4096;
    /** f.c: 2 lines, 1 code and 1 comment. */
    public static final String F_C = "int a;\n// b\n";
    /** The deepest directory also holds deep.rs: 1 line of Rust code. */
    public static final String DEEP_RS = "fn f() {}\n";
    /** wide/ holds this many files; file i has the content of blob i % DISTINCT. */
    public static final int WIDE = 200_000;
    public static final int DISTINCT = 1000;

    private DeepAndWideHistory() {
    }

    /** Writes the history into a new bare repository at {@code repo}. */
    public static void write(Path repo) throws IOException {
        try (TestHistory history = TestHistory.bare(repo);
             ObjectInserter inserter = history.repository().newObjectInserter()) {
            ObjectId fc = inserter.insert(Constants.OBJ_BLOB, F_C.getBytes(StandardCharsets.UTF_8));
            ObjectId rs = inserter.insert(Constants.OBJ_BLOB, DEEP_RS.getBytes(StandardCharsets.UTF_8));
            TreeFormatter deepest = new TreeFormatter();
            deepest.append("deep.rs", FileMode.REGULAR_FILE, rs);
            deepest.append("f.c", FileMode.REGULAR_FILE, fc);
            ObjectId tree = inserter.insert(deepest);
            for (int level = 1; level < DEPTH; level++) {
                TreeFormatter parent = new TreeFormatter();
                parent.append("d", FileMode.TREE, tree);
                parent.append("f.c", FileMode.REGULAR_FILE, fc);
                tree = inserter.insert(parent);
            }
            ObjectId deep = tree;
            ObjectId[] blobs = new ObjectId[DISTINCT];
            for (int k = 0; k < DISTINCT; k++) {
                blobs[k] = inserter.insert(Constants.OBJ_BLOB, wideContent(k).getBytes(StandardCharsets.UTF_8));
            }
            TreeFormatter wide = new TreeFormatter();
            for (int i = 0; i < WIDE; i++) {
                wide.append(String.format("f%06d.c", i), FileMode.REGULAR_FILE, blobs[i % DISTINCT]);
            }
            ObjectId wideTree = inserter.insert(wide);
            TreeFormatter root = new TreeFormatter();
            root.append("d", FileMode.TREE, deep);
            root.append("f.c", FileMode.REGULAR_FILE, fc);
            root.append("wide", FileMode.TREE, wideTree);
            ObjectId rootTree = inserter.insert(root);
            inserter.flush();
            history.commitTree("v1.0", rootTree);
        }
    }

    /** k % 3 + 1 code lines. */
    private static String wideContent(int k) {
        return ("int v" + k + ";\n").repeat(k % 3 + 1);
    }

    /** The lines (all code) of wide/'s files, summed file by file. */
    public static long wideLines() {
        long lines = 0;
        for (int i = 0; i < WIDE; i++) {
            lines += (i % DISTINCT) % 3 + 1;
        }
        return lines;
    }
}
