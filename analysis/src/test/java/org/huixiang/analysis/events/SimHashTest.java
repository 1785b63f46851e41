package org.huixiang.analysis.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimHashTest {

    /** The hash as first written: FNV-1a over {@code getBytes(UTF_8)}, then SplitMix64. */
    private static long overEncodedBytes(String token) {
        long h = 0xcbf29ce484222325L;
        for (byte b : token.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 30;
        h *= 0xbf58476d1ce4e5b9L;
        h ^= h >>> 27;
        h *= 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }

    @Test
    void tokenHashesStayWhatStoredFingerprintsWereMadeWith() {
        for (String token :
                List.of(
                        "",
                        "a",
                        "PM2.5",
                        "é",
                        "ß",
                        "拖欠工资",
                        "庆符镇",
                        "１２３４５",
                        "😡",
                        "怒😡了",
                        "\ud83d",
                        "a\udc00b",
                        "\ud83d\ud83d\ude21",
                        "\u07ff\u0800\uffff")) {
            assertThat(SimHash.hash(token)).as(token).isEqualTo(overEncodedBytes(token));
        }
    }

    /** The fingerprint as first written: each distinct token votes with its count. */
    private static long overCounts(List<String> tokens) {
        java.util.Map<String, Integer> weights = new java.util.TreeMap<>();
        for (String token : tokens) {
            if (token.codePoints().anyMatch(Character::isLetterOrDigit) && !token.equals("转发")) {
                weights.merge(token, 1, Integer::sum);
            }
        }
        int[] votes = new int[64];
        weights.forEach(
                (token, weight) -> {
                    long h = overEncodedBytes(token);
                    for (int bit = 0; bit < 64; bit++) {
                        votes[bit] += ((h >>> bit) & 1) == 1 ? weight : -weight;
                    }
                });
        long fingerprint = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (votes[bit] > 0) {
                fingerprint |= 1L << bit;
            }
        }
        return fingerprint;
    }

    @Test
    void fingerprintsStayWhatStoredOnesWereMadeWith() {
        List<String> tokens =
                List.of(
                        "转发", "庆符镇", "工地", "拖欠", "工资", "，", "拖欠", "半年", "工资", "拖欠", "PM2.5", "😡",
                        "农民工", "讨薪", "。");
        for (int from = 0; from < tokens.size(); from++) {
            List<String> part = tokens.subList(from, tokens.size());
            assertThat(SimHash.of(part)).as(part.toString()).isEqualTo(overCounts(part));
        }
    }

    @Test
    void longTextsVoteLikeShortOnes() {
        // beyond 255 voting tokens the byte-wide tallies are emptied: same fingerprints as counting
        List<String> words = List.of("拖欠", "工资", "庆符镇", "讨薪", "农民工", "半年", "工地", "，", "转发");
        java.util.Random random = new java.util.Random(7);
        List<String> tokens = new java.util.ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            tokens.add(
                    words.get(random.nextInt(words.size()))
                            + (random.nextInt(4) == 0 ? i % 37 : ""));
            if (i == 254 || i == 255 || i == 509 || i == 1_199) {
                assertThat(SimHash.of(tokens)).as("%d tokens", i + 1).isEqualTo(overCounts(tokens));
            }
        }
    }

    @Test
    void nearDuplicatesAreCloseAndPunctuationAndRepostMarkersDoNotCount() {
        long a = SimHash.of(List.of("庆符镇", "工地", "拖欠", "工资", "半年", "农民工", "讨薪"));
        long b = SimHash.of(List.of("转发", "庆符镇", "工地", "拖欠", "工资", "半年", "农民工", "讨薪", "！"));
        long c = SimHash.of(List.of("沙河镇", "停水", "三天", "自来水", "发黄", "异味"));
        assertThat(SimHash.distance(a, b)).isZero();
        assertThat(SimHash.distance(a, c)).isGreaterThan(10);
    }
}
