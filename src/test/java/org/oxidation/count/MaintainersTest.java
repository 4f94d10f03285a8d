package org.oxidation.count;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class MaintainersTest {

    private static final String MAINTAINERS = """
            List of maintainers
            ===================

            \tM: *Mail* patches to: FullName <address@domain>
            \tF: *Files* and directories wildcard patterns.

            Maintainers List
            ----------------

            NETWORKING DRIVERS
            M:\tNet Person <net@example.org>
            S:\tMaintained
            F:\tdrivers/net/
            X:\tdrivers/net/wireless/

            ETHERNET PHY LIBRARY
            S:\tMaintained
            F:\tdrivers/net/phy/
            F:\tinclude/linux/phy.h

            ASIX PHY DRIVER [RUST]
            S:\tMaintained
            F:\tdrivers/net/phy/ax88796b*

            RUST
            M:\tRust Person <rust@example.org>
            S:\tSupported
            F:\trust/
            X:\trust/syn/

            TEGRA ARCHITECTURE SUPPORT
            S:\tSupported
            N:\t[^a-z]tegra

            GPU DRIVERS
            S:\tMaintained
            F:\tdrivers/gpu

            DUPLICATE OF GPU
            S:\tMaintained
            F:\tdrivers/gpu/
            """;

    private static final Set<String> DIRECTORIES = Set.of("drivers", "drivers/net", "drivers/net/phy",
            "drivers/gpu", "drivers/gpu/drm", "rust", "rust/kernel", "rust/syn", "drivers/net/wireless");

    private final Maintainers maintainers = Maintainers.parse(MAINTAINERS, DIRECTORIES::contains);

    @Test
    void skipsThePreambleAndReadsEverySection() {
        assertEquals(List.of("NETWORKING DRIVERS", "ETHERNET PHY LIBRARY", "ASIX PHY DRIVER [RUST]", "RUST",
                "TEGRA ARCHITECTURE SUPPORT", "GPU DRIVERS", "DUPLICATE OF GPU"), maintainers.sections());
    }

    @Test
    void directoryPatternOwnsEverythingBelowIt() {
        assertEquals("NETWORKING DRIVERS", maintainers.sectionOf("drivers/net/ethernet/intel/e1000/e1000_main.c"));
        assertEquals("RUST", maintainers.sectionOf("rust/kernel/lib.rs"));
    }

    @Test
    void mostSpecificPatternWins() {
        assertEquals("ETHERNET PHY LIBRARY", maintainers.sectionOf("drivers/net/phy/phy_device.c"));
        assertEquals("ASIX PHY DRIVER [RUST]", maintainers.sectionOf("drivers/net/phy/ax88796b_rust.rs"));
        assertEquals("ETHERNET PHY LIBRARY", maintainers.sectionOf("include/linux/phy.h"));
    }

    @Test
    void globWithoutSlashMatchesOnlyAtItsOwnDepth() {
        assertEquals("ETHERNET PHY LIBRARY", maintainers.sectionOf("drivers/net/phy/ax88796b/deeper.c"));
    }

    @Test
    void exclusionsRemoveFilesFromASection() {
        assertEquals(Maintainers.UNMATCHED, maintainers.sectionOf("drivers/net/wireless/ath/ath9k/main.c"));
        assertEquals(Maintainers.UNMATCHED, maintainers.sectionOf("rust/syn/lib.rs"));
    }

    @Test
    void nameRegexMatchesAnywhereButLosesToFilePatterns() {
        assertEquals("TEGRA ARCHITECTURE SUPPORT", maintainers.sectionOf("arch/arm/mach-tegra/board.c"));
        assertEquals("NETWORKING DRIVERS", maintainers.sectionOf("drivers/net/ethernet/nvidia/tegra.c"));
    }

    @Test
    void aDirectoryWithoutTrailingSlashIsTreatedAsADirectoryAndTiesGoToTheEarlierSection() {
        assertEquals("GPU DRIVERS", maintainers.sectionOf("drivers/gpu/drm/drm_drv.c"));
    }

    @Test
    void filesNoSectionMatchesGoToTheUnmatchedGroup() {
        assertEquals(Maintainers.UNMATCHED, maintainers.sectionOf("fs/ext4/inode.c"));
        assertEquals(Maintainers.UNMATCHED, maintainers.sectionOf("Makefile.c"));
    }

    @Test
    void wildcardsMatchLikeGetMaintainersRegexes() {
        assertEquals(true, Maintainers.wildcardMatch("drivers/net/phy/ax88796b*", "drivers/net/phy/ax88796b_rust.rs"));
        assertEquals(true, Maintainers.wildcardMatch("*/", "*/"));
        assertEquals(true, Maintainers.wildcardMatch("arch/*/boot/*", "arch/x86/boot/compressed/misc.c"));
        assertEquals(true, Maintainers.wildcardMatch("drivers/?pu/*", "drivers/gpu/drm/x.c"));
        assertEquals(false, Maintainers.wildcardMatch("drivers/?pu/*", "drivers/gpio/x.c"));
        assertEquals(false, Maintainers.wildcardMatch("include/linux/phy*.h", "include/linux/phy.c"));
        assertEquals(true, Maintainers.wildcardMatch("a*b*c", "aXbYbZc"));
    }

    /**
     * A backtracking matcher takes time exponential in the run of {@code a}s on this pair (java.util.regex
     * does not finish it in minutes); RE2/J's is linear. The timeout is a hang guard, not a measurement:
     * it runs the test in its own thread, because a backtracking match never looks at interrupts.
     */
    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aHostileNamePatternIsMatchedWithoutBacktracking() {
        Maintainers hostile = Maintainers.parse("""
                HOSTILE
                S:\tOdd
                N:\t(.*a){12}$
                """, path -> false);
        String run = "a".repeat(60);
        assertEquals(Maintainers.UNMATCHED, hostile.sectionOf("drivers/" + run + ".c"));
        assertEquals("HOSTILE", hostile.sectionOf("drivers/" + run));
        assertEquals(List.of(), hostile.warnings());
    }

    @Test
    void aNamePatternWithABackReferenceIsLeftOutWithOneWarningNamingItsSection() {
        Maintainers echo = Maintainers.parse("""
                ECHO DRIVER
                S:\tOdd
                N:\t(ab)\\1
                N:\techo

                PLAIN
                S:\tOdd
                F:\tdrivers/
                """, path -> false);
        // java.util.regex would put drivers/abab.c in ECHO; the matcher that never backtracks cannot.
        assertEquals("PLAIN", echo.sectionOf("drivers/abab.c"));
        assertEquals("ECHO DRIVER", echo.sectionOf("sound/echo.c"));
        assertEquals(1, echo.warnings().size(), echo.warnings().toString());
        assertTrue(echo.warnings().get(0).startsWith("MAINTAINERS section 'ECHO DRIVER': pattern N: (ab)\\1 is left out ("),
                echo.warnings().get(0));
    }

    @Test
    void nameRegexIgnoresWhitespaceAndCommentsAsPerlsXFlagDoes() {
        Maintainers extended = Maintainers.parse("""
                SPACED
                S:\tOdd
                N:\tmach - tegra [ ]x # the SoC, not the vendor
                """, path -> false);
        assertEquals("SPACED", extended.sectionOf("arch/arm/mach-tegra x.c"));
        assertEquals(Maintainers.UNMATCHED, extended.sectionOf("arch/arm/mach-tegrax.c"));
        assertEquals(List.of(), extended.warnings());
    }
}
