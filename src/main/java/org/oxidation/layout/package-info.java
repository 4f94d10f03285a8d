/**
 * Pure geometry and number formatting for the charts: treemaps, stacked series, axis scales and labels.
 *
 * <p>This package uses {@code java.*} only (no JavaFX, no drawing): it computes rectangles and numbers
 * that the UI then draws, so the maths can be tested and benchmarked without a display.
 */
package org.oxidation.layout;
