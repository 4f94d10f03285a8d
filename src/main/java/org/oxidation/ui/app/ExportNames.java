package org.oxidation.ui.app;

import java.util.List;
import org.oxidation.chart.ViewState;

/** Default file names for exports: repository, view and tags, e.g. {@code linux-treemap-v7.3.4.png}. Stateless. */
final class ExportNames {

    private ExportNames() {
    }

    static String png(ViewState state, String viewId) {
        return safe(state.source()) + "-" + viewId + "-" + tags(state, viewId) + ".png";
    }

    static String csv(ViewState state) {
        return safe(state.source()) + "-counts.csv";
    }

    private static String tags(ViewState state, String viewId) {
        List<String> tags = state.timeline().tags();
        if (tags.isEmpty()) {
            return "empty";
        }
        return switch (viewId) {
            case "treemap" -> state.singleTag();
            case "compare" -> (state.tagA() != null ? state.tagA() : tags.get(0)) + "-"
                    + (state.tagB() != null ? state.tagB() : tags.get(tags.size() - 1));
            default -> tags.get(0) + "-" + tags.get(tags.size() - 1);
        };
    }

    private static String safe(String text) {
        String cleaned = text.replaceAll("\\.csv$", "").replaceAll("[^A-Za-z0-9._-]+", "_");
        return cleaned.isEmpty() ? "oxidation" : cleaned;
    }
}
