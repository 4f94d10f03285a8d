package org.oxidation.git;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

/**
 * A cache file that grows by appending, so that saving costs what is new rather than all that is known:
 * a header (magic, format version, counting-rules version), then segments, each its payload's length,
 * the payload's CRC-32C and the payload.
 *
 * <p>A segment is appended only onto the file exactly as its writer last saw it (same file, same
 * length); otherwise, or when the file's end was damaged (a killed run), the writer rewrites the whole
 * file through a temporary file and a rename. Readers use every intact segment up to the first damaged
 * one. Writers and readers take a lock file beside the cache (exclusive to write, shared to read), so a
 * reader never sees a segment half written by another process. Stateless and thread-safe.
 */
final class SegmentFile {

    private static final int HEADER_BYTES = 12;
    private static final int SEGMENT_HEADER_BYTES = 8;
    /** In-process locks: the file lock is per process and throws if one process takes it twice. */
    private static final Map<Path, Object> LOCAL_LOCKS = new ConcurrentHashMap<>();

    /** Where a file stood when it was read or last written; appending is only safe onto exactly that. */
    record State(Object fileKey, long length) {
        /** No file, or one that must be rewritten before anything is appended. */
        static final State REWRITE = new State(null, -1);

        boolean appendable() {
            return length >= 0;
        }
    }

    /**
     * The intact segments of a file, the state to append onto, and why part of the file was not used
     * (null when all of it was).
     */
    record Contents(List<ByteBuffer> segments, State state, String damage) {

        /** The one warning line for a damaged file, or null when it is intact. */
        String damageWarning(String cacheName, Path file) {
            if (damage == null) {
                return null;
            }
            return segments.isEmpty()
                    ? "ignoring the " + cacheName + " " + file + ": " + damage + "; it will be rebuilt"
                    : "ignoring the damaged end of the " + cacheName + " " + file + " (" + damage
                            + "); what comes before it is used and the file will be rewritten";
        }
    }

    private final Path file;
    private final int magic;
    private final int format;
    private final int rulesVersion;

    SegmentFile(Path file, int magic, int format, int rulesVersion) {
        this.file = file;
        this.magic = magic;
        this.format = format;
        this.rulesVersion = rulesVersion;
    }

    Path file() {
        return file;
    }

    /**
     * Reads the file. A missing file has no segments; a file with a foreign header throws
     * {@link CacheFile.Invalid}; a damaged end is reported in {@link Contents#damage()}.
     */
    Contents read() throws IOException {
        byte[] bytes;
        Object key;
        synchronized (localLock()) {
            try (FileLock lock = lock(true)) {
                try {
                    key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
                    bytes = Files.readAllBytes(file);
                } catch (NoSuchFileException e) {
                    return new Contents(List.of(), State.REWRITE, null);
                }
            }
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        checkHeader(in);
        List<ByteBuffer> segments = new ArrayList<>();
        while (in.remaining() >= SEGMENT_HEADER_BYTES) {
            int length = in.getInt();
            int crc = in.getInt();
            if (length < 0 || length > in.remaining() || crc != crc(bytes, in.position(), length)) {
                return new Contents(segments, State.REWRITE, "its checksum does not match (truncated or corrupt)");
            }
            segments.add(ByteBuffer.wrap(bytes, in.position(), length).slice());
            in.position(in.position() + length);
        }
        if (in.hasRemaining()) {
            return new Contents(segments, State.REWRITE, "it is truncated");
        }
        return new Contents(segments, new State(key, bytes.length), null);
    }

    /**
     * Appends one segment if the file is still as {@code expected}.
     *
     * @return the file's new state, or null when it has changed since (the caller rewrites it)
     */
    State append(State expected, CacheFile.Payload payload) throws IOException {
        Files.createDirectories(file.getParent());
        synchronized (localLock()) {
            try (FileLock lock = lock(false)) {
                State now = currentState();
                if (!expected.appendable() || now == null || !now.equals(expected)) {
                    return null;
                }
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    long end = writeSegment(channel, expected.length(), payload);
                    return new State(now.fileKey(), end);
                }
            }
        }
    }

