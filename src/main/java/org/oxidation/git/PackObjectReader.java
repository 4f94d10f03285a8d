package org.oxidation.git;

import java.io.IOException;
import java.util.Collection;
import java.util.Set;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.LargeObjectException;
import org.eclipse.jgit.lib.AbbreviatedObjectId;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;

/**
 * An {@link ObjectReader} that reads an object from the mapped packs ({@link PackObjects}) when it lies
 * there whole or as a delta chain inside one pack and is below the stream threshold, and hands
 * everything else to JGit's own reader: loose objects, large objects (JGit streams them), abbreviated
 * ids, shallow commits, and any entry the mapped reader finds corrupt (JGit then reads it or reports it).
 *
 * <p>Not thread-safe, like every {@link ObjectReader}: one per thread.
 */
final class PackObjectReader extends ObjectReader {

    private final PackObjects packs;
    private final ObjectReader jgit;
    private PackObjects.Cursor cursor;

    PackObjectReader(PackObjects packs, ObjectReader jgit) {
        this.packs = packs;
        this.jgit = jgit;
    }

    @Override
    public ObjectReader newReader() {
        return new PackObjectReader(packs, jgit.newReader());
    }

    @Override
    public Collection<ObjectId> resolve(AbbreviatedObjectId id) throws IOException {
        return jgit.resolve(id);
    }

    @Override
    public ObjectLoader open(AnyObjectId id, int typeHint) throws IOException {
        PackObjects.Loaded loaded = fromPacks(id);
        if (loaded == null) {
            return jgit.open(id, typeHint);
        }
        if (typeHint != OBJ_ANY && loaded.type() != typeHint) {
            throw new IncorrectObjectTypeException(id.copy(), typeHint);
        }
        return new ObjectLoader.SmallObject(loaded.type(), loaded.bytes());
    }

    @Override
    public boolean has(AnyObjectId id) throws IOException {
        return packs.find(id) != null || jgit.has(id);
    }

    @Override
    public long getObjectSize(AnyObjectId id, int typeHint) throws IOException {
        PackObjects.Location location = packs.find(id);
        if (location != null) {
            try {
                int type = cursor().type(location); // -1: the delta chain leaves the mapped packs
                if (type >= 0 && typeHint != OBJ_ANY && type != typeHint) {
                    throw new IncorrectObjectTypeException(id.copy(), typeHint);
                }
                if (type >= 0) {
                    return cursor().size(location);
                }
            } catch (PackObjects.CorruptPackException e) {
                // JGit answers, or reports what is wrong.
            }
        }
        return jgit.getObjectSize(id, typeHint);
    }

    @Override
    public int getStreamFileThreshold() {
        return jgit.getStreamFileThreshold();
    }

    @Override
    public void setStreamFileThreshold(int threshold) {
        jgit.setStreamFileThreshold(threshold);
    }

    @Override
    public Set<ObjectId> getShallowCommits() throws IOException {
        return jgit.getShallowCommits();
    }

    /** The object read whole from the mapped packs, or {@code null} when JGit is to read it. */
    private PackObjects.Loaded fromPacks(AnyObjectId id) throws IOException {
        PackObjects.Location location = packs.find(id);
        if (location == null) {
            return null;
        }
        try {
            PackObjects.Cursor reading = cursor();
            long size = reading.size(location);
            return size < 0 || size > getStreamFileThreshold() ? null : reading.load(location);
        } catch (PackObjects.CorruptPackException e) {
            return null;
        } catch (OutOfMemoryError e) {
            throw new LargeObjectException.OutOfMemory(e);
        }
    }

    private PackObjects.Cursor cursor() {
        if (cursor == null) {
            cursor = packs.newCursor();
        }
        return cursor;
    }

    @Override
    public void close() {
        if (cursor != null) {
            cursor.close();
            cursor = null;
        }
        jgit.close();
    }
}
