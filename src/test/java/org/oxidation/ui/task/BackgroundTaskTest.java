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
import org.oxidation.model.InputException;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class BackgroundTaskTest {

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void deliversEachPartialResultAndThenTheResultOnTheFxThread() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> BackgroundTask.<String, String>of((monitor, publish) -> {
            publish.accept("v1");
            publish.accept("v2");
            return "done";
        }).onPartial(partial -> seen.add(partial + (Platform.isFxApplicationThread() ? "@fx" : "@other")))
                .onSuccess(result -> seen.add(result + (Platform.isFxApplicationThread() ? "@fx" : "@other")))
                .start());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> seen.size() == 3);
        assertEquals(List.of("v1@fx", "v2@fx", "done@fx"), seen);
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
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!monitor.isCancelled() && System.nanoTime() < until) {
                Thread.onSpinWait();
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
