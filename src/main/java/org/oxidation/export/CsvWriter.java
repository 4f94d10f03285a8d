package org.oxidation.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.oxidation.model.Breakdown;
import org.oxidation.model.InputException;
import org.oxidation.model.LineCounts;
import org.oxidation.model.Snapshot;

/**
 * Writes breakdowns as the counts CSV (RFC 4180 with a header row): one row per tag × subsystem ×
 * language with files &gt; 0. The file appears whole or not at all (written aside, then renamed).
 * Stateless and thread-safe.
 */
public final class CsvWriter {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader(CsvColumns.HEADER.toArray(String[]::new)).get();

    private CsvWriter() {
    }

    /** One snapshot with the breakdown to write for it. */
    public record Entry(Snapshot snapshot, Breakdown breakdown) {
    }

    public static void write(Path out, List<Entry> entries) {
        Path parent = out.toAbsolutePath().getParent();
        Path temp = null;
        try {
            temp = Files.createTempFile(parent, "." + out.getFileName(), ".tmp");
            try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                write(writer, entries);
            }
            move(temp, out);
        } catch (IOException e) {
            throw new InputException("cannot write " + out + ": " + reason(e), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** A code-line count, or "" when it is not known (rows read from an older CSV). */
    private static String codeText(long code) {
        return code == Breakdown.Row.UNKNOWN ? "" : Long.toString(code);
    }

    public static void write(Writer writer, List<Entry> entries) throws IOException {
        Record record = new Record(writer);
        for (String column : CsvColumns.HEADER) {
            record.text(column);
        }
        record.end();
        for (Entry entry : entries) {
            Snapshot snapshot = entry.snapshot();
            String date = CsvColumns.DATE.format(snapshot.date());
            for (Map.Entry<String, Map<String, Breakdown.Row>> subsystem : entry.breakdown().rows().entrySet()) {
                for (Map.Entry<String, Breakdown.Row> language : subsystem.getValue().entrySet()) {
                    Breakdown.Row row = language.getValue();
                    LineCounts c = row.counts();
                    record.text(snapshot.tag());
                    record.text(snapshot.commitId());
                    record.text(date);
                    record.text(subsystem.getKey());
                    record.text(language.getKey());
                    record.numbers(c.files(), c.lines(), c.code(), c.comment(), c.blank(), c.unsafeLines(),
                            row.vendoredLines(), row.generatedLines());
                    record.text(row.vendoredFromText());
                    record.text(codeText(row.vendoredCode()));
                    record.text(codeText(row.generatedCode()));
                    record.end();
                }
            }
        }
        writer.flush();
    }

    /**
     * One record at a time, as Commons CSV's RFC 4180 printer writes it: a field that could need quoting
     * is handed to Commons CSV; the rest (numbers, ids, dates, plain names: most of a large CSV, and
     * Commons CSV's per-field path ran interpreted in a short {@code count}) are written as they are,
     * which is what it does with them. {@code CsvWriterProperties} compares the two on any text.
     */
    private static final class Record {
        private final Writer out;
        private boolean first = true;

        Record(Writer out) {
            this.out = out;
        }

        void text(String value) throws IOException {
            if (!plain(value)) {
                FORMAT.print(value, out, first); // writes the delimiter before it unless first
            } else {
                if (!first) {
                    out.write(',');
                }
                out.write(value);
            }
            first = false;
        }

        void numbers(long... values) throws IOException {
            for (long value : values) {
                if (!first) {
                    out.write(',');
                }
                out.write(Long.toString(value));
                first = false;
            }
        }

        void end() throws IOException {
            out.write("\r\n");
            first = true;
        }

        /**
         * Text no CSV printer quotes: not empty, starts with a letter or digit, and holds only ASCII
         * letters, digits and {@code . _ - / : +} (no delimiter, quote, line break or space).
         */
        private static boolean plain(String value) {
            if (value.isEmpty() || !Character.isLetterOrDigit(value.charAt(0)) || value.charAt(0) > 0x7E) {
                return false;
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                boolean letterOrDigit = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
                if (!letterOrDigit && c != '.' && c != '_' && c != '-' && c != '/' && c != ':' && c != '+') {
                    return false;
                }
            }
            return true;
        }
    }

    /** Fails early, before any counting, when the output cannot be written. */
    public static void checkWritable(Path out) {
        Path parent = out.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new InputException("cannot write " + out + ": its directory " + parent + " does not exist");
        }
        if (Files.isDirectory(out)) {
            throw new InputException("cannot write " + out + ": it is a directory");
        }
        if (!Files.isWritable(parent) || (Files.exists(out) && !Files.isWritable(out))) {
            throw new InputException("cannot write " + out + ": permission denied");
        }
    }

    private static void move(Path temp, Path out) throws IOException {
        try {
            Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static String reason(IOException e) {
        String name = e.getClass().getSimpleName();
        return switch (name) {
            case "AccessDeniedException" -> "permission denied";
            case "NoSuchFileException" -> "no such file or directory";
            case "FileSystemException" -> e.getMessage();
            default -> e.getMessage() == null ? name : e.getMessage();
        };
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // Best effort: a stray temp file beside the output is harmless.
            }
        }
    }
}
