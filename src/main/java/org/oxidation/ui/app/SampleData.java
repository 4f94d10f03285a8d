package org.oxidation.ui.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.oxidation.export.CsvReader;
import org.oxidation.model.Timeline;

/**
 * The bundled sample: counts of the real Linux kernel at eight release tags from v6.1.170 to v7.3.4,
 * made by the count command and shipped inside the jar ({@code samples/linux-kernel.csv}), so the first
 * thing a new user sees is real kernel data. Stateless and thread-safe.
 */
public final class SampleData {

    /** The resource path inside the jar (the file lives in the project's samples/ folder). */
    public static final String RESOURCE = "/samples/linux-kernel.csv";

    /** The name titles and file names use for it. */
    public static final String SOURCE = "linux (sample)";

    private SampleData() {
    }

    /** The sample, or empty when the jar was built without it. */
    public static Optional<Timeline> load() {
        try (InputStream in = SampleData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return Optional.of(CsvReader.read(reader, SOURCE, "kernel"));
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
