package org.huixiang.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.huixiang.common.config.IntakeSettings;
import org.huixiang.common.deadletter.DeadLetterCodec;
import org.huixiang.common.kafka.Acks;
import org.huixiang.common.kafka.DeadLetterProducer;
import org.huixiang.common.kafka.ReliableProducers;
import org.huixiang.common.kafka.Topics;
import org.huixiang.common.model.DeadLetter;
import org.huixiang.common.model.DocumentKind;
import org.huixiang.common.model.Origin;
import org.huixiang.http.Access;
import org.huixiang.http.ApiException;
import org.huixiang.http.Call;
import org.huixiang.http.HttpService;
import org.huixiang.http.Reply;
import org.huixiang.http.Router;
import org.huixiang.ingest.parse.ParseOutcome;
import org.huixiang.ingest.parse.RecordParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP intake: feeds post new-media posts to {@code POST /intake/v1/posts} and citizen-message
 * systems post messages to {@code POST /intake/v1/messages}, with {@code Authorization: Bearer
 * <token>}. Each record is checked with the ingest parser at once, so the producer hears what is
 * wrong: a usable record goes to its raw topic (the job stores it), an unusable one to the
 * dead-letter topic with its reason. The reply counts both; see docs/contract.md, "Intake".
 */
public final class IntakeServer implements AutoCloseable {

    /** A request body beyond this is refused unread: batches of 1,000 posts stay far below. */
    public static final int MAX_BODY_BYTES = 16 << 20;

    /**
     * A rejected record's raw bytes beyond this are cut: the letter must fit the broker's limit.
     */
    static final int MAX_DEAD_RAW_BYTES = 64 << 10;

    private static final Logger LOG = LoggerFactory.getLogger(IntakeServer.class);
    private static final String PATH = "/intake/v1/";

    /** Requests at once: each waits for Kafka's acknowledgement of its whole batch. */
    private static final int THREADS = 8;

    private final IntakeTokens tokens;
    private final RecordParser parser;
    private final KafkaProducer<byte[], byte[]> records;
    private final DeadLetterProducer deadLetters;
    private final Clock clock;
    private final HttpService http;

    private IntakeServer(
            IntakeSettings settings,
            IntakeTokens tokens,
            Map<String, String> kafka,
            RecordParser parser,
            DeadLetterCodec codec,
            Clock clock)
            throws IOException {
        this.tokens = tokens;
        this.parser = parser;
        this.clock = clock;
        this.records =
                ReliableProducers.create(kafka, Map.of(ProducerConfig.LINGER_MS_CONFIG, "5"));
        this.deadLetters = new DeadLetterProducer(kafka, codec);
        Access producers = new ProducerAccess();
        Router router =
                new Router(
                                "intake",
                                call -> {
                                    throw new ApiException(
                                            404,
                                            "not_found",
                                            "POST to " + PATH + "posts or messages");
                                })
                        .add(
                                "POST",
                                PATH + "posts",
                                producers,
                                "New-media posts, one JSON object or NDJSON",
                                call -> take(call, DocumentKind.POST))
                        .add(
                                "POST",
                                PATH + "messages",
                                producers,
                                "Citizen messages, one JSON object or NDJSON",
                                call -> take(call, DocumentKind.MESSAGE));
        this.http =
                HttpService.start(
                        settings.host(),
                        settings.port(),
                        router,
                        Executors.newFixedThreadPool(THREADS));
    }

    /**
     * Starts the intake on the configured address.
     *
     * @throws IllegalStateException when no tokens file is configured
     */
    public static IntakeServer start(
            IntakeSettings settings,
            Map<String, String> kafka,
            RecordParser parser,
            DeadLetterCodec codec)
            throws IOException {
        if (settings.tokensFile() == null) {
            throw new IllegalStateException(
                    "the intake needs its producers' tokens: set intake.tokens_file (or"
                            + " HUIXIANG_INTAKE_TOKENS_FILE) to a file of 'producer token' lines");
        }
        return new IntakeServer(
                settings,
                IntakeTokens.load(Path.of(settings.tokensFile())),
                kafka,
                parser,
                codec,
                Clock.systemUTC());
    }

