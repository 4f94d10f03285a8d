package org.oxidation.git;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The encoding shared by the cache files inside their {@link SegmentFile} frames: unsigned varints,
 * UTF-8 strings and a file's counts, and the exception that says why a file cannot be used. Stateless
 * and thread-safe.
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
     * Decodes one whole segment: bytes left over, or any failure of the decoder on bytes that passed the
     * checksum (an index out of range, impossible counts), make the file {@link Invalid}, never a wrong count.
     */
    static <T> T decodeSegment(ByteBuffer in, java.util.function.Function<ByteBuffer, T> decoder) {
        T decoded;
        try {
            decoded = decoder.apply(in);
        } catch (Invalid e) {
            throw e;
        } catch (RuntimeException e) {
            throw new Invalid("it is corrupt (" + e.getClass().getSimpleName() + ")");
        }
        if (in.hasRemaining()) {
            throw new Invalid("it has " + in.remaining() + " bytes too many");
        }
        return decoded;
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
