package org.oxidation.git;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.CRC32C;
import org.eclipse.jgit.lib.ObjectId;
import org.oxidation.model.LineCounts;

/**
 * Keeps {@link BlobCounts} on disk between runs, one file per repository and counting-rules version.
 *
 * <p>Format (big-endian): magic {@code OXBC}, format version, rules version, language count and names,
 * entry count, then per entry the 20-byte blob id, a language index and five unsigned varints (lines,
 * code, comment, blank, unsafe), and last a CRC-32C of everything before it. A file that is truncated,
 * corrupt, of another format or of other counting rules is ignored with one warning and rewritten:
 * never a wrong count. Writes go to a temporary file that is renamed over the old one, after merging in
 * whatever another process saved meanwhile, so two processes can share a cache. Thread-safe.
 */
public final class BlobCountStore {

    private static final int MAGIC = 0x4F584243; // "OXBC"
    private static final int FORMAT = 1;

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
            return decode(bytes, into);
        } catch (InvalidCache e) {
            warn.accept("ignoring the count cache " + file + ": " + e.getMessage() + "; it will be rebuilt");
            return 0;
        }
    }

    /** Saves every entry of {@code counts}, merged with what the file holds now. */
    public synchronized void save(BlobCounts counts) throws IOException {
        BlobCounts merged = new BlobCounts();
        loadInto(merged, message -> { });
        counts.entries().forEach((key, value) -> merged.put(key.blob(), key.language(), value));
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            Files.write(temp, encode(merged));
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    byte[] encode(BlobCounts counts) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 + counts.size() * 32);
        DataOutputStream out = new DataOutputStream(buffer);
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeInt(rulesVersion);
        List<String> languages = counts.entries().keySet().stream().map(BlobCounts.Key::language)
                .distinct().sorted().toList();
        out.writeInt(languages.size());
        for (String language : languages) {
            out.writeUTF(language);
        }
        out.writeInt(counts.size());
        byte[] id = new byte[org.eclipse.jgit.lib.Constants.OBJECT_ID_LENGTH];
        for (Map.Entry<BlobCounts.Key, LineCounts> entry : counts.entries().entrySet()) {
            entry.getKey().blob().copyRawTo(id, 0);
            out.write(id);
            out.writeByte(languages.indexOf(entry.getKey().language()));
            LineCounts c = entry.getValue();
            writeVarint(out, c.lines());
            writeVarint(out, c.code());
            writeVarint(out, c.comment());
            writeVarint(out, c.blank());
            writeVarint(out, c.unsafeLines());
        }
        out.flush();
        CRC32C crc = new CRC32C();
        crc.update(buffer.toByteArray());
        out.writeInt((int) crc.getValue());
        return buffer.toByteArray();
    }

    private int decode(byte[] bytes, BlobCounts into) {
        if (bytes.length < 24) {
            throw new InvalidCache("it is truncated");
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - 4);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        if (in.getInt(bytes.length - 4) != (int) crc.getValue()) {
            throw new InvalidCache("its checksum does not match (truncated or corrupt)");
        }
        if (in.getInt() != MAGIC) {
            throw new InvalidCache("it is not an Oxidation count cache");
        }
        int format = in.getInt();
        if (format != FORMAT) {
            throw new InvalidCache("it has format " + format + ", not " + FORMAT);
        }
        int rules = in.getInt();
        if (rules != rulesVersion) {
            throw new InvalidCache("it was counted with rules version " + rules + ", not " + rulesVersion);
        }
        try {
            List<String> languages = new ArrayList<>();
            int languageCount = in.getInt();
            for (int i = 0; i < languageCount; i++) {
                int length = in.getShort() & 0xFFFF;
                byte[] name = new byte[length];
                in.get(name);
                languages.add(new String(name, StandardCharsets.UTF_8));
            }
            int entries = in.getInt();
            Map<String, String> interned = new HashMap<>();
            languages.forEach(l -> interned.put(l, l));
            byte[] id = new byte[org.eclipse.jgit.lib.Constants.OBJECT_ID_LENGTH];
            for (int i = 0; i < entries; i++) {
                in.get(id);
                String language = languages.get(in.get());
                long lines = readVarint(in);
                long code = readVarint(in);
                long comment = readVarint(in);
                long blank = readVarint(in);
                long unsafeLines = readVarint(in);
                into.put(ObjectId.fromRaw(id), language, new LineCounts(1, lines, code, comment, blank, unsafeLines));
            }
            if (in.remaining() != 4) {
                throw new InvalidCache("it has " + (in.remaining() - 4) + " bytes too many");
            }
            return entries;
        } catch (RuntimeException e) {
            throw e instanceof InvalidCache invalid ? invalid : new InvalidCache("it is corrupt (" + e.getMessage() + ")");
        }
    }

    private static void writeVarint(DataOutputStream out, long value) throws IOException {
        while ((value & ~0x7FL) != 0) {
            out.writeByte((int) ((value & 0x7F) | 0x80));
            value >>>= 7;
        }
        out.writeByte((int) value);
    }

    private static long readVarint(ByteBuffer in) {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            byte b = in.get();
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new InvalidCache("it has a malformed number");
    }

    private static final class InvalidCache extends RuntimeException {
        InvalidCache(String message) {
            super(message);
        }
    }
}
