package org.oxidation.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oxidation.model.InputException;
import org.oxidation.testing.TestHistory;

/**
 * Samples along a branch by date, on a history written here: a first-parent chain on main with commits
 * at chosen dates, a side branch whose own commits are newer than main's and merged into it, and a tag.
 */
class IntervalSelectorTest {

    @TempDir
    Path dir;

    private Repository repository;
    private ObjectId jan10;
    private ObjectId jan25;
    private ObjectId mar05;
    private ObjectId side;
    private ObjectId merge;
    private ObjectId may02;

    @BeforeEach
    void history() throws Exception {
        repository = TestHistory.bare(dir.resolve("repo.git")).repository();
        jan10 = commit("2024-01-10T08:00:00Z", "a.c", null);
        jan25 = commit("2024-01-25T08:00:00Z", "b.c", jan10);
        mar05 = commit("2024-03-05T08:00:00Z", "c.c", jan25);
        // The side branch starts from January and has a commit dated in February: it is not on main's
        // first-parent chain, so February's sample must not be it.
        side = commit("2024-02-10T08:00:00Z", "side.c", jan25);
        merge = commit("2024-04-03T08:00:00Z", "merged.c", mar05, side);
        may02 = commit("2024-05-02T23:59:59Z", "d.c", merge);
        setRef(Constants.R_HEADS + "main", may02);
        setRef(Constants.R_HEADS + "side", side);
        setRef(Constants.R_TAGS + "v1.0", mar05);
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        repository.close();
    }

    private List<String> samples(String every, String ref, String since, String until) {
        return IntervalSelector.select(repository, new IntervalSelector.Request(Interval.parse(every), ref,
                since == null ? null : LocalDate.parse(since), until == null ? null : LocalDate.parse(until)))
                .stream().map(s -> s.name() + " " + name(s.commit())).toList();
    }

    private String name(ObjectId id) {
        Map<ObjectId, String> names = Map.of(jan10, "jan10", jan25, "jan25", mar05, "mar05", side, "side",
                merge, "merge", may02, "may02");
        return names.get(id);
    }

    @Test
    void eachMonthTakesTheLastFirstParentCommitAtOrBeforeItsFirstDay() {
        assertEquals(List.of("2024-02-01 jan25", "2024-03-01 jan25", "2024-04-01 mar05", "2024-05-01 merge"),
                samples("1m", "main", null, null),
                "February's boundary sees January: the side branch's February commit is not main's");
    }

    @Test
    void emptyIntervalsRepeatTheCommitBeforeUnderTheirOwnLabel() {
        assertEquals(List.of("2024-02-12 jan25", "2024-02-19 jan25", "2024-02-26 jan25", "2024-03-04 jan25",
                "2024-03-11 mar05"), samples("1w", "main", "2024-02-10", "2024-03-11"));
    }

    @Test
    void sinceAndUntilBoundTheSamplesAndBoundariesBeforeTheFirstCommitAreLeftOut() {
        assertEquals(List.of("2024-04-01 mar05"), samples("1m", "main", "2024-03-15", "2024-04-30"));
        assertEquals(List.of("2024-01-15 jan10", "2024-01-22 jan10"), samples("1w", "main", "2024-01-01", "2024-01-22"),
                "2024-01-01 and 2024-01-08 come before the first commit");
        assertEquals(List.of("2025-01-01 may02"), samples("1y", "main", "2024-01-01", "2025-01-01"),
                "2024-01-01 comes before the first commit");
    }

    @Test
    void anyRefWorksABranchATagACommitIdAndAnAncestorExpression() {
        assertEquals(List.of("2024-02-11 side"), samples("1d", "side", "2024-02-11", "2024-02-11"));
        assertEquals(List.of("2024-04-01 mar05"), samples("1m", "v1.0", "2024-04-01", "2024-04-01"));
        assertEquals(List.of("2024-04-01 jan25"), samples("1m", jan25.name(), "2024-04-01", "2024-04-01"));
        assertEquals(List.of("2024-06-01 merge"), samples("1m", "main~1", "2024-06-01", "2024-06-01"));
    }

    @Test
    void badInputIsOneSentence() {
        assertEquals("no such ref or commit: 'nope'",
                assertThrows(InputException.class, () -> samples("1m", "nope", null, null)).getMessage());
        assertEquals("--every takes a number and d, w, m or y (7d, 2w, 1m, 1y), not '3q'",
                assertThrows(InputException.class, () -> Interval.parse("3q")).getMessage());
        assertEquals("no commit of main lies at or before a boundary of every 1m between 2023-01-01 and 2023-12-31",
                assertThrows(InputException.class, () -> samples("1m", "main", "2023-01-01", "2023-12-31")).getMessage());
    }

    private ObjectId commit(String when, String file, ObjectId... parents) throws IOException {
        try (ObjectInserter inserter = repository.newObjectInserter()) {
            org.eclipse.jgit.lib.TreeFormatter tree = new org.eclipse.jgit.lib.TreeFormatter();
            tree.append(file, org.eclipse.jgit.lib.FileMode.REGULAR_FILE,
                    inserter.insert(Constants.OBJ_BLOB, ("int " + file.charAt(0) + ";\n").getBytes()));
            CommitBuilder commit = new CommitBuilder();
            PersonIdent ident = new PersonIdent("t", "t@localhost", java.util.Date.from(Instant.parse(when)),
                    TimeZone.getTimeZone("UTC"));
            commit.setAuthor(ident);
            commit.setCommitter(ident);
            commit.setTreeId(inserter.insert(tree));
            commit.setParentIds(parents == null ? new ObjectId[0] : java.util.Arrays.stream(parents)
                    .filter(java.util.Objects::nonNull).toArray(ObjectId[]::new));
            commit.setMessage(file);
            ObjectId id = inserter.insert(commit);
            inserter.flush();
            return id;
        }
    }

    private void setRef(String name, ObjectId id) throws IOException {
        RefUpdate update = repository.updateRef(name);
        update.setNewObjectId(id);
        update.forceUpdate();
    }
}