    public int port() {
        return http.port();
    }

    /** What a request did: every record received is either accepted or rejected. */
    record Outcome(String producer, int received, int accepted, List<Rejection> rejected) {}

    /** A record the intake could not use: its place in the request and why. */
    record Rejection(int index, String reason, String detail) {}

    /** A producer named by its bearer token; the producer's name is the call's principal. */
    private final class ProducerAccess implements Access {
        @Override
        public void admit(Call call) {
            String auth = call.header("Authorization");
            String token = auth != null && auth.startsWith("Bearer ") ? auth.substring(7) : null;
            String producer = tokens.producerOf(token == null ? null : token.strip()).orElse(null);
            if (producer == null) {
                call.setHeader("WWW-Authenticate", "Bearer realm=\"intake\"");
                throw ApiException.unauthorized("a producer's bearer token is required");
            }
            call.attach(producer);
        }

        @Override
        public String describe() {
            return "producer bearer token";
        }
    }

    private Reply take(Call call, DocumentKind kind) {
        String producer = call.principal(String.class);
        String type = call.header("Content-Type");
        if (!IntakeBatch.accepts(type)) {
            throw new ApiException(
                    415,
                    "unsupported_media_type",
                    "send application/json (one record) or application/x-ndjson (one per line),"
                            + " UTF-8");
        }
        byte[] body = call.bytes(MAX_BODY_BYTES);
        List<byte[]> batch;
        try {
            batch = IntakeBatch.split(type, body);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "too_many_records", e.getMessage());
        }
        Outcome outcome;
        try {
            outcome = take(producer, kind, batch);
        } catch (IllegalStateException e) {
            LOG.error("intake from {} could not reach Kafka", producer, e);
            throw new ApiException(
                    503,
                    "unavailable",
                    "Kafka did not take the records; send the request again (records are"
                            + " deduplicated by source and id)");
        }
        LOG.info(
                "intake {} {}: {} received, {} accepted, {} rejected",
                producer,
                kind.name().toLowerCase(),
                outcome.received(),
                outcome.accepted(),
                outcome.rejected().size());
        return Reply.json(outcome.rejected().isEmpty() ? 202 : 422, outcome);
    }

    /**
     * Accepted records to their raw topic, rejected ones to the dead-letter topic; waits for all of
     * them at once.
     */
    private Outcome take(String producer, DocumentKind kind, List<byte[]> batch) {
        String topic = kind == DocumentKind.POST ? Topics.RAW_POSTS : Topics.RAW_MESSAGES;
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        long now = clock.millis();
        for (int i = 0; i < batch.size(); i++) {
            byte[] record = batch.get(i);
            Origin origin = new Origin("intake/" + producer, 0, i, now);
            ParseOutcome outcome = parser.parse(kind, record, origin);
            if (outcome instanceof ParseOutcome.Rejected r) {
                sent.add(
                        deadLetters.sendAsync(
                                producer.getBytes(StandardCharsets.UTF_8),
                                new DeadLetter(
                                        r.reason(),
                                        kept(r.detail(), record),
                                        "intake",
                                        origin,
                                        head(record),
                                        clock.instant())));
                rejected.add(new Rejection(i, r.reason(), DeadLetterCodec.maskDetail(r.detail())));
            } else {
                ProducerRecord<byte[], byte[]> out =
                        new ProducerRecord<>(topic, null, now, null, record);
                out.headers().add("huixiang.producer", producer.getBytes(StandardCharsets.UTF_8));
                sent.add(records.send(out));
            }
        }
        Acks.awaitAll(sent);
        return new Outcome(producer, batch.size(), batch.size() - rejected.size(), rejected);
    }

    private static byte[] head(byte[] record) {
        return record.length <= MAX_DEAD_RAW_BYTES
                ? record
                : Arrays.copyOf(record, MAX_DEAD_RAW_BYTES);
    }

    private static String kept(String detail, byte[] record) {
        return record.length <= MAX_DEAD_RAW_BYTES
                ? detail
                : detail + " (raw keeps the first " + MAX_DEAD_RAW_BYTES + " bytes)";
    }

    @Override
    public void close() {
        http.close();
        records.close();
        deadLetters.close();
    }
}
