package org.oxidation.ui.app;

import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.oxidation.count.origin.OriginProfile;
import org.oxidation.model.InputException;

/**
 * Edit → Origin rules…: the user's rules (one {@code GLOB=vendored|generated|written} a line), the
 * built-in kernel profile's entries with a switch to turn it off, and a switch for generated-file
 * markers. A malformed rule keeps the dialog open with the error under the rules, so nothing typed is
 * lost. FX thread only.
 */
final class OriginRulesDialog {

    /** What the user chose. */
    record Choice(String rulesText, boolean profile, boolean markers) {
    }

    private final Dialog<Choice> dialog = new Dialog<>();

    /** {@code check} returns the error of a rules text, or null when it parses. */
    OriginRulesDialog(Window owner, Choice saved, Function<String, String> check) {
        TextArea rules = new TextArea(saved.rulesText());
        rules.setId("origin-rules-text");
        rules.setPromptText("drivers/gpu/drm/amd/include/**=generated");
        rules.setPrefRowCount(5);
        rules.setPrefColumnCount(50);
        Label help = wrapped("Your rules come first: one a line, a path glob, '=', and vendored, generated or written "
                + "(written undoes what the sources below say). ** is any number of directories, * and ? stay within "
                + "one; # starts a comment. Then come the tag's .gitattributes (linguist-vendored, linguist-generated), "
                + "the profile below, and last README.md files of vendored Rust and generated-file markers.");
        Label error = new Label();
        error.setId("origin-rules-error");
        error.setStyle("-fx-text-fill: #b00020;");
        error.setWrapText(true);
        error.setMaxWidth(620);
        CheckBox profile = new CheckBox("Use the built-in Linux kernel profile on kernel trees");
        profile.setId("origin-profile-on");
        profile.setSelected(saved.profile());
        CheckBox markers = new CheckBox("Count files whose first lines say they are generated (\"@generated\", "
                + "\"DO NOT EDIT\", …) as generated");
        markers.setId("origin-markers-on");
        markers.setSelected(saved.markers());
        TableView<OriginProfile.Entry> entries = profileTable();
        entries.disableProperty().bind(profile.selectedProperty().not());
        dialog.setTitle("Origin rules");
        dialog.setHeaderText("Which code is not written for the project?");
        dialog.getDialogPane().setContent(new VBox(8, help, rules, error, profile, entries, markers));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResizable(true);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            String problem = check.apply(rules.getText());
            error.setText(problem == null ? "" : problem);
            if (problem != null) {
                event.consume(); // stay open: the text is still there to fix
            }
        });
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? new Choice(rules.getText(), profile.isSelected(), markers.isSelected()) : null);
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(620);
        return label;
    }

    private static TableView<OriginProfile.Entry> profileTable() {
        TableView<OriginProfile.Entry> table = new TableView<>();
        table.setId("origin-profile-entries");
        table.getColumns().add(column("Library or tree", 130, OriginProfile.Entry::name));
        table.getColumns().add(column("Kind", 75, entry -> entry.kind().word()));
        table.getColumns().add(column("Paths", 210, entry -> String.join(" ", entry.paths())));
        table.getColumns().add(column("Evidence", 330, OriginProfile.Entry::evidence));
        OriginProfile.builtIn("linux").ifPresent(linux -> table.getItems().setAll(linux.entries()));
        table.setPrefHeight(200);
        table.setPrefWidth(760);
        return table;
    }

    private static TableColumn<OriginProfile.Entry, String> column(String title, double width,
                                                                 Function<OriginProfile.Entry, String> text) {
        TableColumn<OriginProfile.Entry, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                // Paths and evidence are longer than a cell: the whole text on hover.
                setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(item));
            }
        });
        return column;
    }

    Optional<Choice> ask() {
        return dialog.showAndWait();
    }

    /** The error of a rules text as one sentence, or null when every line parses. */
    static String problemOf(String rulesText, Function<String, ?> parse) {
        try {
            parse.apply(rulesText);
            return null;
        } catch (InputException e) {
            return e.getMessage();
        }
    }
}
