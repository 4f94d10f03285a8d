package org.oxidation.ui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oxidation.testing.Waits;
import org.oxidation.model.InputException;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class BackgroundTaskTest {

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void deliversPartialResultsAndThenTheResultOnTheFxThread() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> BackgroundTask.<String, String>of((monitor, publish) -> {
            publish.accept("v1");
            publish.accept("v2");
            return "done";
        }).onPartial(partial -> seen.add(partial + (Platform.isFxApplicationThread() ? "@fx" : "@other")))
                .onSuccess(result -> seen.add(result + (Platform.isFxApplicationThread() ? "@fx" : "@other")))
                .start());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> seen.contains("done@fx"));
        // v1 may be skipped if v2 came before the FX thread took it; v2, the newest, never is.
        assertTrue(List.of(List.of("v1@fx", "v2@fx", "done@fx"), List.of("v2@fx", "done@fx")).contains(seen), seen.toString());
    }

    @Test
    void aCountOfSamplesSaysSampleInItsProgress() throws Exception {
        java.util.concurrent.CountDownLatch begun = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        javafx.concurrent.Task<?> task = WaitForAsyncUtils.asyncFx(() -> BackgroundTask.<String, String>of((monitor, publish) -> {
            monitor.beginTask("2024-03-01", 2, 4);
            begun.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "done";
        }).unit("sample").start()).get();
        assertTrue(begun.await(10, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "sample 2/4 2024-03-01".equals(WaitForAsyncUtils.asyncFx(task::getMessage).get()));
        release.countDown();
    }

    @Test
    void partialsPublishedWhileTheFxThreadIsBusyArriveAsTheNewestOnly() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        java.util.concurrent.CountDownLatch published = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch fxBusy = new java.util.concurrent.CountDownLatch(1);
        WaitForAsyncUtils.asyncFx(() -> {
            BackgroundTask.<String, String>of((monitor, publish) -> {
                try {
                    fxBusy.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                for (int tag = 1; tag <= 100; tag++) {
                    publish.accept("tags 1-" + tag);
                }
                published.countDown();
                return "done";
            }).onPartial(seen::add).onSuccess(seen::add).start();
        });
        WaitForAsyncUtils.waitForFxEvents();
        // Keep the FX thread busy until all 100 partials are published, as a slow redraw would.
        Platform.runLater(() -> {
            fxBusy.countDown();
            try {
                published.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> seen.contains("done"));
        assertEquals("done", seen.get(seen.size() - 1));
        assertEquals("tags 1-100", seen.get(seen.size() - 2), "the last partial is never skipped");
        assertTrue(seen.size() < 10, "most of the 100 were skipped: " + seen);
        List<Integer> order = seen.subList(0, seen.size() - 1).stream()
                .map(partial -> Integer.parseInt(partial.substring("tags 1-".length()))).toList();
        assertEquals(order.stream().sorted().toList(), order, "in the order published");
    }

    @Test
    void turnsAnInputExceptionIntoItsOneSentence() throws Exception {
        AtomicReference<String> error = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> BackgroundTask.<String, String>of((monitor, publish) -> {
            throw new InputException("not a git repository: /tmp/x");
        }).onInputError(error::set).start());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> error.get() != null);
        assertEquals("not a git repository: /tmp/x", error.get());
    }

    @Test
    void cancellingStopsTheWorkAtItsNextCheckAndReportsCancelled() throws Exception {
        AtomicReference<Boolean> cancelled = new AtomicReference<>(false);
        AtomicReference<Boolean> started = new AtomicReference<>(false);
        BackgroundTask<String, String> task = BackgroundTask.<String, String>of((monitor, publish) -> {
            started.set(true);
            if (!Waits.until(monitor::isCancelled, 10)) {
                throw new IllegalStateException("never cancelled");
            }
            throw new CancellationException();
        }).onCancelled(() -> cancelled.set(true));
        WaitForAsyncUtils.asyncFx(() -> task.start());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, started::get);
        task.cancel();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, cancelled::get);
        assertTrue(task.isCancelRequested());
    }

    @Test
    void reportsAnUnexpectedExceptionAsAFailure() throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> BackgroundTask.<String, String>of((monitor, publish) -> {
            throw new IllegalStateException("boom");
        }).onFailure(failure::set).start());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> failure.get() != null);
        assertEquals("boom", failure.get().getMessage());
    }
}
