package org.oxidation.layout;

/** The Rust share of a code base. Stateless, thread-safe. */
public final class Share {

    private Share() {
    }

    /** {@code rust / (c + rust)} as a fraction in [0, 1]; 0 when both are 0 (no code yet, no Rust). */
    public static double of(long rust, long c) {
        if (rust < 0 || c < 0) {
            throw new IllegalArgumentException("negative count: rust " + rust + ", c " + c);
        }
        if (rust == 0) {
            return 0;
        }
        // In double: the sum of two large longs may overflow, their ratio cannot.
        return rust / ((double) c + (double) rust);
    }
}
