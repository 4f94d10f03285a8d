package org.oxidation.testing;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Bounded waiting for a condition that has no notification (a worker's cancel flag): it sleeps between
 * checks instead of spinning a core, and gives up after a bound so that no test can hang on it. The
 * bound is a guard, never a measurement. Stateless and thread-safe.
 */
public final class Waits {

    private static final long PAUSE_MILLIS = 5;

    private Waits() {
    }

    /** Whether {@code condition} became true within {@code seconds}; false when the bound ran out or on interrupt. */
    public static boolean until(BooleanSupplier condition, long seconds) {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() >= until) {
                return false;
            }
            try {
                Thread.sleep(PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