    /** Replaces the whole file with these segments, through a temporary file and a rename. */
    State rewrite(List<CacheFile.Payload> payloads) throws IOException {
        Files.createDirectories(file.getParent());
        synchronized (localLock()) {
            try (FileLock lock = lock(false)) {
                Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
                try {
                    try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).putInt(magic).putInt(format)
                                .putInt(rulesVersion).flip();
                        channel.write(header, 0);
                        long end = HEADER_BYTES;
                        for (CacheFile.Payload payload : payloads) {
                            end = writeSegment(channel, end, payload);
                        }
                    }
                    move(temp, file);
                } finally {
                    Files.deleteIfExists(temp);
                }
                return Objects.requireNonNull(currentState());
            }
        }
    }

    private void checkHeader(ByteBuffer in) {
        if (in.remaining() < HEADER_BYTES) {
            throw new CacheFile.Invalid("it is truncated");
        }
        if (in.getInt() != magic) {
            throw new CacheFile.Invalid("it is not an Oxidation cache file of this kind");
        }
        int fileFormat = in.getInt();
        if (fileFormat != format) {
            throw new CacheFile.Invalid("it has format " + fileFormat + ", not " + format);
        }
        int rules = in.getInt();
        if (rules != rulesVersion) {
            throw new CacheFile.Invalid("it was counted with rules version " + rules + ", not " + rulesVersion);
        }
    }

    /**
     * Streams a segment at {@code position}: a placeholder length that no reader accepts, the payload,
     * then the real length and checksum, so a segment cut short by a crash reads as damaged.
     */
    private static long writeSegment(FileChannel channel, long position, CacheFile.Payload payload) throws IOException {
        channel.position(position + SEGMENT_HEADER_BYTES);
        channel.write(ByteBuffer.allocate(SEGMENT_HEADER_BYTES).putInt(-1).putInt(0).flip(), position);
        CRC32C crc = new CRC32C();
        OutputStream raw = Channels.newOutputStream(channel);
        CountingStream counted = new CountingStream(raw);
        // Buffered above the checksum: the payload is written a byte or a varint at a time, and the CRC
        // and the channel are much faster fed 64 KB at once.
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new CheckedOutputStream(counted, crc), 1 << 16));
        payload.writeTo(out);
        out.flush();
        long length = counted.count;
        if (length > Integer.MAX_VALUE) {
            throw new IOException("a cache segment of " + length + " bytes is too large");
        }
        channel.write(ByteBuffer.allocate(SEGMENT_HEADER_BYTES).putInt((int) length).putInt((int) crc.getValue())
                .flip(), position);
        return position + SEGMENT_HEADER_BYTES + length;
    }

    private State currentState() throws IOException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new State(attributes.fileKey(), attributes.size());
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private Object localLock() {
        return LOCAL_LOCKS.computeIfAbsent(file.toAbsolutePath().normalize(), p -> new Object());
    }

    /** The lock file beside the cache file, locked shared or exclusive; null where locks are not supported. */
    private FileLock lock(boolean shared) throws IOException {
        Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
        if (shared && !Files.exists(lockFile)) {
            return null; // nobody has written yet
        }
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            return new ChannelLock(channel, channel.lock(0, Long.MAX_VALUE, shared));
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static int crc(byte[] bytes, int offset, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, offset, length);
        return (int) crc.getValue();
    }

    private static void move(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Counts the bytes written through it. */
    private static final class CountingStream extends java.io.FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }

    /** A file lock that also closes its channel. */
    private static final class ChannelLock extends FileLock {
        private final FileLock lock;

        ChannelLock(FileChannel channel, FileLock lock) {
            super(channel, lock.position(), lock.size(), lock.isShared());
            this.lock = lock;
        }

        @Override
        public boolean isValid() {
            return lock.isValid();
        }

        @Override
        public void release() throws IOException {
            try {
                lock.release();
            } finally {
                channel().close();
            }
        }
    }
}
