package org.oxidation.git;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.oxidation.model.LineCounts;

/**
 * Keeps {@link BlobCounts} on disk between runs, one file per repository and counting-rules version.
 *
 * <p>Payload (inside {@link CacheFile}'s frame: magic {@code OXBC}, format, rules version, CRC-32C): the
 * language names, the entry count, then per entry the 20-byte blob id, a language index and five
 * unsigned varints (lines, code, comment, blank, unsafe). A file that is truncated, corrupt, of another
 * format or of other counting rules is ignored with one warning and rewritten: never a wrong count.
 * Saving first merges in whatever another process saved meanwhile, so two processes can share a cache.
 * Thread-safe.
 */
public final class BlobCountStore {

    private static final int MAGIC = 0x4F584243; // "OXBC"
    private static final int FORMAT = 2;

    private final Path file;
    private final int rulesVersion;

    public BlobCountStore(Path file, int rulesVersion) {
        this.file = file;
        this.rulesVersion = rulesVersion;
    }

    public Path file() {
        return file;
    }

    /** Loads the saved counts into {@code into}; returns how many entries were loaded. */
    public synchronized int loadInto(BlobCounts into, Consumer<String> warn) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return 0;
        } catch (IOException e) {
            warn.accept("ignoring the count cache " + file + ": " + e.getMessage());
            return 0;
        }
        try {
            return decode(CacheFile.payload(bytes, MAGIC, FORMAT, rulesVersion), into);
        } catch (CacheFile.Invalid e) {
            warn.accept("ignoring the count cache " + file + ": " + e.getMessage() + "; it will be rebuilt");
            return 0;
        }
    }

    /** Saves every entry of {@code counts}, merged with what the file holds now. */
    public synchronized void save(BlobCounts counts) throws IOException {
        BlobCounts merged = new BlobCounts();
        loadInto(merged, message -> { });
        counts.entries().forEach((key, value) -> merged.put(key.blob(), key.language(), value));
        CacheFile.write(file, MAGIC, FORMAT, rulesVersion, out -> {
            List<String> languages = merged.entries().keySet().stream().map(BlobCounts.Key::language)
                    .distinct().sorted().toList();
            CacheFile.writeVarint(out, languages.size());
            for (String language : languages) {
                CacheFile.writeString(out, language);
            }
            CacheFile.writeVarint(out, merged.size());
            byte[] id = new byte[Constants.OBJECT_ID_LENGTH];
            for (Map.Entry<BlobCounts.Key, LineCounts> entry : merged.entries().entrySet()) {
                entry.getKey().blob().copyRawTo(id, 0);
                out.write(id);
                out.writeByte(languages.indexOf(entry.getKey().language()));
                CacheFile.writeCounts(out, entry.getValue());
            }
        });
    }

    private static int decode(ByteBuffer in, BlobCounts into) {
        try {
            List<String> languages = new ArrayList<>();
            long languageCount = CacheFile.readVarint(in);
            for (long i = 0; i < languageCount; i++) {
                languages.add(CacheFile.readString(in));
            }
            int entries = (int) CacheFile.readVarint(in);
            byte[] id = new byte[Constants.OBJECT_ID_LENGTH];
            for (int i = 0; i < entries; i++) {
                in.get(id);
                String language = languages.get(in.get());
                into.put(ObjectId.fromRaw(id), language, CacheFile.readCounts(in));
            }
            if (in.hasRemaining()) {
                throw new CacheFile.Invalid("it has " + in.remaining() + " bytes too many");
            }
            return entries;
        } catch (CacheFile.Invalid e) {
            throw e;
        } catch (RuntimeException e) {
            throw new CacheFile.Invalid("it is corrupt (" + e.getClass().getSimpleName() + ")");
        }
    }
}
