package org.oxidation.ui.timeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.chart.XYChart;
import org.oxidation.chart.ViewState;
import org.oxidation.testing.FxStages;

/** A Timeline view shown on the primary stage for a test ({@link FxStages}), and the bands it draws. */
final class ShownTimeline {

    private ShownTimeline() {
    }

    /** A new view showing {@code state} in a 900 × 600 scene on the primary stage. */
    static TimelineView show(ViewState state) throws Exception {
        AtomicReference<TimelineView> shown = new AtomicReference<>();
        FxStages.show(900, 600, () -> {
            TimelineView view = new TimelineView();
            view.show(state);
            shown.set(view);
            return view.node();
        });
        return shown.get();
    }

    /** The bands drawn, by name, bottom first. */
    @SuppressWarnings("unchecked")
    static Map<String, XYChart.Series<Number, Number>> series(TimelineView view) {
        Map<String, XYChart.Series<Number, Number>> byName = new LinkedHashMap<>();
        ((XYChart<Number, Number>) view.node().lookup("#timeline-chart")).getData()
                .forEach(s -> byName.put(s.getName(), s));
        return byName;
    }
}
