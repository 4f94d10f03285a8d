package org.oxidation.git;

import org.eclipse.jgit.lib.Repository;

/**
 * Drops JGit's list of open packs, so that the next read rescans the pack directory and opens each pack
 * anew. JGit reports a transient pack error as a missing object (its pack directory reads it as "not in
 * this pack"), keeps a pack whose channel an interrupt closed until its windows are gone, and marks some
 * packs invalid for good: a read that failed once is tried again after this, with a fresh reader, before
 * anything is reported missing. Readers holding windows of the old packs keep them. Thread-safe.
 */
final class PackRescan {

    private PackRescan() {
    }

    static void reopen(Repository repository) {
        synchronized (repository) {
            repository.getObjectDatabase().close();
        }
    }
}
