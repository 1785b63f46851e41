package org.huixiang.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.TopicPartition;
import org.huixiang.app.run.RunSummary;
import org.huixiang.common.config.HuixiangConfig;
import org.huixiang.common.config.IntakeSettings;
import org.huixiang.common.json.Json;
import org.huixiang.common.kafka.TopicOffsets;
import org.huixiang.common.kafka.Topics;
import org.huixiang.common.model.DeadLetter;
import org.huixiang.common.model.DocumentKind;
import org.huixiang.ingest.badinput.BadInputCorpus;
import org.huixiang.intake.IntakeServer;
import org.huixiang.intake.IntakeTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTTP intake on the real stack: the bad-input corpus posted record by record, and what is
 * wrong with a request itself. Every record posted is either accepted onto its raw topic (and then
 * stored or dropped as a duplicate by the job) or dead-lettered at once with its reason; refused
 * requests write nothing.
 */
class IntakeIT {

    @TempDir static Path dir;

    private static HuixiangConfig config;
    private static IntakeServer intake;
    private static String token;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        config = TestConsole.config();
        Path tokens = dir.resolve("intake-tokens");
        IntakeTokens.createIfAbsent(tokens, List.of("it-feed", "it-12345"));
        token = Files.readAllLines(tokens).get(1).split(" ")[1];
        intake =
                IntakeServer.start(
                        IntakeSettings.defaults().withPort(0).withTokensFile(tokens.toString()),
                        config.kafka().clientProperties(),
                        TestRuns.KEYS.parser(Clock.systemUTC()),
                        TestRuns.KEYS.deadLetterCodec());
    }

    @AfterAll
    static void stop() {
        intake.close();
    }

    @Test
    void everyCorpusRecordIsAcceptedOrDeadLetteredWithItsReasonAndTheCountsReconcile()
            throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<BadInputCorpus.Case> cases = BadInputCorpus.forRun(run);
        Map<TopicPartition, Long> lettersStart = letterOffsets();
        Map<String, HttpResponse<String>> replies = new HashMap<>();

        RunSummary summary =
                TestRuns.bounded(config)
                        .run(
                                kafka -> {
                                    for (BadInputCorpus.Case c : cases) {
                                        replies.put(
                                                c.name(),
                                                post(
                                                        path(c.kind()),
                                                        "application/json",
                                                        c.bytes()));
                                    }
                                    return Instant.now();
                                });

        List<String> deadReasons = new ArrayList<>();
        for (BadInputCorpus.Case c : cases) {
            HttpResponse<String> reply = replies.get(c.name());
            JsonNode body = Json.mapper().readTree(reply.body());
            if (c.reason() == null) {
                assertThat(reply.statusCode()).as(c.name()).isEqualTo(202);
                assertThat(body.path("accepted").asInt()).as(c.name()).isEqualTo(1);
            } else {
                assertThat(reply.statusCode()).as(c.name()).isEqualTo(422);
                assertThat(body.path("accepted").asInt()).as(c.name()).isZero();
                assertThat(body.path("rejected").get(0).path("reason").asText())
                        .as(c.name())
                        .isEqualTo(c.reason());
                deadReasons.add(c.reason());
            }
        }
        // the job saw only what the intake accepted, and stored all of it but the re-sent id
        long accepted = cases.stream().filter(c -> c.reason() == null).count();
        assertThat(summary.recordsIn()).isEqualTo(accepted);
        assertThat(summary.documentsIndexed())
                .isEqualTo(cases.stream().filter(BadInputCorpus.Case::stored).count());
        assertThat(summary.duplicatesDropped()).isEqualTo(1);
        assertThat(summary.deadLettered()).isZero();
        assertThat(summary.reconciled()).isTrue();
        // and the intake's own letters hold the reasons and, sealed, the bytes posted
        List<DeadLetter> letters = KafkaTopics.deadLetters(config, lettersStart);
        assertThat(letters)
                .extracting(DeadLetter::reason)
                .containsExactlyInAnyOrderElementsOf(deadReasons);
        for (DeadLetter letter : letters) {
            assertThat(letter.stage()).isEqualTo("intake");
            assertThat(letter.origin().topic()).isEqualTo("intake/it-feed");
            assertThat(cases)
                    .as("raw bytes of a %s letter", letter.reason())
                    .anyMatch(
                            c ->
                                    Arrays.equals(
                                            Arrays.copyOf(c.bytes(), letter.raw().length),
                                            letter.raw()));
        }
    }

    @Test
    void theDeadLettersCommandCountsLettersAndOpensTheirBytesWithTheKey() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String bad = "{\"source\": \"weibo\", \"id\": \"" + run + "\", \"text\": \"没有结束";
        post("posts", "application/json", bad.getBytes(StandardCharsets.UTF_8));
        Path key = dir.resolve("pii.key");
        Files.writeString(key, TestRuns.SECRET);
        Path yaml = dir.resolve("huixiang.yaml");
        Files.writeString(
                yaml,
                "kafka: {bootstrap_servers: \"" + config.kafka().bootstrapServers() + "\"}\n");

        CliRun sealed =
                CliRun.run(
                        "deadletters", "--reason", "malformed_json", "--config", yaml.toString());
        CliRun opened =
                CliRun.run(
                        "deadletters",
                        "--reason",
                        "malformed_json",
                        "--last",
                        "1",
                        "--raw",
                        "--key-file",
                        key.toString(),
                        "--config",
                        yaml.toString());

        assertThat(sealed.code()).as(sealed.err()).isZero();
        assertThat(sealed.out())
                .containsPattern("intake +malformed_json +\\d+")
                .doesNotContain(run);
        assertThat(opened.code()).as(opened.err()).isZero();
        assertThat(opened.out()).contains("raw: " + bad);
        Files.writeString(key, "another-key-of-enough-length");
        CliRun wrongKey =
                CliRun.run(
                        "deadletters",
                        "--last",
                        "1",
                        "--raw",
                        "--key-file",
                        key.toString(),
                        "--config",
                        yaml.toString());
        assertThat(wrongKey.code()).isNotZero();
        assertThat(wrongKey.err()).contains("sealed with another key");
    }

    @Test
    void aBatchTakesItsGoodRecordsAndNamesTheBadOnesByPosition() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String good =
                "{\"channel\": \"12345\", \"id\": \"%s-%d\", \"body\": \"庆符镇路灯坏了\","
                        + " \"submitted_at\": \"2026-11-20 10:00:00\"}";
        String batch =
                String.format(good, run, 1)
                        + "\n\n{\"channel\": \"12345\", \"id\": \"broken\n"
                        + String.format(good, run, 2)
                        + "\r\n";
        Map<TopicPartition, Long> letters = letterOffsets();
        Map<TopicPartition, Long> raw = rawOffsets();

        HttpResponse<String> reply =
                post("messages", "application/x-ndjson", batch.getBytes(StandardCharsets.UTF_8));

        assertThat(reply.statusCode()).isEqualTo(422);
        JsonNode body = Json.mapper().readTree(reply.body());
        assertThat(body.path("received").asInt()).isEqualTo(3);
        assertThat(body.path("accepted").asInt()).isEqualTo(2);
        assertThat(body.path("rejected").get(0).path("index").asInt()).isEqualTo(1);
        assertThat(body.path("rejected").get(0).path("reason").asText())
                .isEqualTo("malformed_json");
        assertThat(TopicOffsets.appended(raw, rawOffsets())).isEqualTo(2);
        assertThat(TopicOffsets.appended(letters, letterOffsets())).isEqualTo(1);
    }

    @Test
    void aRequestThatIsWrongAsAWholeIsRefusedAndWritesNothing() throws Exception {
        byte[] record =
                "{\"source\": \"weibo\", \"id\": \"never\", \"text\": \"不该写入\", \"published_at\":"
                        .concat(" \"2026-11-20T10:00:00+08:00\"}")
                        .getBytes(StandardCharsets.UTF_8);
        Map<TopicPartition, Long> letters = letterOffsets();
        Map<TopicPartition, Long> raw = rawOffsets();
        URI posts = uri("posts");

        assertThat(send(request(posts, "application/json", record, null)).statusCode())
                .as("no token")
                .isEqualTo(401);
        assertThat(send(request(posts, "application/json", record, "x".repeat(43))).statusCode())
                .as("wrong token")
                .isEqualTo(401);
        assertThat(send(HttpRequest.newBuilder(posts).GET().build()).statusCode())
                .as("GET")
                .isEqualTo(405);
        assertThat(send(request(uri("comments"), "application/json", record, token)).statusCode())
                .as("unknown kind")
                .isEqualTo(404);
        assertThat(send(request(posts, "text/plain", record, token)).statusCode())
                .as("not JSON")
                .isEqualTo(415);
        assertThat(
                        post(
                                        "posts",
                                        "application/x-ndjson",
                                        "{}\n".repeat(1001).getBytes(StandardCharsets.UTF_8))
                                .statusCode())
                .as("too many records")
                .isEqualTo(400);
        HttpResponse<String> huge =
                post("posts", "application/json", new byte[IntakeServer.MAX_BODY_BYTES + 1]);
        assertThat(huge.statusCode()).as("body over 16 MiB").isEqualTo(413);

        assertThat(TopicOffsets.appended(raw, rawOffsets())).isZero();
        assertThat(TopicOffsets.appended(letters, letterOffsets())).isZero();
    }

    private static String path(DocumentKind kind) {
        return kind == DocumentKind.POST ? "posts" : "messages";
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + intake.port() + "/intake/v1/" + path);
    }

    private static HttpResponse<String> post(String path, String type, byte[] body)
            throws Exception {
        return send(request(uri(path), type, body, token));
    }

    private static HttpRequest request(URI uri, String type, byte[] body, String bearer) {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(uri)
                        .header("Content-Type", type)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return b.build();
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static Map<TopicPartition, Long> letterOffsets() {
        return TopicOffsets.latest(config.kafka().clientProperties(), List.of(Topics.DEADLETTER));
    }

    private static Map<TopicPartition, Long> rawOffsets() {
        return TopicOffsets.latest(
                config.kafka().clientProperties(), List.of(Topics.RAW_POSTS, Topics.RAW_MESSAGES));
    }
}
