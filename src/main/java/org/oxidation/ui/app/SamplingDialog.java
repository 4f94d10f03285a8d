package org.oxidation.ui.app;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.oxidation.chart.Sampling;

/**
 * Samples… (toolbar, File menu): sample the repository at its release tags (the Tags pattern), or every
 * month (2 weeks, year, …) along a branch from its first-parent history, between optional dates, with
 * the release tags of that history marked on the time axis. What cannot be read keeps the dialog open
 * with the reason under the fields. FX thread only.
 */
final class SamplingDialog {

    /** The intervals offered, by their {@code --every} word. */
    static final Map<String, String> INTERVALS = new LinkedHashMap<>();
    static {
        INTERVALS.put("1m", "month");
        INTERVALS.put("3m", "3 months");
        INTERVALS.put("1y", "year");
        INTERVALS.put("2w", "2 weeks");
        INTERVALS.put("1w", "week");
    }

    private final Dialog<ButtonType> dialog = new Dialog<>();

    /** {@code apply} takes a sampling and returns null, or the sentence saying why it cannot be used. */
    SamplingDialog(Window owner, Sampling current, Function<Sampling, String> apply) {
        ToggleGroup kind = new ToggleGroup();
        RadioButton tags = new RadioButton("Release tags (those the Tags pattern in the toolbar matches)");
        tags.setId("sampling-tags");
        RadioButton every = new RadioButton("Every");
        every.setId("sampling-every");
        tags.setToggleGroup(kind);
        every.setToggleGroup(kind);
        ChoiceBox<String> interval = new ChoiceBox<>();
        interval.setId("sampling-interval");
        interval.getItems().setAll(INTERVALS.keySet());
        interval.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null ? "" : INTERVALS.getOrDefault(id, id);
            }

            @Override
            public String fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        if (current.byInterval() && !INTERVALS.containsKey(current.every())) {
            interval.getItems().add(current.every()); // one given on the command line, e.g. 7d
        }
        interval.setValue(current.byInterval() ? current.every() : "1m");
        TextField ref = field("sampling-ref", current.byInterval() ? current.ref() : Sampling.DEFAULT_REF, "HEAD");
        TextField since = field("sampling-since", current.since(), "2018-01-01 (optional)");
        TextField until = field("sampling-until", current.until(), "(optional: the branch's last commit)");
        CheckBox markTags = new CheckBox("Mark the release tags of that history on the time axis");
        markTags.setId("sampling-mark-tags");
        markTags.setSelected(!current.byInterval() || current.markTags());
        (current.byInterval() ? every : tags).setSelected(true);

        GridPane branch = new GridPane();
        branch.setHgap(8);
        branch.setVgap(6);
        branch.setPadding(new Insets(0, 0, 0, 24));
        branch.addRow(0, new Label("on branch or ref"), ref);
        branch.addRow(1, new Label("since"), since);
        branch.addRow(2, new Label("until"), until);
        branch.add(markTags, 0, 3, 2, 1);
        branch.disableProperty().bind(every.selectedProperty().not());
        interval.disableProperty().bind(every.selectedProperty().not());
        Label help = new Label("Every interval takes the last commit on the branch's first-parent line at or before "
                + "each boundary (midnight UTC on the 1st of each month, Monday of each week, 1 January), as "
                + "git rev-list --first-parent --before does; the samples are named by that date.");
        help.setWrapText(true);
        help.setMaxWidth(520);
        Label error = new Label();
        error.setId("sampling-error");
        error.setStyle("-fx-text-fill: #b00020;");
        error.setWrapText(true);
        error.setMaxWidth(520);

        dialog.setTitle("Samples");
        dialog.setHeaderText("Which commits are counted?");
        dialog.getDialogPane().setContent(new VBox(8, tags, new javafx.scene.layout.HBox(8, every, interval), branch,
                help, error));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            Sampling chosen = tags.isSelected() ? Sampling.TAGS : Sampling.every(interval.getValue(), ref.getText(),
                    since.getText(), until.getText(), markTags.isSelected());
            String problem = apply.apply(chosen);
            error.setText(problem == null ? "" : problem);
            if (problem != null) {
                event.consume(); // stay open: what was typed is still there to fix
            }
        });
    }

    private static TextField field(String id, String text, String prompt) {
        TextField field = new TextField(text == null ? "" : text);
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(18);
        return field;
    }

    void show() {
        dialog.show();
    }
}
