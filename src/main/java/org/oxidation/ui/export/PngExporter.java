package org.oxidation.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.chart.Chart;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import org.oxidation.count.LanguageRules;
import org.oxidation.model.Snapshot;
import org.oxidation.ui.common.ChartView;
import org.oxidation.ui.common.LiveControls;
import org.oxidation.chart.ViewState;

/**
 * Renders a chart into a PNG file: the view's node drawing the state, without its live controls, with a
 * provenance footer, in an offscreen scene of the requested size times a scale factor, animations off,
 * with tEXt metadata (Title, Software, Source, Tags, Commits, Counting rules version, View, and Command:
 * the export line that draws it again). The same code serves File → Export as PNG… and the headless
 * {@code export} command.
 *
 * <p>The view's node is moved into the offscreen scene: pass a view that is not on screen (make one with
 * {@link ChartViews#create}). Callable from any thread: rendering runs on the FX thread, the file is
 * written on the caller's.
 */
public final class PngExporter {

    public static final int DEFAULT_WIDTH = 1600;
    public static final int DEFAULT_HEIGHT = 1000;

    /** Layout passes before the snapshot: views add tiles when they learn their size, and those need CSS. */
    private static final int SETTLING_PASSES = 3;

    private PngExporter() {
    }

    /** Exports with the state's source name as the provenance. */
    public static void export(ChartView view, ViewState state, Path out, int width, int height, double scale)
            throws IOException {
        export(view, state, state.source(), out, width, height, scale);
    }

    /**
     * @param source where the data came from, for the footer and the Source key (e.g. the repository path)
     * @param width  the picture's width in layout pixels; the file is {@code width * scale} pixels wide
     */
    public static void export(ChartView view, ViewState state, String source, Path out, int width, int height,
                              double scale) throws IOException {
        export(view, state, source, null, out, width, height, scale);
    }

    /**
     * @param command the {@code oxidation export ...} line that draws this picture, kept in the Command
     *                key so that anyone can draw a published chart again; null for none
     */
    public static void export(ChartView view, ViewState state, String source, String command, Path out, int width,
                              int height, double scale) throws IOException {
        if (width <= 0 || height <= 0 || !(scale > 0)) {
            throw new IllegalArgumentException("size " + width + " x " + height + " at scale " + scale);
        }
        Rendered rendered = HeadlessFx.onFxThread(() -> render(view, state, source, width, height, scale));
        Map<String, String> metadata = new LinkedHashMap<>(rendered.metadata());
        if (command != null) {
            metadata.put("Command", command);
        }
        PngFile.write(PngFile.toBufferedImage(rendered.image()), metadata, out);
    }

    private record Rendered(WritableImage image, Map<String, String> metadata) {
    }

    private static Rendered render(ChartView view, ViewState shown, String source, int width, int height,
                                   double scale) {
        // A picture of the tags counted, as its metadata says, not of the axis a running count spans.
        ViewState state = shown.withTagsToCome(java.util.List.of());
        view.show(state);
        Map<String, String> metadata = metadata(view, state, source);
        ExportFrame frame = new ExportFrame(view.node(), footer(metadata));
        LiveControls.hideAll(frame); // a picture shows the chart, its title and legends, not the controls
        Scene scene = new Scene(frame, width, height, Color.WHITE);
        turnAnimationsOff(frame);
        for (int pass = 0; pass < SETTLING_PASSES; pass++) {
            frame.applyCss();
            frame.layout();
        }
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        parameters.setTransform(Transform.scale(scale, scale));
        WritableImage image = new WritableImage((int) Math.round(width * scale), (int) Math.round(height * scale));
        frame.snapshot(parameters, image);
        frame.setCenter(null); // gives the view's node back, e.g. to be exported again
        scene.setRoot(new javafx.scene.Group());
        return new Rendered(image, metadata);
    }

    /** The PNG's text keys: the common ones, then the view's own (which may refine Title, Tags, Commits, View). */
    static Map<String, String> metadata(ChartView view, ViewState state, String source) {
        Map<String, String> keys = new LinkedHashMap<>();
        List<Snapshot> snapshots = state.timeline().snapshots();
        keys.put("Title", state.source() + " - " + view.id());
        keys.put("Software", "Oxidation " + version());
        keys.put("Source", source);
        keys.put("Tags", String.join(" ", state.timeline().tags()));
        if (state.sampling().byInterval()) {
            keys.put("Sampling", state.sampling().describe());
        }
        keys.put("Commits", String.join(" ", snapshots.stream().map(Snapshot::commitId).toList()));
        keys.put("Counting rules version", Integer.toString(LanguageRules.standard().version()));
        keys.put("View", view.id());
        keys.putAll(view.metadata());
        return keys;
    }

    /** Tags the footer lists one by one; more are summed up as "first … last (N samples)". */
    static final int FOOTER_TAGS = 12;

    /** "Source: linux · v6.1.170 → v7.3.4 (1a2b3c4d, 5e6f7a8b) · Oxidation 0.1.0, counting rules v1". */
    static String footer(Map<String, String> metadata) {
        String[] names = metadata.get("Tags").split(" ");
        // Monthly samples are many: the first and last, and how many, say what a list of them would.
        String tags = names.length > FOOTER_TAGS ? names[0] + " … " + names[names.length - 1] + " (" + names.length
                + " samples" + (metadata.containsKey("Sampling") ? ", " + metadata.get("Sampling") : "") + ")"
                : String.join(" → ", names);
        List<String> commits = new ArrayList<>();
        for (String commit : metadata.get("Commits").split(" ")) {
            if (!commit.isEmpty()) {
                commits.add(commit.substring(0, Math.min(10, commit.length())));
            }
        }
        boolean fewCommits = commits.size() <= 2;
        return "Source: " + metadata.get("Source") + "  ·  " + tags
                + (fewCommits && !commits.isEmpty() ? " (" + String.join(", ", commits) + ")" : "")
                + "  ·  " + metadata.get("Software") + ", counting rules v" + metadata.get("Counting rules version");
    }

    private static String version() {
        String version = PngExporter.class.getPackage().getImplementationVersion();
        return version == null ? "(development)" : version;
    }

    /** Charts animate their data changes; a snapshot must see the final picture. */
    private static void turnAnimationsOff(Node node) {
        if (node instanceof Chart chart) {
            chart.setAnimated(false);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                turnAnimationsOff(child);
            }
        }
    }
}
