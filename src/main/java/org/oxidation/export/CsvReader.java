package org.oxidation.export;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.oxidation.model.Breakdown;
import org.oxidation.model.InputException;
import org.oxidation.model.LineCounts;
import org.oxidation.model.Snapshot;
import org.oxidation.model.Timeline;

/**
 * Reads a counts CSV back into a {@link Timeline} of snapshots that carry their breakdown (no files).
 * Columns added after the first ten are optional, so CSVs written by older versions still load.
 * Stateless and thread-safe.
 */
public final class CsvReader {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).get();

    private CsvReader() {
    }

    public static Timeline read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.getFileName().toString(), "csv");
        } catch (NoSuchFileException e) {
            throw new InputException("no such file: " + file);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InputException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads rows in file order; snapshots keep the order of their first row. */
    public static Timeline read(Reader reader, String source, String grouping) throws IOException {
        CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
        List<String> missing = new ArrayList<>(CsvColumns.REQUIRED);
        missing.removeAll(parser.getHeaderNames());
        if (!missing.isEmpty()) {
            throw new InputException("not a counts CSV: " + source + " lacks the column(s) " + String.join(", ", missing));
        }
        Map<String, SnapshotRows> byTag = new LinkedHashMap<>();
        for (CSVRecord record : parser) {
            String tag = record.get("tag");
            SnapshotRows rows = byTag.computeIfAbsent(tag,
                    t -> new SnapshotRows(record.get("commit"), date(record, source)));
            rows.add(record, source);
        }
        List<Snapshot> snapshots = new ArrayList<>();
        byTag.forEach((tag, rows) -> snapshots.add(
                Snapshot.fromBreakdown(tag, rows.commit, rows.date, new Breakdown(grouping, rows.rows))));
        return new Timeline(source, snapshots);
    }

    private static final class SnapshotRows {
        final String commit;
        final OffsetDateTime date;
        final Map<String, Map<String, Breakdown.Row>> rows = new HashMap<>();

        SnapshotRows(String commit, OffsetDateTime date) {
            this.commit = commit;
            this.date = date;
        }

        void add(CSVRecord record, String source) {
            LineCounts counts;
            try {
                counts = new LineCounts(number(record, "files", source), number(record, "lines", source),
                        number(record, "code", source), number(record, "comment", source),
                        number(record, "blank", source), number(record, "unsafe", source));
            } catch (IllegalArgumentException e) {
                throw new InputException(source + " line " + (record.getRecordNumber() + 1) + ": " + e.getMessage());
            }
            long vendored = number(record, "vendored_lines", source);
            long generated = number(record, "generated_lines", source);
            Breakdown.Row row = new Breakdown.Row(counts, vendored, generated,
                    Breakdown.Row.parseVendoredFrom(text(record, "vendored_from")),
                    codeOrUnknown(record, "vendored_code", vendored, source),
                    codeOrUnknown(record, "generated_code", generated, source));
            rows.computeIfAbsent(record.get("subsystem"), k -> new HashMap<>())
                    .merge(record.get("language"), row, Breakdown.Row::plus);
        }
    }

    private static OffsetDateTime date(CSVRecord record, String source) {
        try {
            return OffsetDateTime.parse(record.get("date"));
        } catch (DateTimeParseException e) {
            throw new InputException(source + " line " + (record.getRecordNumber() + 1) + ": bad date '" + record.get("date") + "'");
        }
    }

    /** A code-line column: unknown when the CSV lacks it or leaves it empty (unless there are no such lines). */
    private static long codeOrUnknown(CSVRecord record, String column, long lines, String source) {
        if (lines == 0) {
            return 0;
        }
        return text(record, column).isBlank() ? Breakdown.Row.UNKNOWN : number(record, column, source);
    }

    private static String text(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column) ? record.get(column) : "";
    }

    private static long number(CSVRecord record, String column, String source) {
        if (!record.isMapped(column)) {
            return 0;
        }
        String text = record.isSet(column) ? record.get(column).trim() : "";
        try {
            return text.isEmpty() ? 0 : Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new InputException(source + " line " + (record.getRecordNumber() + 1) + ": " + column
                    + " is not a number: '" + text + "'");
        }
    }
}
