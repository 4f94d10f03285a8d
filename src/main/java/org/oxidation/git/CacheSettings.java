package org.oxidation.git;

import java.nio.file.Path;

/**
 * Whether and where counts are cached between runs. Immutable and thread-safe.
 *
 * @param enabled false for {@code --no-cache}
 * @param root    the cache root directory ({@code --cache-dir}), holding one folder per repository
 */
public record CacheSettings(boolean enabled, Path root) {

    public static CacheSettings defaults() {
        return new CacheSettings(true, CacheLocation.defaultRoot());
    }

    public static CacheSettings disabled() {
        return new CacheSettings(false, CacheLocation.defaultRoot());
    }
}
