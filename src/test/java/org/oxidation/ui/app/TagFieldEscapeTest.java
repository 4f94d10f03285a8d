package org.oxidation.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.oxidation.git.TagSelector;

/** Escape in the Tags field after a pattern that is not a regular expression (issue 21). */
@org.junit.jupiter.api.Timeout(value = 60, unit = TimeUnit.SECONDS)
class TagFieldEscapeTest extends WindowTest {

    @Test
    void escapePutsBackThePatternInUseAndTheStatusFromBeforeTheBadOne() throws Exception {
        showWindow(UnaryOperator.identity());
        interact(() -> SampleData.load().ifPresent(sample -> window.showTimeline(sample, SampleData.SOURCE,
                List.of("--sample"))));
        Label status = lookup("#status-text").queryAs(Label.class);
        assertEquals("linux (sample): 8 tags.", status.getText());
        TextField field = lookup("#tag-pattern").queryAs(TextField.class);
        clickOn(field);
        interact(() -> field.setText("v(6"));
        type(KeyCode.ENTER);
        assertTrue(status.getText().startsWith("Tag pattern not changed: invalid tag pattern 'v(6'"), status.getText());
        interact(() -> field.setText("v(6|"));
        type(KeyCode.ENTER); // a second bad one must not make the first one's message the status to go back to
        assertTrue(field.getStyleClass().contains(ChoicesBar.INVALID));

        type(KeyCode.ESCAPE);
        assertEquals(TagSelector.DEFAULT_PATTERN, field.getText());
        assertFalse(field.getStyleClass().contains(ChoicesBar.INVALID), "no longer marked");
        assertEquals("linux (sample): 8 tags.", status.getText());
    }
}
