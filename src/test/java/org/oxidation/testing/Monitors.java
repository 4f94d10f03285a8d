package org.oxidation.testing;

import java.util.function.ObjIntConsumer;
import java.util.function.UnaryOperator;
import org.oxidation.model.ProgressMonitor;

/** Progress monitors for tests that hold a count at a tag. Thread-safe as the hooks given are. */
public final class Monitors {

    private Monitors() {
    }

    /**
     * Wraps each count's monitor so that, after a tag's task begins (tag {@code index}, from 1), the hook
     * runs on the counting thread: a hook that waits holds the count there, before the tag is sampled.
     */
    public static UnaryOperator<ProgressMonitor> afterEachTaskBegins(ObjIntConsumer<ProgressMonitor> hook) {
        return monitor -> new ProgressMonitor() {
            @Override
            public void beginTask(String title, int index, int count) {
                monitor.beginTask(title, index, count);
                hook.accept(monitor, index);
            }

            @Override
            public void update(long filesDone, long filesTotal, long bytesDone) {
                monitor.update(filesDone, filesTotal, bytesDone);
            }

            @Override
            public boolean isCancelled() {
                return monitor.isCancelled();
            }

            @Override
            public void warn(String message) {
                monitor.warn(message);
            }
        };
    }
}
