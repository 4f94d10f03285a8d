package org.oxidation.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.internal.storage.file.FileRepository;
import org.eclipse.jgit.lib.BaseRepositoryBuilder;
import org.eclipse.jgit.lib.ObjectReader;

/**
 * A file repository whose object readers read from its memory-mapped packs first ({@link PackObjectReader});
 * every {@code RevWalk}, {@code TreeWalk} and tree parser made on it reads that way too. The packs are
 * mapped again when the pack directory changes (a fetch or a repack while a window is open). Thread-safe.
 */
final class MappedPackRepository extends FileRepository {

    private final Path packDirectory;
    private PackObjects packs;
    private Object packsStamp;

    MappedPackRepository(BaseRepositoryBuilder<?, ?> options) throws IOException {
        super(options);
        this.packDirectory = getObjectsDirectory().toPath().resolve("pack");
    }

    @Override
    public ObjectReader newObjectReader() {
        return new PackObjectReader(packs(), super.newObjectReader());
    }

    /** The mapped packs as the pack directory is now. */
    synchronized PackObjects packs() {
        Object stamp = stamp();
        if (packs == null || !stamp.equals(packsStamp)) {
            packs = PackObjects.open(getObjectsDirectory().toPath(), PackCacheTuning.deltaBaseLimit());
            packsStamp = stamp;
        }
        return packs;
    }

    private Object stamp() {
        try {
            return Files.getLastModifiedTime(packDirectory);
        } catch (IOException e) {
            return "none";
        }
    }
}
