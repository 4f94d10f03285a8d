package org.oxidation.git;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;
import org.junit.jupiter.api.Test;
import org.oxidation.model.FileStats;
import org.oxidation.model.LineCounts;

class FileEditTest {

    private static final FileStats A = stats("a.c", 1);
    private static final FileStats B = stats("b.c", 2);
    private static final FileStats B2 = stats("b.c", 3); // b.c edited: same name, other counts
    private static final FileStats C = stats("c.c", 4);
    private static final FileStats D = stats("d.c", 5);

    /** The inserted files, by the index the edit gives them. */
    private final List<FileStats> inserted = new ArrayList<>();

    private int ref(FileStats file) {
        inserted.add(file);
        return inserted.size() - 1;
    }

    @Test
    void anEditedFileIsDroppedAndItsNewVersionInsertedInPlace() {
        int[] edit = FileEdit.between(List.of(A, B, C, D), List.of(A, B2, C, D), this::ref);
        // keep a.c, drop b.c, insert b.c (index 0); keep c.c and d.c
        assertArrayEquals(new int[] {1, 1, 1, 0, 2, 0, 0}, edit);
        assertEquals(List.of(A, B2, C, D), FileEdit.apply(List.of(A, B, C, D), edit, inserted::get));
    }

    @Test
    void additionsAndDeletionsAtBothEnds() {
        List<FileStats> after = List.of(stats("0.c", 9), B, C, stats("e.c", 8));
        int[] edit = FileEdit.between(List.of(A, B, C, D), after, this::ref);
        List<FileStats> applied = FileEdit.apply(List.of(A, B, C, D), edit, inserted::get);
        assertEquals(after, applied);
        assertSame(B, applied.get(1), "a kept file is the base's object");
    }

    @Test
    void aMostlyNewListIsLeftToBeWrittenPlainly() {
        assertNull(FileEdit.between(List.of(A, B, C), List.of(A, B2, stats("c.c", 7)), this::ref));
    }

    @Test
    void anEditThatDoesNotFitItsBaseIsRefused() {
        List<FileStats> base = List.of(A, B);
        assertThrows(CacheFile.Invalid.class, () -> FileEdit.apply(base, new int[] {3, 0, 0}, i -> C), "keeps too many");
        assertThrows(CacheFile.Invalid.class, () -> FileEdit.apply(base, new int[] {1, 0, 0}, i -> C), "leaves b.c uncovered");
        assertThrows(CacheFile.Invalid.class, () -> FileEdit.apply(base, new int[] {2, 0, 2, 0}, i -> C), "inserts past its end");
        assertThrows(CacheFile.Invalid.class, () -> FileEdit.apply(base, new int[] {2, 0}, i -> C), "a cut group");
        assertThrows(CacheFile.Invalid.class, () -> FileEdit.apply(base, new int[] {-1, 3, 0}, i -> C), "a negative run");
    }

    /**
     * Any two sorted lists drawn from the same names, with files either shared (the same object) or
     * edited: the edit rebuilds the second list exactly, or is declined when most files are new.
     */
    @Property(tries = 300)
    void applyingTheEditGivesTheSecondList(@ForAll @Size(max = 40) @UniqueElements List<@IntRange(max = 60) Integer> before,
                                           @ForAll @Size(max = 40) @UniqueElements List<@IntRange(max = 60) Integer> after,
                                           @ForAll @Size(max = 40) List<@IntRange(max = 60) Integer> edited) {
        List<FileStats> pool = new ArrayList<>();
        for (int n = 0; n <= 60; n++) {
            pool.add(stats(String.format("f%02d.c", n), n));
        }
        List<FileStats> first = sorted(before, pool::get);
        List<FileStats> second = sorted(after, n -> edited.contains(n) ? stats(pool.get(n).name(), 100 + n) : pool.get(n));
        inserted.clear();
        int[] edit = FileEdit.between(first, second, this::ref);
        if (edit != null) {
            assertEquals(second, FileEdit.apply(first, edit, inserted::get));
        } else {
            long shared = second.stream().filter(f -> first.stream().anyMatch(g -> g == f)).count();
            assertEquals(true, 2 * shared < second.size(), "declined although " + shared + " of " + second.size() + " are kept");
        }
    }

    private static List<FileStats> sorted(List<Integer> numbers, java.util.function.IntFunction<FileStats> file) {
        List<FileStats> files = new ArrayList<>();
        new TreeSet<>(numbers).forEach(n -> files.add(file.apply(n)));
        files.sort(Comparator.comparing(FileStats::name));
        return files;
    }

    private static FileStats stats(String name, long lines) {
        return new FileStats(name, "C", new LineCounts(1, lines, lines, 0, 0, 0));
    }
}
