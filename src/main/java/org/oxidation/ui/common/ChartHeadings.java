package org.oxidation.ui.common;

import javafx.scene.control.Label;

/** How a view's heading behaves beside its controls in a narrow window. FX thread only. */
public final class ChartHeadings {

    /**
     * Narrowest a heading gets beside a view's controls: enough for its longest words, so that it wraps at
     * words onto a second line rather than letter by letter, or is cut with "…".
     */
    static final double MIN_WIDTH = 260;

    private ChartHeadings() {
    }

    /** Lets {@code heading} give way to the controls beside it by wrapping at its words. */
    public static void wrapAtWords(Label heading) {
        heading.setWrapText(true);
        heading.setMinWidth(MIN_WIDTH);
    }
}
