package org.oxidation.ui.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Platform;
import org.oxidation.chart.Breakdowns;
import org.oxidation.model.Breakdown;
import org.oxidation.export.CsvReader;
import org.oxidation.export.CsvWriter;
import org.oxidation.model.InputException;
import org.oxidation.model.Timeline;
import org.oxidation.ui.common.ChartView;
import org.oxidation.chart.compare.ComparisonSource;
import org.oxidation.chart.ViewState;
import org.oxidation.ui.export.ChartViews;
import org.oxidation.ui.export.PngExporter;

/**
 * File → Open data…, Export as PNG… and Export data as CSV…: files in and out of the window. Errors
 * become one sentence in a dialog. FX thread only.
 */
final class FileActions {

    private static final FileChooser.ExtensionFilter CSV = new FileChooser.ExtensionFilter("Counts CSV", "*.csv");
    private static final FileChooser.ExtensionFilter PNG = new FileChooser.ExtensionFilter("PNG image", "*.png");

    private final MainWindow window;
    private final ComparisonSource comparisons;
    private final Supplier<Window> owner;
    private final Consumer<String> error;

    FileActions(MainWindow window, ComparisonSource comparisons, Supplier<Window> owner, Consumer<String> error) {
        this.window = window;
        this.comparisons = comparisons;
        this.owner = owner;
        this.error = error;
    }

    MenuItem[] menuItems() {
        MenuItem openData = item("Open _data…", "menu-open-data", "Shortcut+Shift+O", this::openData);
        MenuItem exportPng = item("_Export as PNG…", "menu-export-png", "Shortcut+E", this::exportPng);
        MenuItem exportCsv = item("Export data as _CSV…", "menu-export-csv", null, this::exportCsv);
        exportPng.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> window.viewStateProperty().get().timeline().isEmpty(), window.viewStateProperty()));
        exportCsv.disableProperty().bind(exportPng.disableProperty());
        return new MenuItem[] {new SeparatorMenuItem(), openData, exportCsv, exportPng};
    }

    private static MenuItem item(String text, String id, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(event -> action.run());
        return item;
    }

    private void openData() {
        FileChooser chooser = chooser("Open counts CSV", CSV, null);
        File chosen = chooser.showOpenDialog(owner.get());
        if (chosen != null) {
            openData(chosen.toPath());
        }
    }

    /** Loads a counts CSV into the window; no repository is needed. */
    void openData(Path csv) {
        try {
            Timeline timeline = CsvReader.read(csv);
            if (timeline.isEmpty()) {
                throw new InputException(csv.getFileName() + " has no rows");
            }
            window.showTimeline(timeline, csv.getFileName().toString(),
                    List.of("--from-csv", csv.toAbsolutePath().toString()));
        } catch (InputException e) {
            error.accept(e.getMessage());
        }
    }

    private void exportCsv() {
        ViewState state = window.viewStateProperty().get();
        File chosen = chooser("Export data as CSV", CSV, ExportNames.csv(state)).showSaveDialog(owner.get());
        if (chosen != null) {
            exportCsv(state, chosen.toPath());
        }
    }

    /**
     * Writes the shown data in the format of the count command. The rows are worked out on the window's
     * chart thread (the breakdowns the views share, MAINTAINERS parsing included), never on the FX
     * thread; an error comes back as a dialog.
     *
     * @return completes when the file is written or the error reported
     */
    CompletableFuture<Void> exportCsv(ViewState state, Path out) {
        return CompletableFuture.runAsync(() -> {
            CsvWriter.checkWritable(out);
            List<CsvWriter.Entry> entries = new ArrayList<>();
            List<Breakdown> breakdowns = Breakdowns.of(state);
            for (int i = 0; i < breakdowns.size(); i++) {
                entries.add(new CsvWriter.Entry(state.timeline().snapshots().get(i), breakdowns.get(i)));
            }
            CsvWriter.write(out, entries);
        }, window.chartExecutor()).exceptionally(failure -> {
            Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
            String message = cause instanceof InputException ? cause.getMessage() : Sentences.unexpected(cause);
            Platform.runLater(() -> error.accept(message));
            return null;
        });
    }

    private void exportPng() {
        ChartView selected = window.selectedView();
        if (selected == null) {
            return;
        }
        ViewState state = window.viewStateProperty().get();
        Optional<ExportPngDialog.Settings> settings = new ExportPngDialog(owner.get()).ask();
        if (settings.isEmpty()) {
            return;
        }
        File chosen = chooser("Export " + selected.id() + " as PNG", PNG, ExportNames.png(state, selected.id()))
                .showSaveDialog(owner.get());
        if (chosen != null) {
            exportPng(selected.id(), state, chosen.toPath(), settings.get());
        }
    }

    /**
     * Draws a fresh copy of the view (the one on screen stays in its tab) from the window's state, so
     * with every choice made in the view, into a PNG that carries the command line drawing it again.
     */
    void exportPng(String viewId, ViewState state, Path out, ExportPngDialog.Settings settings) {
        try {
            CsvWriter.checkWritable(out);
            ChartView fresh = ChartViews.create(viewId, new ChartViews.Context(comparisons));
            String command = window.copyAsCommand().line(viewId, out.toString(), settings.width(), settings.height(),
                    settings.scale());
            PngExporter.export(fresh, state, window.copyAsCommand().provenance(), command, out, settings.width(), settings.height(),
                    settings.scale());
        } catch (InputException e) {
            error.accept(e.getMessage());
        } catch (IOException e) {
            error.accept("cannot write " + out + ": " + e.getMessage());
        }
    }

    private FileChooser chooser(String title, FileChooser.ExtensionFilter filter, String initialName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(filter);
        if (initialName != null) {
            chooser.setInitialFileName(initialName);
        }
        return chooser;
    }
}
