package org.oxidation.count;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.oxidation.model.InputException;

class GroupingTest {

    @Test
    void kernelGroupingTakesTwoLevelsUnderDriversAndArch() {
        assertEquals("drivers/gpu", Grouping.KERNEL.subsystemOf("drivers/gpu/drm/nova/nova.rs"));
        assertEquals("arch/x86", Grouping.KERNEL.subsystemOf("arch/x86/kernel/cpu/common.c"));
        assertEquals("rust", Grouping.KERNEL.subsystemOf("rust/kernel/lib.rs"));
        assertEquals("fs", Grouping.KERNEL.subsystemOf("fs/ext4/inode.c"));
    }

    @Test
    void kernelGroupingPutsRootFilesInRootAndShallowDriverFilesInDrivers() {
        assertEquals("(root)", Grouping.KERNEL.subsystemOf("init.c"));
        assertEquals("drivers", Grouping.KERNEL.subsystemOf("drivers/Kconfig.c"));
        assertEquals("arch", Grouping.KERNEL.subsystemOf("arch/foo.h"));
        assertEquals("driversx", Grouping.KERNEL.subsystemOf("driversx/a/b.c"));
    }

    @Test
    void depthGroupingTakesTheFirstComponents() {
        Grouping depth2 = Grouping.parse("depth:2");
        assertEquals("net/core", depth2.subsystemOf("net/core/dev.c"));
        assertEquals("net", depth2.subsystemOf("net/socket.c"));
        assertEquals("(root)", depth2.subsystemOf("top.c"));
        assertEquals("a", Grouping.parse("depth:1").subsystemOf("a/b/c/d.c"));
        assertEquals("a/b/c", Grouping.parse("depth:3").subsystemOf("a/b/c/d.c"));
        assertEquals("depth:2", depth2.id());
    }

    @Test
    void rejectsUnknownGroupingsInOneSentence() {
        assertEquals("unknown grouping 'files': use kernel, maintainers or depth:N",
                assertThrows(InputException.class, () -> Grouping.parse("files")).getMessage());
        assertEquals("--group depth:N needs a whole number N, not 'depth:x'",
                assertThrows(InputException.class, () -> Grouping.parse("depth:x")).getMessage());
        assertThrows(InputException.class, () -> Grouping.parse("depth:0"));
    }
}
