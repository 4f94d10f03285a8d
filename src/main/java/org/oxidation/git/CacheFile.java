package org.oxidation.git;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.CRC32C;

/**
 * The framing shared by the cache files: a header (magic, format version, counting-rules version), a
 * payload, and a CRC-32C of everything before it; written to a temporary file and renamed into place,
 * so a reader sees the old file or the new one, never half of one. Stateless and thread-safe.
 */
final class CacheFile {

    /** Why a cache file cannot be used, in words for a warning. */
    static final class Invalid extends RuntimeException {
        Invalid(String message) {
            super(message);
        }
    }

    /** Writes a payload into a stream. */
    interface Payload {
        void writeTo(DataOutputStream out) throws IOException;
    }

    private CacheFile() {
    }

    /**
     * Writes header, payload and checksum straight to a temporary file beside {@code file}, then renames
     * it into place: a large cache never has to fit in memory twice.
     */
    static void write(Path file, int magic, int format, int rulesVersion, Payload payload) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            CRC32C crc = new CRC32C();
            try (java.io.OutputStream raw = Files.newOutputStream(temp);
                 java.io.BufferedOutputStream buffered = new java.io.BufferedOutputStream(raw, 1 << 16)) {
                DataOutputStream out = new DataOutputStream(new java.util.zip.CheckedOutputStream(buffered, crc));
                out.writeInt(magic);
                out.writeInt(format);
                out.writeInt(rulesVersion);
                payload.writeTo(out);
                out.flush();
                new DataOutputStream(buffered).writeInt((int) crc.getValue());
            }
            move(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Checks the frame and returns the payload, or throws {@link Invalid} saying what is wrong. */
    static ByteBuffer payload(byte[] bytes, int magic, int format, int rulesVersion) {
        if (bytes.length < 16) {
            throw new Invalid("it is truncated");
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - 4);
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, bytes.length - 4);
        if (ByteBuffer.wrap(bytes).getInt(bytes.length - 4) != (int) crc.getValue()) {
            throw new Invalid("its checksum does not match (truncated or corrupt)");
        }
        if (in.getInt() != magic) {
            throw new Invalid("it is not an Oxidation cache file of this kind");
        }
        int fileFormat = in.getInt();
        if (fileFormat != format) {
            throw new Invalid("it has format " + fileFormat + ", not " + format);
        }
        int rules = in.getInt();
        if (rules != rulesVersion) {
            throw new Invalid("it was counted with rules version " + rules + ", not " + rulesVersion);
        }
        return in.slice();
    }

    private static void move(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void writeVarint(DataOutputStream out, long value) throws IOException {
        while ((value & ~0x7FL) != 0) {
            out.writeByte((int) ((value & 0x7F) | 0x80));
            value >>>= 7;
        }
        out.writeByte((int) value);
    }

    static long readVarint(ByteBuffer in) {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            byte b = in.get();
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new Invalid("it has a malformed number");
    }

    /** One file's counts as five varints: lines, code, comment, blank, unsafe. */
    static void writeCounts(DataOutputStream out, org.oxidation.model.LineCounts c) throws IOException {
        writeVarint(out, c.lines());
        writeVarint(out, c.code());
        writeVarint(out, c.comment());
        writeVarint(out, c.blank());
        writeVarint(out, c.unsafeLines());
    }

    /** Reads what {@link #writeCounts} wrote, as the counts of one file. */
    static org.oxidation.model.LineCounts readCounts(ByteBuffer in) {
        long lines = readVarint(in);
        long code = readVarint(in);
        long comment = readVarint(in);
        long blank = readVarint(in);
        long unsafeLines = readVarint(in);
        return new org.oxidation.model.LineCounts(1, lines, code, comment, blank, unsafeLines);
    }

    static void writeString(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        writeVarint(out, utf8.length);
        out.write(utf8);
    }

    static String readString(ByteBuffer in) {
        int length = (int) readVarint(in);
        if (length < 0 || length > in.remaining()) {
            throw new Invalid("it has a malformed text");
        }
        String text = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return text;
    }
}
