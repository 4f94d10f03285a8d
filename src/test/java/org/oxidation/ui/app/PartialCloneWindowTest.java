package org.oxidation.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import org.junit.jupiter.api.Test;
import org.oxidation.chart.timeline.TimelineMode;
import org.oxidation.testing.PartialClones;
import org.testfx.util.WaitForAsyncUtils;

/** A blobless partial clone in the window, and File → Fetch missing blobs with git (issue 17). */
@org.junit.jupiter.api.Timeout(value = 120, unit = TimeUnit.SECONDS)
class PartialCloneWindowTest extends WindowTest {

    private static final long WAIT_SECONDS = 60;

    private CheckMenuItem fetchWithGit() {
        return lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream())
                .filter(item -> "menu-missing-blobs-via-git".equals(item.getId()))
                .map(CheckMenuItem.class::cast).findFirst().orElseThrow();
    }

    @Test
    void aPartialCloneSaysWhyItCannotBeCountedAndIsCountedOnceGitMayFetchItsBlobs() throws Exception {
        showWindow(UnaryOperator.identity());
        Path partial = PartialClones.ofTwoTags(dir);
        assertTrue(!fetchWithGit().isSelected(), "off until chosen: git may use the network");
        interact(() -> window.openRepository(partial));
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, this::errorDialogShown);
        DialogPane dialog = lookup("#error-dialog").queryAs(DialogPane.class);
        String sentence = dialog.getContentText();
        assertTrue(sentence.contains("is a partial clone (git clone --filter) and tags v1.0, v1.1 need blobs"), sentence);
        assertTrue(sentence.contains("or choose File → " + fetchWithGit().getText() + ", which has git fetch"), sentence);
        // The pane is found as soon as its window is listed; it is clicked once that window is on screen.
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> dialog.getScene() != null
                && dialog.getScene().getWindow() != null && dialog.getScene().getWindow().isShowing());
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(dialog.lookupButton(ButtonType.OK));

        // Looked up once: a lookup walks the scene graph, which the FX thread changes while the count runs.
        Label status = lookup("#status-text").queryAs(Label.class);
        interact(() -> fetchWithGit().setSelected(true));
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> "partial: 2 tags counted.".equals(status.getText()));
        interact(() -> lookup("#timeline-mode").queryAs(ChoiceBox.class).setValue(TimelineMode.C_VS_RUST));
        // a.c: 3 lines at both tags; rust/lib.rs, 2 lines, from v1.1 on.
        assertEquals(Map.of("C", List.of(3L, 3L), "Rust", List.of(0L, 2L)), timelineValues());
        assertEquals("true", remembered.get(RememberedChoices.MISSING_BLOBS_VIA_GIT), "kept for the next start");
    }
}
