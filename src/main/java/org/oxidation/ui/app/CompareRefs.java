package org.oxidation.ui.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.oxidation.chart.ViewState;
import org.oxidation.model.Snapshot;

/**
 * Takes the states the views ask for. One whose Compare names a ref that is not among the samples (a
 * branch, a commit id, rev~N typed into Compare) is kept back while that ref is counted; then it is
 * shown with the ref's snapshot. A ref git cannot resolve leaves the previous comparison on screen and
 * the status bar says why in one line. FX thread only.
 */
final class CompareRefs {

    private final MainWindowModel model;
    /** Shows the current state again, so that a view's controls drop what was typed. */
    private final Runnable reshow;

    CompareRefs(MainWindowModel model, Runnable reshow) {
        this.model = model;
        this.reshow = reshow;
    }

    /** A state a view asks for. */
    void ask(ViewState asked) {
        ViewState current = model.state.get();
        // Only a ref just typed in is counted: one left from another repository's Compare is not.
        List<String> missing = Stream.of(asked.tagA(), asked.tagB())
                .filter(name -> name != null && !asked.canCompare(name)
                        && !name.equals(current.tagA()) && !name.equals(current.tagB()))
                .distinct().toList();
        if (missing.isEmpty()) {
            model.state.set(asked);
            return;
        }
        model.status.set("Counting " + String.join(" and ", missing) + " to compare…");
        model.countRefs(missing, counted -> {
            ViewState now = model.state.get();
            List<Snapshot> refs = new ArrayList<>(now.refSnapshots());
            refs.removeIf(known -> counted.stream().anyMatch(s -> s.tag().equals(known.tag())));
            refs.addAll(counted);
            model.status.set("Compare: " + String.join(" and ", missing) + " counted.");
            model.state.set(now.withRefSnapshots(refs).withTags(asked.tagA(), asked.tagB()));
        }, sentence -> {
            model.status.set("Compare: " + sentence.substring(0, 1).toLowerCase(Locale.ROOT) + sentence.substring(1)
                    + " Still comparing " + current.compareTagA() + " → " + current.compareTagB() + ".");
            reshow.run();
        });
    }
}
