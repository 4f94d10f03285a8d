package org.oxidation.git;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;
import org.oxidation.model.FileStats;

/**
 * A directory's file list written as a change of its previous version's: runs of (kept, dropped,
 * inserted count, the inserted files' indices…). A tag changes a few files of a directory that lists
 * hundreds, so the tree cache stores and loads a few numbers per version instead of one per file.
 * Both lists are sorted by name, as {@link org.oxidation.model.DirStats} keeps them; a file is kept when
 * it is the same object. Stateless.
 */
final class FileEdit {

    private FileEdit() {
    }

    /**
     * The edit from {@code before} to {@code after}, with {@code ref} giving an inserted file's index;
     * null when fewer than half of {@code after}'s files are kept (the plain list is then shorter).
     */
    static int[] between(List<FileStats> before, List<FileStats> after, ToIntFunction<FileStats> ref) {
        int[] edit = new int[16];
        int length = 0;
        int kept = 0;
        int i = 0;
        int j = 0;
        while (i < before.size() || j < after.size()) {
            int keep = 0;
            while (i < before.size() && j < after.size() && before.get(i) == after.get(j)) {
                i++;
                j++;
                keep++;
            }
            int group = length;
            edit = room(edit, length + 3);
            length += 3;
            int drop = 0;
            int insert = 0;
            while ((i < before.size() || j < after.size())
                    && !(i < before.size() && j < after.size() && before.get(i) == after.get(j))) {
                if (j == after.size() || i < before.size() && before.get(i).name().compareTo(after.get(j).name()) <= 0) {
                    drop++; // gone, or replaced by a file of the same name that the next step inserts
                    i++;
                } else {
                    edit = room(edit, length + 1);
                    edit[length++] = ref.applyAsInt(after.get(j++));
                    insert++;
                }
            }
            edit[group] = keep;
            edit[group + 1] = drop;
            edit[group + 2] = insert;
            kept += keep;
        }
        return 2L * kept < after.size() ? null : Arrays.copyOf(edit, length);
    }

    /**
     * The list that {@code edit} makes of {@code base}, with {@code file} giving the file at an index.
     * Throws {@link CacheFile.Invalid} for an edit that does not fit the base.
     */
    static List<FileStats> apply(List<FileStats> base, int[] edit, IntFunction<FileStats> file) {
        List<FileStats> files = new ArrayList<>(base.size() + 4);
        int cursor = 0;
        int k = 0;
        while (k < edit.length) {
            if (edit.length - k < 3) {
                throw new CacheFile.Invalid("it has a cut file edit");
            }
            int keep = edit[k];
            int drop = edit[k + 1];
            int insert = edit[k + 2];
            k += 3;
            if (keep < 0 || drop < 0 || insert < 0 || (long) cursor + keep + drop > base.size() || insert > edit.length - k) {
                throw new CacheFile.Invalid("it has a file edit that does not fit its base");
            }
            files.addAll(base.subList(cursor, cursor + keep));
            cursor += keep + drop;
            for (int n = 0; n < insert; n++) {
                files.add(file.apply(edit[k++]));
            }
        }
        if (cursor != base.size()) {
            throw new CacheFile.Invalid("it has a file edit that does not cover its base");
        }
        return files;
    }

    private static int[] room(int[] edit, int size) {
        return size <= edit.length ? edit : Arrays.copyOf(edit, Math.max(size, edit.length * 2));
    }
}
