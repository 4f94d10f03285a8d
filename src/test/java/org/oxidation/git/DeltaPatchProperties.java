package org.oxidation.git;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.eclipse.jgit.internal.storage.pack.DeltaIndex;

/**
 * {@link DeltaPatch} against deltas JGit's packer encodes: random bases of up to 200 KB (longer than one
 * 64 KB copy) and targets made of their slices, moved, repeated and interleaved with new bytes.
 */
class DeltaPatchProperties {

    @Property(tries = 200)
    void rebuildsTheTargetOfEveryDeltaJGitEncodes(@ForAll long seed, @ForAll @IntRange(min = 1, max = 200_000) int baseSize)
            throws IOException {
        Random random = new Random(seed);
        byte[] base = new byte[baseSize];
        for (int i = 0; i < base.length; i++) {
            base[i] = (byte) ("abcdefgh \n{};".charAt(random.nextInt(13)) ^ (random.nextInt(50) == 0 ? 0x40 : 0));
        }
        byte[] target = targetFrom(base, random);
        ByteArrayOutputStream delta = new ByteArrayOutputStream();
        new DeltaIndex(base).encode(delta, target);
        assertArrayEquals(target, DeltaPatch.apply(base, delta.toByteArray()));
    }

    @Property(tries = 50)
    void aDeltaCutShortOrAppliedToAnotherBaseIsCorruptNotAnotherObject(@ForAll long seed) throws IOException {
        Random random = new Random(seed);
        byte[] base = new byte[5_000 + random.nextInt(5_000)];
        random.nextBytes(base);
        byte[] target = targetFrom(base, random);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DeltaIndex(base).encode(out, target);
        byte[] delta = out.toByteArray();
        byte[] cut = Arrays.copyOf(delta, delta.length - 1 - random.nextInt(Math.max(1, delta.length / 2)));
        assertThrows(PackObjects.CorruptPackException.class, () -> DeltaPatch.apply(base, cut));
        assertThrows(PackObjects.CorruptPackException.class,
                () -> DeltaPatch.apply(Arrays.copyOf(base, base.length + 1), delta));
    }

    private static byte[] targetFrom(byte[] base, Random random) {
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        int pieces = 1 + random.nextInt(12);
        for (int i = 0; i < pieces; i++) {
            if (random.nextBoolean()) {
                int from = random.nextInt(base.length);
                int length = Math.min(base.length - from, random.nextInt(90_000));
                target.write(base, from, length);
            } else {
                byte[] fresh = new byte[random.nextInt(300)];
                random.nextBytes(fresh);
                target.write(fresh, 0, fresh.length);
            }
        }
        return target.toByteArray();
    }
}
