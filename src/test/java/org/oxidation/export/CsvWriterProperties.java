package org.oxidation.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.oxidation.model.Breakdown;
import org.oxidation.model.LineCounts;
import org.oxidation.model.Snapshot;

/** The counts CSV is exactly what Commons CSV's RFC 4180 printer writes for the same records, whatever the names hold. */
class CsvWriterProperties {

    /** Characters a CSV printer may quote for, anywhere or first or last in a field. */
    private static final String SPECIAL = " ,\"\r\n\t#;@!()'=é€\u0000~*";

    /** Names as tags, subsystems and vendored projects may be: plain ones, and any character that CSV quotes or not. */
    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> plain = Arbitraries.strings().withChars("abcXYZ019._-/:+").ofMinLength(0).ofMaxLength(8);
        Arbitrary<String> any = Arbitraries.strings().withChars("aZ9 ,\"\r\n\t#;@!()'=é€\u0000-./").ofMinLength(0).ofMaxLength(8);
        Arbitrary<String> oneSpecial = net.jqwik.api.Combinators.combine(plain, Arbitraries.of(SPECIAL.split("")), plain)
                .as((before, special, after) -> before + special + after);
        return Arbitraries.oneOf(plain, oneSpecial, any, Arbitraries.strings().ofMaxLength(6));
    }

    @Property(tries = 400)
    void writesWhatCommonsCsvWrites(@ForAll("names") String tag, @ForAll("names") String subsystem,
                                    @ForAll("names") String language, @ForAll("names") String vendored,
                                    @ForAll("names") String version, @ForAll long lines, @ForAll boolean codeKnown)
            throws Exception {
        Breakdown.Row row = new Breakdown.Row(new LineCounts(3, 10 + Math.abs(lines % 100000), 7 + Math.abs(lines % 100000), 2, 1, 0), 5, 0,
                vendored.isEmpty() ? Map.of() : Map.of(vendored, version), codeKnown ? 4 : Breakdown.Row.UNKNOWN, 0);
        Snapshot snapshot = Snapshot.fromBreakdown(tag, "0123456789abcdef0123456789abcdef01234567",
                OffsetDateTime.of(2024, 5, 6, 7, 8, 9, 0, ZoneOffset.ofHours(2)),
                new Breakdown("kernel", Map.of(subsystem, Map.of(language, row))));
        List<CsvWriter.Entry> entries = List.of(new CsvWriter.Entry(snapshot, snapshot.loaded()),
                new CsvWriter.Entry(snapshot, snapshot.loaded()));
        StringWriter written = new StringWriter();
        CsvWriter.write(written, entries);
        assertEquals(commonsCsv(entries), written.toString());
    }

    /** Every record through {@link CSVPrinter#printRecord}, as the writer did before its plain fields were written directly. */
    private static String commonsCsv(List<CsvWriter.Entry> entries) throws Exception {
        StringWriter out = new StringWriter();
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(CsvColumns.HEADER.toArray(String[]::new)).get());
        for (CsvWriter.Entry entry : entries) {
            Snapshot s = entry.snapshot();
            entry.breakdown().rows().forEach((subsystem, byLanguage) -> byLanguage.forEach((language, row) -> {
                LineCounts c = row.counts();
                try {
                    printer.printRecord(s.tag(), s.commitId(), CsvColumns.DATE.format(s.date()), subsystem, language,
                            c.files(), c.lines(), c.code(), c.comment(), c.blank(), c.unsafeLines(), row.vendoredLines(),
                            row.generatedLines(), row.vendoredFromText(), code(row.vendoredCode()), code(row.generatedCode()));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }));
        }
        printer.flush();
        return out.toString();
    }

    private static String code(long code) {
        return code == Breakdown.Row.UNKNOWN ? "" : Long.toString(code);
    }
}
