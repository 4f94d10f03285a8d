package org.oxidation.git;

/**
 * Applies a git pack delta to its base: the delta's head states both sizes, then copy instructions (a
 * range of the base) and insert instructions (bytes carried in the delta) build the result in order.
 * Stateless and thread-safe.
 */
final class DeltaPatch {

    private DeltaPatch() {
    }

    /** The object {@code delta} makes of {@code base}; a delta that does not fit its base is corrupt. */
    static byte[] apply(byte[] base, byte[] delta) throws PackObjects.CorruptPackException {
        try {
            return patch(base, delta);
        } catch (ArrayIndexOutOfBoundsException e) {
            throw new PackObjects.CorruptPackException("delta ends inside an instruction");
        }
    }

    private static byte[] patch(byte[] base, byte[] delta) throws PackObjects.CorruptPackException {
        int[] at = {0};
        long baseSize = PackObjects.readVarint(delta, at, delta.length);
        long resultSize = PackObjects.readVarint(delta, at, delta.length);
        if (baseSize != base.length || resultSize > Integer.MAX_VALUE - 16) {
            throw new PackObjects.CorruptPackException("delta for a base of " + baseSize + " bytes applied to "
                    + base.length);
        }
        byte[] out = new byte[(int) resultSize];
        int o = 0;
        int p = at[0];
        while (p < delta.length) {
            int cmd = delta[p++] & 0xff;
            if ((cmd & 0x80) != 0) {
                long offset = 0;
                int length = 0;
                for (int bit = 0; bit < 4; bit++) {
                    if ((cmd & (1 << bit)) != 0) {
                        offset |= (long) (delta[p++] & 0xff) << (8 * bit);
                    }
                }
                for (int bit = 0; bit < 3; bit++) {
                    if ((cmd & (0x10 << bit)) != 0) {
                        length |= (delta[p++] & 0xff) << (8 * bit);
                    }
                }
                if (length == 0) {
                    length = 0x10000;
                }
                if (offset + length > base.length || o + length > out.length) {
                    throw new PackObjects.CorruptPackException("delta copies past its base or result");
                }
                System.arraycopy(base, (int) offset, out, o, length);
                o += length;
            } else if (cmd != 0) {
                if (p + cmd > delta.length || o + cmd > out.length) {
                    throw new PackObjects.CorruptPackException("delta inserts past its end or result");
                }
                System.arraycopy(delta, p, out, o, cmd);
                p += cmd;
                o += cmd;
            } else {
                throw new PackObjects.CorruptPackException("delta has the reserved instruction 0");
            }
        }
        if (o != out.length) {
            throw new PackObjects.CorruptPackException("delta makes " + o + " of its " + out.length + " bytes");
        }
        return out;
    }
}
