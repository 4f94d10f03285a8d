package org.oxidation.ui.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oxidation.chart.ViewState;
import org.oxidation.ui.app.SampleData;
import org.oxidation.ui.common.ChartView;

/**
 * An exported picture shows the chart, its title and legends, and none of the controls that are there to
 * work in the window: "Show ▾", the Tag chooser, the subsystem check list, the pickers and colouring of
 * Compare, hints such as "hover for its files".
 */
class ExportWithoutControlsTest {

    /** The controls and hints of each view, by id or by text. */
    private static final Map<String, List<String>> CONTROLS = Map.of(
            "timeline", List.of("#timeline-mode", "#rust-start-hint", "Show"),
            "share", List.of("#share-log-scale", "#share-subsystems", "Subsystems with Rust"),
            "treemap", List.of("#treemap-tag", "Tag"),
            "compare", List.of("#compare-tag-a", "#compare-tag-b", "#compare-colour-rust", "#compare-colour-c"));

    @TempDir
    static Path dir;

    @BeforeAll
    static void startToolkit() {
        HeadlessFx.start();
    }

    @ParameterizedTest
    @ValueSource(strings = {"timeline", "share", "treemap", "compare"})
    void anExportedViewDrawsNoneOfItsControls(String viewId) throws IOException {
        ViewState state = ViewState.of(SampleData.load().orElseThrow());
        ChartView view = HeadlessFx.onFxThread(() -> ChartViews.create(viewId, ChartViews.Context.withoutRepository()));
        PngExporter.export(view, state, dir.resolve(viewId + ".png"), 800, 500, 1);
        HeadlessFx.onFxThread(() -> {
            for (String control : CONTROLS.get(viewId)) {
                Node node = find(view, control);
                assertNotNull(node, control + " is in the view");
                assertFalse(drawn(node), control + " is not in the exported picture");
            }
            Node title = viewId.equals("treemap") ? view.node().lookup(".chart-title") : view.node().lookup("#" + viewId + "-title");
            assertTrue(drawn(title), "the title is drawn");
            return null;
        });
    }

    private static Node find(ChartView view, String control) {
        if (control.startsWith("#")) {
            return view.node().lookup(control);
        }
        return view.node().lookupAll(".label").stream()
                .filter(node -> node instanceof Label label && label.getText().equals(control)).findFirst().orElse(null);
    }

    /** Drawn: it and every parent up to the view are visible and take their room in the layout. */
    private static boolean drawn(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible() || !at.isManaged()) {
                return false;
            }
        }
        return true;
    }
}
