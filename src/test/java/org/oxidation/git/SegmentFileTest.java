package org.oxidation.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentFileTest {

    @TempDir
    Path dir;

    private SegmentFile file() {
        return new SegmentFile(dir.resolve("cache.bin"), 0x4F585858, 1, 7);
    }

    private static CacheFile.Payload text(String text) {
        return out -> out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> texts(SegmentFile.Contents contents) {
        return contents.segments().stream().map(SegmentFileTest::text).toList();
    }

    private static String text(ByteBuffer segment) {
        byte[] bytes = new byte[segment.remaining()];
        segment.duplicate().get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void appendedSegmentsReadBackInOrder() throws Exception {
        SegmentFile file = file();
        SegmentFile.State state = file.rewrite(List.of(text("first"), text("second")));
        state = file.append(state, text("third"));
        assertNotNull(state);
        SegmentFile.Contents contents = file.read();
        assertEquals(List.of("first", "second", "third"), texts(contents));
        assertNull(contents.damage());
        assertEquals(state, contents.state());
        assertEquals(Files.size(file.file()), state.length());
    }

    @Test
    void appendRefusesAFileChangedSinceItWasRead() throws Exception {
        SegmentFile mine = file();
        SegmentFile.State seen = mine.rewrite(List.of(text("first")));
        SegmentFile other = file();
        assertNotNull(other.append(other.read().state(), text("other's")));
        assertNull(mine.append(seen, text("mine")), "appending onto a file grown by another process");
        assertEquals(List.of("first", "other's"), texts(mine.read()));
    }

    @Test
    void appendRefusesAFileReplacedByAnotherOfTheSameLength() throws Exception {
        SegmentFile mine = file();
        SegmentFile.State seen = mine.rewrite(List.of(text("aaaa")));
        file().rewrite(List.of(text("bbbb")));
        assertNull(mine.append(seen, text("mine")));
    }

    @Test
    void aDamagedEndKeepsTheIntactSegmentsAndAsksForARewrite() throws Exception {
        SegmentFile file = file();
        file.append(file.rewrite(List.of(text("first"))), text("second, cut short"));
        byte[] bytes = Files.readAllBytes(file.file());
        Files.write(file.file(), Arrays.copyOf(bytes, bytes.length - 5));
        SegmentFile.Contents contents = file.read();
        assertEquals(List.of("first"), texts(contents));
        assertFalse(contents.state().appendable());
        String warning = contents.damageWarning("test cache", file.file());
        assertTrue(warning.startsWith("ignoring the damaged end of the test cache") && warning.contains("truncated"), warning);
    }

    @Test
    void aSegmentWhoseBytesChangedIsDamaged() throws Exception {
        SegmentFile file = file();
        file.append(file.rewrite(List.of(text("first"))), text("second"));
        byte[] bytes = Files.readAllBytes(file.file());
        bytes[bytes.length - 2] ^= 0x20;
        Files.write(file.file(), bytes);
        SegmentFile.Contents contents = file.read();
        assertEquals(List.of("first"), texts(contents));
        assertTrue(contents.damage().contains("checksum does not match"), contents.damage());
    }

    @Test
    void aSegmentCutOffBeforeItsLengthWasWrittenIsDamaged() throws Exception {
        SegmentFile file = file();
        SegmentFile.State state = file.rewrite(List.of(text("first")));
        // What a crash leaves: the placeholder header of a segment and part of its payload.
        byte[] placeholder = ByteBuffer.allocate(12).putInt(-1).putInt(0).put("half".getBytes(StandardCharsets.UTF_8)).array();
        Files.write(file.file(), placeholder, java.nio.file.StandardOpenOption.APPEND);
        SegmentFile.Contents contents = file.read();
        assertEquals(List.of("first"), texts(contents));
        assertNotNull(contents.damage());
        assertNull(file.append(state, text("more")), "a damaged file is rewritten, not appended to");
    }

    @Test
    void aFileOfAnotherKindFormatOrRulesIsInvalid() throws Exception {
        SegmentFile file = file();
        file.rewrite(List.of(text("first")));
        assertThrows(CacheFile.Invalid.class, () -> new SegmentFile(file.file(), 0x4F585859, 1, 7).read());
        assertThrows(CacheFile.Invalid.class, () -> new SegmentFile(file.file(), 0x4F585858, 2, 7).read());
        CacheFile.Invalid rules = assertThrows(CacheFile.Invalid.class, () -> new SegmentFile(file.file(), 0x4F585858, 1, 8).read());
        assertEquals("it was counted with rules version 7, not 8", rules.getMessage());
    }

    @Test
    void aMissingFileHasNoSegmentsAndIsWrittenWhole() throws Exception {
        SegmentFile file = file();
        SegmentFile.Contents contents = file.read();
        assertTrue(contents.segments().isEmpty());
        assertNull(contents.damage());
        assertNull(file.append(contents.state(), text("first")), "nothing to append onto");
        assertFalse(Files.exists(file.file()));
    }
}
