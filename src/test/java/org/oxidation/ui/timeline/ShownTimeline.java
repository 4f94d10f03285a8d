package org.oxidation.ui.timeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import org.oxidation.chart.ViewState;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A Timeline view shown on the primary stage for a test, and the bands it draws. FX test helper. */
final class ShownTimeline {

    private ShownTimeline() {
    }

    /** A new view showing {@code state} in a 900 × 600 scene on the registered primary stage. */
    static TimelineView show(ViewState state) throws Exception {
        FxToolkit.registerPrimaryStage();
        AtomicReference<TimelineView> shown = new AtomicReference<>();
        FxToolkit.setupStage(stage -> {
            TimelineView view = new TimelineView();
            stage.setScene(new Scene(view.node(), 900, 600));
            view.show(state);
            stage.show();
            shown.set(view);
        });
        WaitForAsyncUtils.waitForFxEvents();
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
