package org.oxidation.cli;

/**
 * Turns Ctrl-C (SIGINT) into a cancellation: the work stops at its next check, cleans up (no partial
 * output) and the process exits 130. Close it when the work is over.
 */
final class Interruption implements AutoCloseable {

    private static final long GRACE_MILLIS = 10_000;

    private final Thread hook;
    private final Object finished = new Object();
    private volatile boolean done;

    private Interruption(StderrProgress progress) {
        hook = new Thread(() -> {
            progress.cancel();
            System.err.println("oxidation: interrupted, stopping");
            synchronized (finished) {
                long until = System.currentTimeMillis() + GRACE_MILLIS;
                while (!done && System.currentTimeMillis() < until) {
                    try {
                        finished.wait(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }, "oxidation-sigint");
    }

    static Interruption onSigint(StderrProgress progress) {
        Interruption interruption = new Interruption(progress);
        Runtime.getRuntime().addShutdownHook(interruption.hook);
        return interruption;
    }

    @Override
    public void close() {
        synchronized (finished) {
            done = true;
            finished.notifyAll();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // Shutdown is under way: the hook is running and has just been released.
        }
    }
}
