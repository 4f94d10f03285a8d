package org.oxidation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The training run of the installed command's class-data sharing archive goes through the paths a user's
 * counts take: every tag into an empty cache, then one new tag against the cached ones.
 */
class ClassArchiveTrainingTest {

    @Test
    void countsItsHistoryColdThenOnlyTheNewTagsChangedFilesAgainstTheCache() {
        PrintStream stderr = System.err;
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        System.setErr(new PrintStream(progress, true, StandardCharsets.UTF_8));
        StringWriter errors = new StringWriter();
        try {
            assertEquals(0, OxidationCommand.newCommandLine(new PrintWriter(errors, true))
                    .execute("bench", "class-archive-training"), errors.toString());
        } finally {
            System.setErr(stderr);
        }
        String lines = progress.toString(StandardCharsets.UTF_8).replace('\r', '\n');
        // 40 C files, 40 headers, 40 Rust files, the crate's lib.rs and the generated header; v1.2 changes
        // the header, the C files whose number is a multiple of 7 (6) and the Rust ones of 5 (8).
        assertTrue(lines.contains("[1/2] v1.0: 122 new files read"), lines);
        assertTrue(lines.contains("wrote 2 tag(s)"), lines);
        assertTrue(lines.contains("[1/3] v1.0: from the cache") && lines.contains("[2/3] v1.1: from the cache"), lines);
        assertTrue(lines.contains("[3/3] v1.2: 15 new files read"), lines);
        assertTrue(lines.contains("wrote 3 tag(s)"), lines);
    }
}
