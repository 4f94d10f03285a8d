package org.oxidation.ui.app;

import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/**
 * The window's non-blocking dialogs: an error in one sentence, and the warnings of the last count. They
 * never nest an event loop (callers are callbacks). FX thread only.
 */
final class WindowDialogs {

    private final Supplier<Window> owner;

    WindowDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    void showError(String sentence) {
        Alert alert = new Alert(Alert.AlertType.ERROR, sentence);
        alert.setHeaderText(null);
        show(alert, "error-dialog");
    }

    /** All warnings of the last count, one per paragraph. */
    void showWarnings(List<String> warnings) {
        TextArea list = new TextArea(String.join("\n\n", warnings));
        list.setId("warnings-list");
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefSize(640, 260);
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.setHeaderText(warnings.size() == 1 ? "The last count gave one warning"
                : "The last count gave " + warnings.size() + " warnings");
        alert.getDialogPane().setContent(list);
        show(alert, "warnings-dialog");
    }

    private void show(Alert alert, String id) {
        alert.setTitle("Oxidation");
        alert.getDialogPane().setId(id);
        if (owner.get() != null) {
            alert.initOwner(owner.get());
        }
        alert.show(); // not showAndWait: the caller is a callback and must not nest an event loop
    }
}
