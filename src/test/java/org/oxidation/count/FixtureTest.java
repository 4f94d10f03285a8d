package org.oxidation.count;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oxidation.model.LineCounts;

/** Every fixture counts as its first line says, whole and fed in small chunks. */
class FixtureTest {

    static List<Fixtures.Fixture> fixtures() {
        return Fixtures.all();
    }

    static Stream<Arguments> fixturesAndChunkSizes() {
        return Fixtures.all().stream()
                .flatMap(f -> Stream.of(1, 2, 3, 7).map(size -> Arguments.of(f, size)));
    }

    @Test
    void findsFixturesForBothLanguages() {
        List<String> languages = fixtures().stream().map(f -> f.language().name()).distinct().sorted().toList();
        assertEquals(List.of("C", "Rust"), languages);
        assertTrue(fixtures().size() >= 25, "fixtures found: " + fixtures().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void countsFixtureAsItsFirstLineStates(Fixtures.Fixture fixture) {
        assertEquals(fixture.expected(), Lexer.count(fixture.language(), fixture.bytes()));
    }

    @ParameterizedTest(name = "{0} in chunks of {1}")
    @MethodSource("fixturesAndChunkSizes")
    void countsFixtureFedInChunksLikeTheWholeFile(Fixtures.Fixture fixture, int chunkSize) {
        LineCounter counter = new LineCounter(fixture.language());
        byte[] bytes = fixture.bytes();
        for (int off = 0; off < bytes.length; off += chunkSize) {
            // A fresh copy per chunk: the counter must not keep references into the caller's buffer.
            byte[] chunk = Arrays.copyOfRange(bytes, off, Math.min(bytes.length, off + chunkSize));
            counter.feed(chunk, 0, chunk.length);
            Arrays.fill(chunk, (byte) 'x');
        }
        LineCounts chunked = counter.finish();
        assertEquals(Lexer.count(fixture.language(), bytes), chunked);
        assertEquals(fixture.expected(), chunked);
    }
}
