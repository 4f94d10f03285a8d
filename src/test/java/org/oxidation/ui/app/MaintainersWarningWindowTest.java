package org.oxidation.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Hyperlink;

import org.junit.jupiter.api.Test;
import org.oxidation.testing.FxReads;
import org.oxidation.testing.BackReferenceMaintainers;
import org.testfx.util.WaitForAsyncUtils;

/** A MAINTAINERS pattern the linear matcher cannot take is said in the window, once, as count warns (issue 17). */
@org.junit.jupiter.api.Timeout(value = 120, unit = TimeUnit.SECONDS)
class MaintainersWarningWindowTest extends WindowTest {

    private static final String WARNING = "MAINTAINERS section 'ECHO DRIVER': pattern N: (ab)\\1 is left out (invalid "
            + "escape sequence: `\\1`; the matcher, which never backtracks, has no back-references or look-arounds)";

    @Test
    void underMaintainersGroupingAPatternLeftOutIsOneWarningInTheStatusBar() throws Exception {
        Path repo = BackReferenceMaintainers.write(dir.resolve("r.git"));
        showWindow(UnaryOperator.identity());
        interact(() -> window.openRepository(repo));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> "r: 2 tags counted.".equals(statusText()));
        assertEquals(false, lookup("#warnings-link").query().isVisible(), "kernel grouping uses no MAINTAINERS");

        interact(() -> lookup("#grouping").queryAs(ChoiceBox.class).setValue(ChoicesBar.GROUPINGS.get(4)));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> FxReads.onFx(() -> lookup("#warnings-link").queryAs(Hyperlink.class).isVisible()));
        MainWindowTest.settle(window);
        assertEquals("Warning: " + WARNING, statusText());
        assertEquals("1 warning…", lookup("#warnings-link").queryAs(Hyperlink.class).getText(),
                "both tags' MAINTAINERS, one warning");
    }
}
