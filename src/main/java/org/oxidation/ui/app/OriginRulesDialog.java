package org.oxidation.ui.app;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Edit → Origin rules…: one {@code GLOB=vendored|generated} rule a line. FX thread only. */
final class OriginRulesDialog {

    private final Dialog<String> dialog = new Dialog<>();

    OriginRulesDialog(Window owner, String savedText) {
        TextArea rules = new TextArea(savedText);
        rules.setId("origin-rules-text");
        rules.setPromptText("drivers/gpu/drm/amd/include/**=generated");
        rules.setPrefRowCount(8);
        rules.setPrefColumnCount(50);
        Label help = new Label("One rule a line: a directory glob, '=', and vendored or generated. ** is any number of "
                + "directories, * and ? stay within one. Lines starting with # are comments. Directories whose "
                + "README.md says their files come from a Rust crate are found without a rule.");
        help.setWrapText(true);
        help.setMaxWidth(520);
        dialog.setTitle("Origin rules");
        dialog.setHeaderText("Which directories are not written for the project?");
        dialog.getDialogPane().setContent(new VBox(8, help, rules));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setResultConverter(button -> button == ButtonType.OK ? rules.getText() : null);
    }

    Optional<String> ask() {
        return dialog.showAndWait();
    }
}
