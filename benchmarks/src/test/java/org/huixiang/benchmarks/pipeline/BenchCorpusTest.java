package org.huixiang.benchmarks.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.huixiang.common.model.DocumentKind;
import org.huixiang.common.model.Origin;
import org.huixiang.common.seeds.SeedLoader;
import org.huixiang.common.seeds.Seeds;
import org.huixiang.ingest.parse.ParseOutcome;
import org.huixiang.ingest.parse.RecordParser;
import org.huixiang.ingest.privacy.PiiKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCorpusTest {

    private static final Path SAMPLES = Path.of("..", "seeds", "samples");
    private static final Instant AT = Instant.parse("2026-11-20T02:00:00Z");

    private final Seeds seeds = SeedLoader.loadDefault();

    private BenchCorpus corpus(long seed, int size) throws IOException {
        return BenchCorpus.generate(
                TextPool.samples(SAMPLES, text -> text.contains("工资") ? "wage" : ""),
                seeds.regions(),
                size,
                seed,
                "bench-test",
                AT);
    }

    @Test
    void theSameSeedGivesTheSameRecordsAndAnotherSeedOthers() throws IOException {
        List<BenchCorpus.Item> one = corpus(7, 200).items();
        List<BenchCorpus.Item> again = corpus(7, 200).items();
        List<BenchCorpus.Item> other = corpus(8, 200).items();
        for (int i = 0; i < one.size(); i++) {
            assertThat(one.get(i).json()).isEqualTo(again.get(i).json());
        }
        assertThat(one.get(0).json()).isNotEqualTo(other.get(0).json());
    }

    @Test
    void everyRecordIsOneTheJobAcceptsWithAUniqueIdAndItsContactMasked() throws IOException {
        BenchCorpus corpus = corpus(1, 2_000);
        RecordParser parser =
                new PiiKeys("test-secret-0123456789abcdef".getBytes(StandardCharsets.UTF_8))
                        .parser(Clock.systemUTC());
        Set<String> ids = new HashSet<>();
        long masked = 0;
        for (BenchCorpus.Item item : corpus.items()) {
            ParseOutcome outcome =
                    parser.parse(item.kind(), item.json(), new Origin(item.topic(), 0, 0, 0));
            assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
            var document = ((ParseOutcome.Parsed) outcome).document();
            assertThat(ids.add(document.id())).isTrue();
            assertThat(item.sourceId()).startsWith("bench-test-");
            if (item.kind() == DocumentKind.MESSAGE) {
                assertThat(document.contact().phone()).doesNotMatch(".*\\d{11}.*");
                masked++;
            }
        }
        assertThat(masked).isEqualTo(corpus.size() - corpus.posts());
    }

    @Test
    void halfArePostsAndLengthsFollowRealTraffic() throws IOException {
        BenchCorpus corpus = corpus(3, 4_000);
        assertThat(corpus.posts()).isBetween(1_800L, 2_200L);
        int[] lengths = corpus.sortedLengths();
        assertThat(lengths[0]).isGreaterThanOrEqualTo(20);
        assertThat(lengths[lengths.length - 1]).isLessThanOrEqualTo(4_000);
        // posts around 120 characters, messages around 230: the middle of the mix in between
        assertThat(lengths[lengths.length / 2]).isBetween(140, 210);
        assertThat(Arrays.stream(lengths).average().orElseThrow()).isBetween(180.0, 260.0);
    }

    @Test
    void aComposedTextStaysWithTheTopicOfItsFirstSentence(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("posts.jsonl"),
                "{\"text\": \"工资拖欠了三个月。\"}\n{\"text\": \"老板还不发工资。\"}\nnot json\n");
        Files.writeString(
                dir.resolve("messages.jsonl"),
                "{\"body\": \"路灯坏了没人修。\"}\n{\"body\": \"晚上路上很黑。\"}\n");
        TextPool pool = TextPool.samples(dir, text -> text.contains("工资") ? "wage" : "streetlight");
        Random random = new Random(5);
        for (int i = 0; i < 50; i++) {
            String text = pool.text(random, 60);
            assertThat(text).hasSizeLessThanOrEqualTo(60);
            boolean wage = text.startsWith("工资") || text.startsWith("老板");
            assertThat(text.contains("路灯") || text.contains("路上")).isNotEqualTo(wage);
        }
    }

    @Test
    void realTextsAreUsedWholeAndCutOnlyAtTheLimit(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("real.csv");
        Files.writeString(csv, "id,text\n1,\"很短的一条\"\n2,\"" + "长".repeat(300) + "\"\n");
        TextPool pool = TextPool.csv(csv, "text", 100);
        Set<Integer> lengths = new HashSet<>();
        Random random = new Random(1);
        for (int i = 0; i < 20; i++) {
            lengths.add(pool.text(random, 200).length());
        }
        assertThat(lengths).containsExactlyInAnyOrder(5, 100);
    }
}
