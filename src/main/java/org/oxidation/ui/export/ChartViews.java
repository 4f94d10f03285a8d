package org.oxidation.ui.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.oxidation.model.InputException;
import org.oxidation.ui.common.ChartView;
import org.oxidation.chart.compare.ComparisonSource;
import org.oxidation.ui.compare.CompareView;
import org.oxidation.ui.share.ShareView;
import org.oxidation.ui.timeline.TimelineView;
import org.oxidation.ui.treemap.TreemapView;

/**
 * The charts by name, for the export command and the window's menus: each call makes a fresh view (a
 * node lives in one scene only, so the export never steals the window's). Thread-safe; the views it
 * makes are for the FX thread.
 */
public final class ChartViews {

    /** The chart names of the export command's contract, in menu order. */
    public static final List<String> CONTRACT = List.of("timeline", "share", "treemap", "compare");

    /** What a view may need from its surroundings. */
    public record Context(ComparisonSource comparisons) {

        /** No repository: comparisons from the snapshots alone. */
        public static Context withoutRepository() {
            return new Context(ComparisonSources.snapshotsOnly());
        }
    }

    private static final Map<String, Function<Context, ChartView>> FACTORIES = factories();

    private ChartViews() {
    }

    private static Map<String, Function<Context, ChartView>> factories() {
        Map<String, Function<Context, ChartView>> factories = new LinkedHashMap<>();
        factories.put("timeline", context -> new TimelineView());
        factories.put("share", context -> new ShareView());
        factories.put(TreemapView.ID, context -> new TreemapView());
        factories.put(CompareView.ID, context -> new CompareView(context.comparisons()));
        return java.util.Collections.unmodifiableMap(factories);
    }

    /** The names of the charts that can be made now. */
    public static Set<String> available() {
        return FACTORIES.keySet();
    }

    /** Rejects a chart name that is not in the contract or not built yet, in one sentence. */
    public static void check(String id) {
        if (!CONTRACT.contains(id)) {
            throw new InputException("unknown chart '" + id + "': use " + String.join(", ", CONTRACT));
        }
        if (!FACTORIES.containsKey(id)) {
            throw new InputException("the " + id + " chart is not available in this version");
        }
    }

    /** A new view of the named chart; see {@link #check}. */
    public static ChartView create(String id, Context context) {
        check(id);
        return FACTORIES.get(id).apply(context);
    }
}
