package org.oxidation.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Reads the scene graph on the FX thread, for conditions a test polls while the window is still changing
 * it (a count's progress, a dialog coming up): a TestFX lookup from the test's own thread can meet a
 * parent's children mid-change (an IndexOutOfBoundsException inside {@code lookupAll}, seen in CI).
 * Stateless and thread-safe.
 */
public final class FxReads {

    private static final long BOUND_SECONDS = 60;

    private FxReads() {
    }

    /** What {@code read} returns, run on the FX thread; a failure there fails the caller. */
    public static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(BOUND_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the window could not be read on the FX thread", e);
        }
    }
}
