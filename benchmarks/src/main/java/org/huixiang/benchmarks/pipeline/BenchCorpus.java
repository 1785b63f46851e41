package org.huixiang.benchmarks.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.huixiang.common.json.Json;
import org.huixiang.common.kafka.Topics;
import org.huixiang.common.model.DocumentKind;
import org.huixiang.common.seeds.Region;

/**
 * The benchmark's input: raw posts and citizen messages in the shape the intake receives, the same
 * for the same seed. Half are posts (微博, 微信, 抖音, news, forums), half are messages (12345, 留言板, 信箱)
 * with a contact and an address, so masking has its real work to do. Lengths follow real traffic:
 * posts log-normal around 120 characters, messages around 230 (the median of the real 问政 messages
 * is 236); the texts come from a {@link TextPool}.
 */
public final class BenchCorpus {

    /** One raw record and where it goes. */
    public record Item(DocumentKind kind, String sourceId, byte[] json, int chars) {
        public String topic() {
            return kind == DocumentKind.POST ? Topics.RAW_POSTS : Topics.RAW_MESSAGES;
        }
    }

    private static final String[] POST_SOURCES = {
        "weibo", "weibo", "weibo", "wechat", "wechat", "douyin", "douyin", "news", "forum", "forum"
    };
    private static final String[] CHANNELS = {"12345", "12345", "12345", "留言板", "留言板", "信箱"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴"};
    private static final String[] GIVEN = {"秀英", "建国", "小红", "志强", "丽", "伟", "敏", "军", "芳", "海"};
    private static final int MIN_CHARS = 20;
    private static final int MAX_CHARS = 4_000;

    private final List<Item> items;

    private BenchCorpus(List<Item> items) {
        this.items = List.copyOf(items);
    }

    /**
     * {@code size} records; ids start with {@code idPrefix} so that runs never collide with each
     * other or with real data, and every record is stamped {@code publishedAt}.
     */
    public static BenchCorpus generate(
            TextPool pool, List<Region> regions, int size, long seed, String idPrefix) {
        return generate(pool, regions, size, seed, idPrefix, Instant.now());
    }

    static BenchCorpus generate(
            TextPool pool,
            List<Region> regions,
            int size,
            long seed,
            String idPrefix,
            Instant publishedAt) {
        Random random = new Random(seed);
        List<Item> items = new ArrayList<>(size);
        for (int n = 0; n < size; n++) {
            boolean post = random.nextBoolean();
            int target = length(random, post ? 120 : 230, post ? 0.7 : 0.6);
            String text = pool.text(random, target);
            String id = idPrefix + "-" + n;
            String town = regions.get(random.nextInt(regions.size())).name();
            Map<String, Object> record =
                    post
                            ? post(random, id, text, town, publishedAt)
                            : message(random, id, text, town, publishedAt);
            items.add(
                    new Item(
                            post ? DocumentKind.POST : DocumentKind.MESSAGE,
                            id,
                            Json.toBytes(record),
                            text.length()));
        }
        return new BenchCorpus(items);
    }

    public List<Item> items() {
        return items;
    }

    public int size() {
        return items.size();
    }

    /** Characters of text per record, sorted. */
    public int[] sortedLengths() {
        return items.stream().mapToInt(Item::chars).sorted().toArray();
    }

    public long posts() {
        return items.stream().filter(i -> i.kind() == DocumentKind.POST).count();
    }

    private static int length(Random random, double median, double sigma) {
        double drawn = median * Math.exp(sigma * random.nextGaussian());
        return (int) Math.max(MIN_CHARS, Math.min(MAX_CHARS, Math.round(drawn)));
    }

    private static Map<String, Object> post(
            Random random, String id, String text, String town, Instant at) {
        String source = POST_SOURCES[random.nextInt(POST_SOURCES.length)];
        boolean verified = random.nextInt(10) == 0;
        Map<String, Object> post = new LinkedHashMap<>();
        post.put("source", source);
        post.put("id", id);
        post.put("url", "https://example." + source + ".cn/bench/" + id);
        post.put(
                "author",
                Map.of(
                        "name",
                        verified ? "高县发布" : "网友" + random.nextInt(10_000),
                        "id",
                        "u" + random.nextInt(1_000_000),
                        "verified",
                        verified,
                        "followers",
                        (int) Math.exp(4 + 4 * random.nextDouble())));
        post.put("text", text);
        post.put("published_at", at.toString());
        int views = (int) Math.exp(3 + 6 * random.nextDouble());
        post.put(
                "engagement",
                Map.of(
                        "reposts", views / 50,
                        "comments", views / 30,
                        "likes", views / 10,
                        "views", views));
        if (random.nextInt(3) == 0) {
            post.put("location", "四川省宜宾市高县" + town);
        }
        return post;
    }

    private static Map<String, Object> message(
            Random random, String id, String body, String town, Instant at) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("channel", CHANNELS[random.nextInt(CHANNELS.length)]);
        message.put("id", id);
        message.put("subject", body.substring(0, Math.min(20, body.length())));
        message.put("body", body);
        message.put("submitted_at", at.toString());
        message.put(
                "contact",
                Map.of(
                        "name",
                        SURNAMES[random.nextInt(SURNAMES.length)]
                                + GIVEN[random.nextInt(GIVEN.length)],
                        "phone",
                        "1"
                                + (35 + random.nextInt(55))
                                + String.format("%08d", random.nextInt(100_000_000))));
        message.put(
                "address",
                "四川省宜宾市高县"
                        + town
                        + (1 + random.nextInt(20))
                        + "组"
                        + (1 + random.nextInt(60))
                        + "号");
        return message;
    }
}
