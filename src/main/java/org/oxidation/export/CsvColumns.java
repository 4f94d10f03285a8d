package org.oxidation.export;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The columns of the counts CSV, a contract other tools rely on: the first ten never change order or
 * meaning; later columns are only ever appended. Stateless.
 */
public final class CsvColumns {

    public static final List<String> HEADER = List.of("tag", "commit", "date", "subsystem", "language", "files",
            "lines", "code", "comment", "blank", "unsafe", "vendored_lines", "generated_lines",
            "vendored_from", "vendored_code", "generated_code");

    /** The columns a CSV must have to be read back; later ones default to 0 when absent. */
    public static final List<String> REQUIRED = HEADER.subList(0, 10);

    /** ISO-8601 with the commit's own offset, always with seconds: 2024-11-17T15:04:05+01:00. */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private CsvColumns() {
    }
}
