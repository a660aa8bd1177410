package vn.nennep.imports;

/**
 * The external ids already seen in one file, as 64-bit fingerprints in an open-addressing table: 8 to 16 bytes per
 * row instead of a string and a hash-set entry (about 100 bytes), so that a file at the 512 MB limit (some 3.7 million
 * rows) is checked for duplicates within a 512 MB heap. Two different ids share a fingerprint with a probability of
 * about n² / 2⁶⁵ (3 × 10⁻¹⁰ for 100,000 rows, 4 × 10⁻⁷ at the limit); the second would then be reported as a
 * duplicate, and nothing stored would change.
 */
final class SeenKeys {

    private long[] slots = new long[1 << 10];
    private int size;

    /** False when the key was seen before. */
    boolean add(String key) {
        long fingerprint = fingerprint(key);
        if (!insert(slots, fingerprint)) {
            return false;
        }
        size++;
        if (size > slots.length * 3 / 4) {
            long[] bigger = new long[slots.length * 2];
            for (long f : slots) {
                if (f != 0) {
                    insert(bigger, f);
                }
            }
            slots = bigger;
        }
        return true;
    }

    private static boolean insert(long[] table, long fingerprint) {
        int mask = table.length - 1;
        int i = (int) (fingerprint ^ (fingerprint >>> 32)) & mask;
        while (table[i] != 0) {
            if (table[i] == fingerprint) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = fingerprint;
        return true;
    }

    /** FNV-1a over the UTF-16 code units, then MurmurHash3's 64-bit finalizer; never 0 (0 marks an empty slot). */
    static long fingerprint(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
