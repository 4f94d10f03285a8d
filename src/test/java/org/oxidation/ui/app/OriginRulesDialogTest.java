package org.oxidation.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oxidation.testing.FxReads;
import org.oxidation.count.origin.OriginProfile;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Edit → Origin rules…: the profile's entries, its switches, and a malformed rule that loses nothing. */
class OriginRulesDialogTest extends FxRobot {

    private final CompletableFuture<Optional<OriginRulesDialog.Choice>> answer = new CompletableFuture<>();

    @BeforeEach
    void open() throws Exception {
        FxToolkit.registerPrimaryStage();
        Platform.runLater(() -> answer.complete(new OriginRulesDialog(null,
                new OriginRulesDialog.Choice("", true, true),
                text -> OriginRulesDialog.problemOf(text, t -> org.oxidation.count.origin.OriginRules.parse(
                        t.lines().filter(l -> !l.isBlank()).toList(), "origin rules"))).ask()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> FxReads.onFx(() -> lookup("#origin-rules-text").tryQuery().isPresent()));
    }

    @AfterEach
    void close() throws Exception {
        if (!answer.isDone()) {
            interact(() -> lookup(".dialog-pane").queryAs(DialogPane.class).getScene().getWindow().hide());
        }
    }

    @Test
    void listsEveryProfileEntryAndAMalformedRuleKeepsTheDialogOpenWithItsText() throws Exception {
        TableView<?> entries = lookup("#origin-profile-entries").queryAs(TableView.class);
        assertEquals(OriginProfile.builtIn("linux").orElseThrow().entries().size(), entries.getItems().size());
        interact(() -> lookup("#origin-rules-text").queryAs(TextArea.class).setText("drivers/x=handwritten"));
        Button ok = (Button) lookup(".dialog-pane").queryAs(DialogPane.class).lookupButton(ButtonType.OK);
        interact(ok::fire);
        assertFalse(answer.isDone(), "the dialog stays open");
        assertEquals("origin rules: label 'handwritten' must be vendored, generated or written",
                lookup("#origin-rules-error").queryAs(Label.class).getText());
        assertEquals("drivers/x=handwritten", lookup("#origin-rules-text").queryAs(TextArea.class).getText());

        interact(() -> {
            lookup("#origin-rules-text").queryAs(TextArea.class).setText("drivers/x/**=written");
            lookup("#origin-profile-on").queryAs(CheckBox.class).setSelected(false);
        });
        interact(ok::fire);
        OriginRulesDialog.Choice choice = answer.get(10, TimeUnit.SECONDS).orElseThrow();
        assertEquals(new OriginRulesDialog.Choice("drivers/x/**=written", false, true), choice);
        assertTrue(entries.isDisabled(), "the profile's entries are greyed out when it is off");
    }
}
