package org.oxidation.ui.app;

import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCombination;
import org.oxidation.ui.common.ChartView;
import org.oxidation.ui.export.ExportCommandLine;
import org.oxidation.ui.export.PngExporter;

/**
 * View → Copy as command: the {@code oxidation export ...} line that draws the view on screen as the
 * window shows it, from where the data came from, the counting choices and the state; the same line
 * goes into every PNG the window exports. FX thread only.
 */
final class CopyAsCommand {

    private final MainWindowModel model;
    private final Supplier<ChartView> selectedView;

    CopyAsCommand(MainWindowModel model, Supplier<ChartView> selectedView) {
        this.model = model;
        this.selectedView = selectedView;
    }

    MenuItem menuItem() {
        MenuItem item = new MenuItem("Copy as _command");
        item.setId("menu-copy-command");
        item.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+C"));
        item.setOnAction(event -> copy());
        item.disableProperty().bind(model.hasData.not());
        return item;
    }

    /** The line that draws the view {@code viewId} as the window shows it, into {@code png} at that size. */
    String line(String viewId, String png, int width, int height, double scale) {
        boolean repository = model.inputOptions.get().contains("--repo");
        return new ExportCommandLine(model.inputOptions.get(), repository ? model.tagPattern.get() : null,
                model.originRuleLines(), model.originSwitches()).line(model.state.get(), viewId, png, width, height, scale);
    }

    /** Where the data shown came from, as an export's footer names it: a path, or the sample's name. */
    String provenance() {
        List<String> input = model.inputOptions.get();
        return input.size() >= 2 ? input.get(1) : model.state.get().source();
    }

    private void copy() {
        ChartView view = selectedView.get();
        if (view == null || model.state.get().timeline().isEmpty()) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(line(view.id(), ExportNames.png(model.state.get(), view.id()),
                PngExporter.DEFAULT_WIDTH, PngExporter.DEFAULT_HEIGHT, 1));
        Clipboard.getSystemClipboard().setContent(content);
        model.status.set("Copied the export command for the " + view.id() + " to the clipboard.");
    }
}
