package org.oxidation.ui.common;

import java.util.function.Supplier;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;

/**
 * Tooltips made and installed when the mouse first enters their node. A {@link Tooltip} is a popup
 * control with a scene of its own: a timeline of 100 tags and ten bands has a thousand data points, and
 * making a tooltip for each up front was half of the first drawing's time (JFR, {@code bench reopen
 * --first-window}), as it was a third of a treemap's. FX thread only.
 */
public final class LazyTooltips {

    private static final String TEXT = "oxidation.tooltip-text";
    private static final String SHOW_DELAY = "oxidation.tooltip-delay";
    private static final String SHOW_DURATION = "oxidation.tooltip-duration";

    private static final EventHandler<MouseEvent> INSTALL = event -> {
        Node node = (Node) event.getSource();
        node.removeEventHandler(MouseEvent.MOUSE_ENTERED, LazyTooltips.INSTALL);
        install(node);
    };

    private LazyTooltips() {
    }

    /**
     * Gives {@code node} a tooltip with {@code text}, made when the mouse first enters it.
     *
     * @param showDuration how long it stays, or null for JavaFX's default
     */
    public static void on(Node node, Supplier<String> text, Duration showDelay, Duration showDuration) {
        node.getProperties().put(TEXT, text);
        node.getProperties().put(SHOW_DELAY, showDelay);
        if (showDuration != null) {
            node.getProperties().put(SHOW_DURATION, showDuration);
        }
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, INSTALL);
    }

    /** The text of a node's tooltip, installed or still to be; null for a node without one. */
    public static String textOf(Node node) {
        Object installed = node.getProperties().get("javafx.scene.control.Tooltip");
        if (installed instanceof Tooltip tooltip) {
            return tooltip.getText();
        }
        Object text = node.getProperties().get(TEXT);
        return text instanceof Supplier<?> supplier ? String.valueOf(supplier.get()) : null;
    }

    private static void install(Node node) {
        Supplier<?> text = (Supplier<?>) node.getProperties().remove(TEXT);
        if (text == null) {
            return;
        }
        Tooltip tooltip = new Tooltip(String.valueOf(text.get()));
        tooltip.setShowDelay((Duration) node.getProperties().remove(SHOW_DELAY));
        Object duration = node.getProperties().remove(SHOW_DURATION);
        if (duration != null) {
            tooltip.setShowDuration((Duration) duration);
        }
        Tooltip.install(node, tooltip);
    }
}
