package org.oxidation.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.oxidation.model.DirStats;
import org.oxidation.model.FileStats;
import org.oxidation.model.LineCounts;
import org.oxidation.model.Origin;
import org.oxidation.model.Snapshot;
import org.oxidation.model.Timeline;
import org.oxidation.chart.compare.ComparisonSource;
import org.oxidation.chart.ViewState;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class CompareViewTest extends FxRobot {

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** drivers/net: 3 lines of Rust at v1.0, 8 at v1.1. */
    private static Snapshot snapshot(String tag, long rustLines) {
        DirStats net = new DirStats("net", Origin.WRITTEN, List.of(),
                List.of(new FileStats("phy.rs", "Rust", LineCounts.ofFile(rustLines, 0, 0, 0))));
        DirStats root = new DirStats("", Origin.WRITTEN,
                List.of(new DirStats("drivers", Origin.WRITTEN, List.of(net), List.of())), List.of());
        return Snapshot.counted(tag, "0".repeat(40), OffsetDateTime.parse("2024-01-01T00:00:00Z"), root);
    }

    @Test
    @Timeout(30)
    void whileComparingTheTablesSayWhatIsComparedInsteadOfShowingNothingOrOldRows() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ComparisonSource slow = (state, a, b) -> {
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return org.oxidation.ui.export.ComparisonSources.snapshotsOnly().compare(state, a, b);
        };
        ViewState state = ViewState.of(new Timeline("demo", List.of(snapshot("v1.0", 3), snapshot("v1.1", 8))));
        CompareView view = WaitForAsyncUtils.asyncFx(() -> {
            CompareView shown = new CompareView(slow, java.util.concurrent.Executors.newSingleThreadExecutor());
            shown.show(state);
            return shown;
        }).get();

        TableView<?> subsystems = WaitForAsyncUtils.asyncFx(() -> (TableView<?>) view.node().lookup(".subsystem-table")).get();
        TableView<?> files = WaitForAsyncUtils.asyncFx(() -> (TableView<?>) view.node().lookup(".rust-file-table")).get();
        assertTrue(subsystems.getItems().isEmpty());
        assertEquals("comparing v1.0 with v1.1…", ((Label) subsystems.getPlaceholder()).getText());
        assertEquals("comparing v1.0 with v1.1…", ((Label) files.getPlaceholder()).getText());
        assertFalse(view.node().lookup(".compare-maps").isVisible(), "no maps of other tags under this title");

        release.countDown();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !subsystems.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("drivers/net", ((org.oxidation.model.TagComparison.SubsystemRow) subsystems.getItems().get(0)).subsystem());
        assertEquals(5, view.comparison().total().rustChange(LineCounts::lines));
        assertTrue(view.node().lookup(".compare-maps").isVisible());
    }

    @Test
    @Timeout(30)
    void inAWindowOf1000PixelsTheFileListKeepsAReadableWidth() throws Exception {
        ViewState state = ViewState.of(new Timeline("demo", List.of(snapshot("v1.0", 3), snapshot("v1.1", 8))));
        CompareView[] view = new CompareView[1];
        org.oxidation.testing.FxStages.show(1000, 700, () -> {
            view[0] = new CompareView(org.oxidation.ui.export.ComparisonSources.snapshotsOnly(),
                    org.oxidation.ui.common.ChartWork.ON_CALLER);
            view[0].show(state);
            return view[0].node();
        });
        TableView<?> files = (TableView<?>) view[0].node().lookup(".rust-file-table");
        assertTrue(files.getWidth() >= CompareView.FILE_LIST_MIN_WIDTH, "file list " + files.getWidth() + " px wide");
        org.oxidation.testing.FxStages.hide();
    }

    /** Seven vendored libraries with long names, all arrived at v1.1 under rust/. */
    private static Snapshot withCrates(String tag, boolean vendored) {
        List<DirStats> crates = new java.util.ArrayList<>();
        if (vendored) {
            for (String name : List.of("NVIDIA RM headers (nouveau)", "proc-macro2", "quote", "syn", "zerocopy",
                    "zerocopy-derive", "pin-init-internal")) {
                crates.add(new DirStats(name.replaceAll("[^a-z0-9-]", ""), Origin.vendored(name, "1.0.101"), List.of(),
                        List.of(new FileStats("lib.rs", "Rust", LineCounts.ofFile(40, 0, 0, 0)))));
            }
        }
        DirStats rust = new DirStats("rust", Origin.WRITTEN, crates,
                List.of(new FileStats("lib.rs", "Rust", LineCounts.ofFile(10, 0, 0, 0))));
        DirStats root = new DirStats("", Origin.WRITTEN, List.of(rust), List.of());
        return Snapshot.counted(tag, "0".repeat(40), OffsetDateTime.parse("2024-01-01T00:00:00Z"), root);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} x {1}")
    @org.junit.jupiter.params.provider.CsvSource({"1280, 700", "960, 540"})
    @Timeout(30)
    void theVendoredCodeThatChangedIsReadableInFull(double width, double height) throws Exception {
        ViewState state = ViewState.of(new Timeline("demo", List.of(withCrates("v1.0", false), withCrates("v1.1", true))));
        CompareView[] view = {shownAt(width, height, state)};
        Label crates = (Label) view[0].node().lookup("#compare-crates");
        assertEquals("Vendored code: + NVIDIA RM headers (nouveau) 1.0.101, + pin-init-internal 1.0.101, "
                + "+ proc-macro2 1.0.101, + quote 1.0.101, + syn 1.0.101, + zerocopy 1.0.101, "
                + "+ zerocopy-derive 1.0.101", crates.getText());
        assertEquals(crates.getText(), ((javafx.scene.text.Text) crates.lookup(".text")).getText(), "not cut short");
        javafx.geometry.Bounds bounds = crates.localToScene(crates.getBoundsInLocal());
        assertTrue(bounds.getMaxY() <= height && bounds.getMaxX() <= width, "inside the view: " + bounds);
        org.oxidation.testing.FxStages.hide();
    }

    @Test
    @Timeout(30)
    void aReopeningBeforeItsRowsArriveSaysLoadingNotThatTwoTagsAreNeeded() throws Exception {
        ViewState opening = ViewState.of(new Timeline("kernel", List.of()));
        CompareView[] view = {shownAt(900, 600, opening.withTreesLoading(true))};
        assertEquals("kernel — loading…", ((Label) view[0].node().lookup("#compare-title")).getText());
        WaitForAsyncUtils.asyncFx(() -> view[0].show(opening)).get();
        assertEquals("kernel — comparing needs two counted tags", ((Label) view[0].node().lookup("#compare-title")).getText());
        org.oxidation.testing.FxStages.hide();
    }

    /** A kernel-sized subsystem: millions of lines of C beside its Rust. */
    private static Snapshot kernelSized(String tag, long cLines, long rustLines) {
        DirStats gpu = new DirStats("gpu", Origin.WRITTEN, List.of(), List.of(
                new FileStats("amdgpu.c", "C", LineCounts.ofFile(cLines, 0, 0, 0)),
                new FileStats("nova.rs", "Rust", LineCounts.ofFile(rustLines, 0, 0, 0))));
        DirStats root = new DirStats("", Origin.WRITTEN,
                List.of(new DirStats("drivers", Origin.WRITTEN, List.of(gpu), List.of())), List.of());
        return Snapshot.counted(tag, "0".repeat(40), OffsetDateTime.parse("2024-01-01T00:00:00Z"), root);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} x {1}")
    @org.junit.jupiter.params.provider.CsvSource({"960, 640", "1000, 700"})
    @Timeout(30)
    void inANarrowWindowTheSubsystemTableShowsEveryNumberWhole(double width, double height) throws Exception {
        ViewState state = ViewState.of(new Timeline("kernel",
                List.of(kernelSized("v6.12.117", 6_362_216, 0), kernelSized("v7.3.4", 8_453_759, 19_939))));
        CompareView[] view = {shownAt(width, height, state)};
        List<String> shown = new java.util.ArrayList<>();
        for (javafx.scene.Node node : view[0].node().lookup(".subsystem-table").lookupAll(".table-cell")) {
            javafx.scene.control.TableCell<?, ?> cell = (javafx.scene.control.TableCell<?, ?>) node;
            if (cell.getText() != null && !cell.getText().isEmpty()) {
                assertEquals(cell.getText(), ((javafx.scene.text.Text) cell.lookup(".text")).getText(), "not cut short");
                shown.add(cell.getText());
            }
        }
        assertTrue(shown.containsAll(List.of("6,362,216", "8,453,759", "+19,939")), "the kernel's numbers: " + shown);
        assertTrue(view[0].node().lookup(".subsystem-table").lookupAll(".table-cell").stream()
                .map(javafx.scene.control.TableCell.class::cast)
                .anyMatch(cell -> "drivers/gpu".equals(cell.getText()) && cell.getTooltip() != null
                        && "drivers/gpu".equals(cell.getTooltip().getText())), "a subsystem's whole name in its tooltip");
        boolean scrollsSideways = view[0].node().lookup(".subsystem-table").lookupAll(".scroll-bar").stream()
                .map(javafx.scene.control.ScrollBar.class::cast)
                .anyMatch(bar -> bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && bar.isVisible());
        assertTrue(scrollsSideways, "the columns beyond the table's width are in reach");
        org.oxidation.testing.FxStages.hide();
    }

    /** A Compare view of {@code state}, drawn at once, alone on the stage at this size. */
    private static CompareView shownAt(double width, double height, ViewState state) throws Exception {
        CompareView[] view = new CompareView[1];
        org.oxidation.testing.FxStages.show(width, height, () -> {
            view[0] = new CompareView(org.oxidation.ui.export.ComparisonSources.snapshotsOnly(),
                    org.oxidation.ui.common.ChartWork.ON_CALLER);
            view[0].show(state);
            return view[0].node();
        });
        return view[0];
    }
}
