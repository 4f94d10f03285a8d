package org.oxidation.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.oxidation.count.Grouping;
import org.oxidation.count.Subsystems;
import org.oxidation.model.Breakdown;
import org.oxidation.model.Origin;
import org.oxidation.model.Snapshot;
import org.oxidation.testing.TwoTags;

/** A tag drawn from cached rows keeps their breakdown when it gains its tree (a reopening's last tag). */
class BreakdownsTest {

    @Test
    void aTagThatGainsItsTreeAfterItsRowsKeepsTheRowsBreakdownWithoutGroupingTheTreeAgain() {
        Snapshot counted = TwoTags.state().timeline().snapshots().get(1);
        Set<Origin.Kind> none = Set.of();
        Breakdown grouped = Subsystems.breakdown(counted, Grouping.KERNEL, none);
        Snapshot rows = Snapshot.fromBreakdown(counted.tag(), counted.commitId(), counted.date(), grouped);

        Breakdowns.sameAs(counted, rows, Grouping.KERNEL, none);

        assertSame(Breakdowns.of(rows, Grouping.KERNEL, none), Breakdowns.of(counted, Grouping.KERNEL, none),
                "the rows' breakdown, not the tree grouped again");
        assertEquals(grouped, Breakdowns.of(counted, Grouping.KERNEL, none), "what grouping the tree gives");
    }

    @Test
    void rowsOfAnotherTagAreRefused() {
        Snapshot first = TwoTags.state().timeline().snapshots().get(0);
        Snapshot second = TwoTags.state().timeline().snapshots().get(1);
        Snapshot rowsOfFirst = Snapshot.fromBreakdown(first.tag(), first.commitId(), first.date(),
                Subsystems.breakdown(first, Grouping.KERNEL, Set.of()));
        assertThrows(IllegalArgumentException.class,
                () -> Breakdowns.sameAs(second, rowsOfFirst, Grouping.KERNEL, Set.of()));
    }
}
