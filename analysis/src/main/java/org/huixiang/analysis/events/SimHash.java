package org.huixiang.analysis.events;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * 64-bit SimHash over tokens (Charikar): texts that share most of their words get fingerprints that
 * differ in few bits, so near-duplicates (reposts with a comment added, the same complaint copied
 * to several platforms) are found by Hamming distance instead of exact equality.
 */
public final class SimHash {

    /**
     * Words platforms add when a text is passed on; they say nothing about its content. A hash set,
     * not {@code Set.of}: every token is looked up and most are none of these, and the immutable
     * set's probe calls {@code equals} on each occupied slot it passes.
     */
    private static final Set<String> REPOST_MARKERS =
            new HashSet<>(List.of("转发", "转", "转载", "回复", "分享", "评论"));

    private SimHash() {}

    /**
     * The fingerprint of a token sequence; punctuation, whitespace and repost markers (转发, 回复) are
     * ignored.
     */
    public static long of(List<String> tokens) {
        // A word's weight is how often it occurs, so each occurrence votes once. The 64 tallies of
        // ones are kept as eight longs of eight byte-wide counters (lane k counts bits k, k+8, …,
        // k+56), so a token adds to all 64 with eight additions instead of 64; a byte holds 255,
        // so the lanes are emptied into the tallies every 255 tokens.
        long[] lanes = new long[8];
        int[] ones = new int[64];
        int voters = 0;
        int inLanes = 0;
        for (String token : tokens) {
            if (hasLetterOrDigit(token) && !REPOST_MARKERS.contains(token)) {
                long h = hash(token);
                for (int k = 0; k < 8; k++) {
                    lanes[k] += (h >>> k) & 0x0101010101010101L;
                }
                voters++;
                if (++inLanes == 255) {
                    empty(lanes, ones);
                    inLanes = 0;
                }
            }
        }
        empty(lanes, ones);
        long fingerprint = 0;
        for (int bit = 0; bit < 64; bit++) {
            // more ones than zeros among the votes
            if (2 * ones[bit] > voters) {
                fingerprint |= 1L << bit;
            }
        }
        return fingerprint;
    }

    private static void empty(long[] lanes, int[] ones) {
        for (int k = 0; k < 8; k++) {
            for (int j = 0; j < 8; j++) {
                ones[8 * j + k] += (int) ((lanes[k] >>> (8 * j)) & 0xff);
            }
            lanes[k] = 0;
        }
    }

    private static long fnv(long h, int octet) {
        return (h ^ (octet & 0xff)) * 0x100000001b3L;
    }

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    public static String hex(long fingerprint) {
        return java.util.HexFormat.of().toHexDigits(fingerprint);
    }

    private static boolean hasLetterOrDigit(String token) {
        for (int i = 0; i < token.length(); ) {
            int c = token.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /**
     * FNV-1a over UTF-8, finished with the SplitMix64 mixer so every bit depends on every byte. The
     * UTF-8 bytes are made on the fly (what {@code getBytes(UTF_8)} would give, a lone surrogate as
     * '?'), since fingerprints stored and held in state must not change.
     */
    static long hash(String token) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c < 0x80) {
                h = fnv(h, c);
            } else if (c < 0x800) {
                h = fnv(fnv(h, 0xc0 | (c >> 6)), 0x80 | (c & 0x3f));
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c)
                        && i + 1 < token.length()
                        && Character.isLowSurrogate(token.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, token.charAt(++i));
                    h = fnv(h, 0xf0 | (cp >> 18));
                    h = fnv(h, 0x80 | ((cp >> 12) & 0x3f));
                    h = fnv(h, 0x80 | ((cp >> 6) & 0x3f));
                    h = fnv(h, 0x80 | (cp & 0x3f));
                } else {
                    h = fnv(h, '?');
                }
            } else {
                h = fnv(h, 0xe0 | (c >> 12));
                h = fnv(h, 0x80 | ((c >> 6) & 0x3f));
                h = fnv(h, 0x80 | (c & 0x3f));
            }
        }
        h ^= h >>> 30;
        h *= 0xbf58476d1ce4e5b9L;
        h ^= h >>> 27;
        h *= 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }
}
