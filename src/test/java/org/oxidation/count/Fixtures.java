package org.oxidation.count;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.oxidation.model.LineCounts;

/**
 * The count fixtures: one file per case under {@code fixtures/}, whose first line states its
 * expected counts tokei-style ({@code // 12 lines 7 code 3 comments 2 blanks 1 unsafe}), or a
 * {@code NAME.counts} sidecar holding that statement (for files that cannot carry it, like empty ones).
 */
final class Fixtures {

    private static final Pattern EXPECTATION = Pattern.compile(
            "(\\d+) lines (\\d+) code (\\d+) comments (\\d+) blanks(?: (\\d+) unsafe)?");

    record Fixture(String name, byte[] bytes, LineCounts expected) {
        Language language() {
            return LanguageRules.standard().forFileName(name)
                    .orElseThrow(() -> new AssertionError("no language for fixture " + name));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private Fixtures() {
    }

    static List<Fixture> all() {
        Path dir = directory();
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> !name.startsWith(".") && !name.endsWith(".counts"))
                    .sorted()
                    .map(name -> load(dir, name))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Fixture load(Path dir, String name) {
        try {
            byte[] bytes = Files.readAllBytes(dir.resolve(name));
            Path sidecar = dir.resolve(name + ".counts");
            String statement = Files.exists(sidecar)
                    ? Files.readString(sidecar, StandardCharsets.UTF_8)
                    : firstLine(bytes);
            return new Fixture(name, bytes, parse(name, statement));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstLine(byte[] bytes) {
        int end = 0;
        while (end < bytes.length && bytes[end] != '\n') {
            end++;
        }
        return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
    }

    private static LineCounts parse(String name, String statement) {
        Matcher m = EXPECTATION.matcher(statement);
        if (!m.find()) {
            throw new AssertionError(name + ": no expectation in '" + statement.strip() + "'");
        }
        long lines = Long.parseLong(m.group(1));
        LineCounts expected = LineCounts.ofFile(Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
                Long.parseLong(m.group(4)), m.group(5) == null ? 0 : Long.parseLong(m.group(5)));
        if (expected.lines() != lines) {
            throw new AssertionError(name + ": stated lines " + lines + " != code + comments + blanks");
        }
        return expected;
    }

    private static Path directory() {
        try {
            return Path.of(Fixtures.class.getResource("fixtures").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
