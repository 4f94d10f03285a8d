package org.oxidation.ui.app;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.oxidation.count.Grouping;
import org.oxidation.git.TagOrder;
import org.oxidation.chart.Metric;

/**
 * The toolbar: the tag pattern (Enter counts the tags it matches) with the samples counted beside it (a
 * click chooses others: {@link SamplingDialog}), how files are grouped into subsystems, and what is
 * measured. Its three groups of controls flow onto a second row in a narrow window instead of hiding
 * behind an overflow button. FX thread only.
 */
final class ChoicesBar {

    /** The groupings offered; depth groupings are made once so the choice box can tell them apart. */
    static final List<Grouping> GROUPINGS = List.of(Grouping.KERNEL, Grouping.depth(1), Grouping.depth(2), Grouping.depth(3),
            Grouping.parse("maintainers"));

    /** The style class of a tag pattern that is not a regular expression. */
    static final String INVALID = "invalid";

    /** Between the groups of controls, in a row and between rows. */
    private static final double GROUP_GAP = 18;
    private static final double ROW_GAP = 4;

    private final FlowPane root = new FlowPane(GROUP_GAP, ROW_GAP);

    /** @param chooseSampling opens the Samples dialog */
    ChoicesBar(MainWindowModel model, Runnable chooseSampling) {
        TextField pattern = new TextField(model.tagPattern.get());
        pattern.setId("tag-pattern");
        pattern.setPrefColumnCount(13);
        pattern.setTooltip(new Tooltip("A regular expression over tag names; press Enter to count the tags it matches "
                + "(Alt+T to get here, Escape to put back the pattern in use)"));
        // Never handed the focus by the scene (at start, or when a focused breadcrumb or tile goes away):
        // it would select its text, and one keystroke would replace the pattern. A click or Alt+T reach it.
        pattern.setFocusTraversable(false);
        // A pattern that is not a regular expression is kept as typed, to be mended, and marked; the status
        // bar says why and that the charts still show the last good one.
        pattern.setOnAction(event -> markInvalid(pattern, !model.applyTagPattern(pattern.getText())));
        pattern.setOnKeyPressed(event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                pattern.setText(model.keepTagPattern());
                markInvalid(pattern, false);
            }
        });
        Label tagsLabel = new Label("_Tags");
        tagsLabel.setMnemonicParsing(true);
        tagsLabel.setLabelFor(pattern);

        Label matched = new Label();
        matched.setId("matched-tags");
        Tooltip allTags = new Tooltip();
        matched.setTooltip(allTags);
        // The samples counted, and the way to choose others (release tags, or every month on a branch),
        // without a control more in a full toolbar.
        matched.setOnMouseClicked(event -> chooseSampling.run());
        matched.setCursor(javafx.scene.Cursor.HAND);
        model.selectedTags.addListener((ListChangeListener<String>) change -> {
            String text = describe(model.selectedTags);
            boolean byInterval = model.sampling.get().byInterval();
            matched.setText(byInterval ? text.replace("tags:", "samples:").replace("tag:", "sample:") : text);
            allTags.setText("Counting " + model.sampling.get().describe() + " (click, or File → Samples…, to choose "
                    + "release tags or every month on a branch):\n" + String.join("\n", model.selectedTags));
        });

        ChoiceBox<Grouping> grouping = new ChoiceBox<>();
        grouping.setId("grouping");
        grouping.getItems().setAll(GROUPINGS);
        grouping.setConverter(new StringConverter<>() {
            @Override
            public String toString(Grouping value) {
                return value == null ? "" : nameOf(value);
            }

            @Override
            public Grouping fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        grouping.setValue(model.grouping.get());
        grouping.valueProperty().bindBidirectional(model.grouping); // the model restores a remembered one
        grouping.disableProperty().bind(model.filesKnown.not());
        Tooltip savedGrouping = new Tooltip("Data read from a CSV keeps the grouping it was saved with; "
                + "open a repository to group it another way.");
        // A disabled control shows no tooltip: the reason hangs on a holder around it, which stays enabled.
        javafx.scene.layout.StackPane groupingHolder = new javafx.scene.layout.StackPane(grouping);
        groupingHolder.setId("grouping-holder");
        Tooltip noData = new Tooltip("Open a repository to group its files.");
        Runnable explainGrouping = () -> {
            Tooltip.uninstall(groupingHolder, savedGrouping);
            Tooltip.uninstall(groupingHolder, noData);
            if (!model.filesKnown.get()) {
                Tooltip.install(groupingHolder, model.hasData.get() ? savedGrouping : noData);
            }
        };
        model.filesKnown.addListener((obs, before, known) -> explainGrouping.run());
        model.hasData.addListener((obs, before, has) -> explainGrouping.run());
        explainGrouping.run();

        ChoiceBox<Metric> metric = new ChoiceBox<>();
        metric.setId("metric");
        metric.getItems().setAll(Metric.values());
        metric.setValue(model.metric.get());
        metric.valueProperty().bindBidirectional(model.metric);

        CheckBox leaveOutVendored = new CheckBox("Leave out vendored and generated code");
        leaveOutVendored.setId("exclude-vendored");
        leaveOutVendored.setTooltip(new Tooltip("Count only code written for the project: directories whose README "
                + "says their files come from a third-party crate, and those your origin rules (Edit → Origin rules…) "
                + "mark as vendored or generated, are left out of every chart and total."));
        model.excludeVendored.bind(leaveOutVendored.selectedProperty());

        ChoiceBox<TagOrder> order = new ChoiceBox<>();
        order.setId("tag-order");
        order.getItems().setAll(TagOrder.values());
        order.setConverter(new StringConverter<>() {
            @Override
            public String toString(TagOrder value) {
                return value == null ? "" : value == TagOrder.VERSION ? "by version" : "by date";
            }

            @Override
            public TagOrder fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        order.setValue(model.tagOrder.get());
        model.tagOrder.bind(order.valueProperty());
        order.disableProperty().bind(model.repository.isNull());
        // On a holder, as the grouping's reason: greyed out for CSV data, the choice box itself would show none.
        javafx.scene.layout.StackPane orderHolder = new javafx.scene.layout.StackPane(order);
        orderHolder.setId("tag-order-holder");
        Tooltip.install(orderHolder, new Tooltip("The order of the tags along the timelines: by version number or by "
                + "commit date (data read from a CSV keeps its order)"));

        root.getStyleClass().add("tool-bar"); // the toolbar's look, without its overflow menu
        root.setId("choices-bar");
        root.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(group(tagsLabel, pattern, matched, orderHolder),
                group(new Label("Group by"), groupingHolder, new Label("Measure"), metric), leaveOutVendored);
    }

    /** Controls that stay together on one row. */
    private static HBox group(javafx.scene.Node... controls) {
        HBox group = new HBox(6, controls);
        group.setAlignment(Pos.CENTER_LEFT);
        return group;
    }

    private static void markInvalid(TextField pattern, boolean invalid) {
        pattern.getStyleClass().remove(INVALID);
        pattern.setStyle("");
        if (invalid) {
            pattern.getStyleClass().add(INVALID);
            pattern.setStyle("-fx-border-color: #c62828; -fx-border-width: 1.5; -fx-border-radius: 3;");
        }
    }

    FlowPane node() {
        return root;
    }

    /** The grouping menu's words: "kernel subsystems", "first directory", "first 2 directories". */
    static String nameOf(Grouping grouping) {
        String id = grouping.id();
        if (id.equals("kernel")) {
            return "kernel subsystems";
        }
        if (id.equals("maintainers")) {
            return "MAINTAINERS sections";
        }
        String depth = id.substring("depth:".length());
        return depth.equals("1") ? "first directory" : "first " + depth + " directories";
    }

    /** "8 tags: v6.1.170 … v7.3.4". */
    static String describe(List<String> tags) {
        return switch (tags.size()) {
            case 0 -> "";
            case 1 -> "1 tag: " + tags.get(0);
            case 2 -> "2 tags: " + tags.get(0) + ", " + tags.get(1);
            default -> tags.size() + " tags: " + tags.get(0) + " … " + tags.get(tags.size() - 1);
        };
    }
}
