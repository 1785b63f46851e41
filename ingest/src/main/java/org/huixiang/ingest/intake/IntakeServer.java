package org.huixiang.ingest.intake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.huixiang.common.config.IntakeSettings;
import org.huixiang.common.deadletter.DeadLetterCodec;
import org.huixiang.common.deadletter.DeadLetterReason;
import org.huixiang.common.json.Json;
import org.huixiang.common.kafka.Acks;
import org.huixiang.common.kafka.DeadLetterProducer;
import org.huixiang.common.kafka.ReliableProducers;
import org.huixiang.common.kafka.Topics;
import org.huixiang.common.model.DeadLetter;
import org.huixiang.common.model.DocumentKind;
import org.huixiang.common.model.Origin;
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

    private final HttpServer http;
    private final ExecutorService threads;
    private final IntakeTokens tokens;
    private final RecordParser parser;
    private final KafkaProducer<byte[], byte[]> records;
    private final DeadLetterProducer deadLetters;
    private final Clock clock;

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
        threads = Executors.newFixedThreadPool(8);
        http = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 64);
        http.createContext(PATH, this::handle);
        http.setExecutor(threads);
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
        IntakeServer server =
                new IntakeServer(
                        settings,
                        IntakeTokens.load(Path.of(settings.tokensFile())),
                        kafka,
                        parser,
                        codec,
                        Clock.systemUTC());
        server.http.start();
        return server;
    }

    public int port() {
        return http.getAddress().getPort();
    }

    /** What a request did: every record received is either accepted or rejected. */
    record Outcome(String producer, int received, int accepted, List<Rejection> rejected) {}

    /** A record the intake could not use: its place in the request and why. */
    record Rejection(int index, String reason, String detail) {}

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            DocumentKind kind =
                    switch (path) {
                        case PATH + "posts" -> DocumentKind.POST;
                        case PATH + "messages" -> DocumentKind.MESSAGE;
                        default -> null;
                    };
            if (kind == null) {
                error(exchange, 404, "not_found", "POST to " + PATH + "posts or messages");
                return;
            }
            if (!exchange.getRequestMethod().equals("POST")) {
                exchange.getResponseHeaders().set("Allow", "POST");
                error(exchange, 405, "method_not_allowed", "only POST is allowed here");
                return;
            }
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            String producer =
                    tokens.producerOf(
                                    auth != null && auth.startsWith("Bearer ")
                                            ? auth.substring(7).strip()
                                            : null)
                            .orElse(null);
            if (producer == null) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"intake\"");
                error(exchange, 401, "unauthorized", "a producer's bearer token is required");
                return;
            }
            String type = exchange.getRequestHeaders().getFirst("Content-Type");
            if (!IntakeBatch.accepts(type)) {
                error(
                        exchange,
                        415,
                        "unsupported_media_type",
                        "send application/json (one record) or application/x-ndjson (one per"
                                + " line), UTF-8");
                return;
            }
            byte[] body = readBody(exchange.getRequestBody());
            if (body == null) {
                error(
                        exchange,
                        413,
                        DeadLetterReason.TOO_LARGE.code(),
                        "the body is over "
                                + (MAX_BODY_BYTES >> 20)
                                + " MiB; send smaller batches");
                return;
            }
            List<byte[]> batch;
            try {
                batch = IntakeBatch.split(type, body);
            } catch (IllegalArgumentException e) {
                error(exchange, 400, "too_many_records", e.getMessage());
                return;
            }
            Outcome outcome;
            try {
                outcome = take(producer, kind, batch);
            } catch (IllegalStateException e) {
                LOG.error("intake from {} could not reach Kafka", producer, e);
                error(
                        exchange,
                        503,
                        "unavailable",
                        "Kafka did not take the records; send the request again (records are"
                                + " deduplicated by source and id)");
                return;
            }
            LOG.info(
                    "intake {} {}: {} received, {} accepted, {} rejected",
                    producer,
                    kind.name().toLowerCase(),
                    outcome.received(),
                    outcome.accepted(),
                    outcome.rejected().size());
            send(exchange, outcome.rejected().isEmpty() ? 202 : 422, Json.toBytes(outcome));
        } catch (RuntimeException e) {
            LOG.error("intake request failed", e);
            error(exchange, 500, "internal", "the intake failed; see its log");
        }
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

    /**
     * The body, or null when it is over the limit. An oversized body is still read on (up to a
     * bound) and dropped: closing a connection with unread bytes resets it, and the client would
     * lose the 413 that tells it why.
     */
    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        if (body.length <= MAX_BODY_BYTES) {
            return body;
        }
        long drained = 0;
        byte[] sink = new byte[64 << 10];
        int n;
        while (drained < 4L * MAX_BODY_BYTES && (n = in.read(sink)) > 0) {
            drained += n;
        }
        return null;
    }

    private static void error(HttpExchange exchange, int status, String code, String message)
            throws IOException {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", code);
        body.put("message", message);
        send(exchange, status, Json.toBytes(body));
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        http.stop(0);
        threads.shutdownNow();
        records.close();
        deadLetters.close();
    }
}
