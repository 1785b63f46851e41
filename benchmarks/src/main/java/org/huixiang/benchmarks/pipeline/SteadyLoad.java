package org.huixiang.benchmarks.pipeline;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.huixiang.common.elasticsearch.IndexNames;
import org.huixiang.common.json.Json;
import org.huixiang.common.kafka.ReliableProducers;
import org.huixiang.common.kafka.TopicOffsets;
import org.huixiang.common.kafka.Topics;

/**
 * Sends records at a steady rate into a running application and measures, per document, the time
 * from its Kafka append (the timestamp the record carries, taken as it is sent) to the moment it is
 * searchable in Elasticsearch and to the moment an alert revision naming it is on the alerts topic
 * ({@link AlertNamings}: what counts for the alert latency).
 *
 * <p>Two observers do the watching: one searches every {@value #SEARCH_EVERY_MS} ms for the
 * documents not seen yet, one reads the alerts topic. Both note the time they see a document, so
 * each latency is at most one polling period (plus one search) above the truth, never below it.
 */
final class SteadyLoad {

    static final int SEARCH_EVERY_MS = 100;
    private static final int SEARCH_BATCH = 1_000;

    /**
     * What one steady run measured.
     *
     * @param alerted documents named by an alert revision their arrival caused
     * @param namedAtOpening earlier members of an event, named when its alert opened
     */
    record Outcome(
            Latencies indexed,
            Latencies alerted,
            Latencies namedAtOpening,
            int sent,
            double seconds) {}

    /** A record to send and the id its document will have. */
    record Planned(BenchCorpus.Item item, String documentId) {}

    private final Map<String, String> kafka;
    private final ElasticsearchClient elasticsearch;
    private final PrintStream progress;

    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    private final Map<String, String> documentIdOf = new ConcurrentHashMap<>();
    private final Map<String, Long> indexedAfter = new ConcurrentHashMap<>();
    private final AlertNamings alertNamings = new AlertNamings(sentAt);
    private final AtomicReference<Exception> observerFailure = new AtomicReference<>();
    private volatile boolean stopped;

    SteadyLoad(Map<String, String> kafka, ElasticsearchClient elasticsearch, PrintStream progress) {
        this.kafka = kafka;
        this.elasticsearch = elasticsearch;
        this.progress = progress;
    }

    /**
     * Sends {@code planned} at {@code perSecond}, then waits up to {@code settle} for the last
     * documents to become searchable.
     */
    Outcome run(List<Planned> planned, int perSecond, Duration settle) throws Exception {
        Map<TopicPartition, Long> alertsFrom = TopicOffsets.latest(kafka, List.of(Topics.ALERTS));
        Thread searcher = observer("bench-search-observer", this::searchUntilStopped);
        Thread alertReader =
                observer("bench-alert-observer", () -> readAlertsUntilStopped(alertsFrom));
        long began = System.nanoTime();
        try {
            send(planned, perSecond);
            double seconds = (System.nanoTime() - began) / 1e9;
            long deadline = System.nanoTime() + settle.toNanos();
            while (indexedAfter.size() < planned.size() && System.nanoTime() < deadline) {
                Thread.sleep(SEARCH_EVERY_MS);
                failIfObserverFailed();
            }
            Thread.sleep(2_000); // alerts of the last documents
            failIfObserverFailed();
            return new Outcome(
                    Latencies.of(indexedAfter.values(), planned.size() - indexedAfter.size()),
                    alertNamings.caused(),
                    alertNamings.namedAtOpening(),
                    planned.size(),
                    seconds);
        } finally {
            stopped = true;
            searcher.join();
            alertReader.join();
        }
    }

    private void send(List<Planned> planned, int perSecond) throws Exception {
        long start = System.nanoTime();
        ProgressLine line = ProgressLine.of(progress);
        try (KafkaProducer<byte[], byte[]> producer =
                ReliableProducers.create(kafka, Map.of(ProducerConfig.LINGER_MS_CONFIG, "0"))) {
            for (int i = 0; i < planned.size(); i++) {
                long due = start + i * 1_000_000_000L / perSecond;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                Planned next = planned.get(i);
                long now = System.currentTimeMillis();
                documentIdOf.put(next.item().sourceId(), next.documentId());
                sentAt.put(next.documentId(), now);
                producer.send(
                        new ProducerRecord<>(
                                next.item().topic(), null, now, null, next.item().json()));
                if ((i + 1) % perSecond == 0) {
                    line.update(
                            String.format(
                                    "  steady load: %d/%d sent, %d searchable",
                                    i + 1, planned.size(), indexedAfter.size()));
                }
            }
            producer.flush();
        }
        line.done();
        failIfObserverFailed();
    }

    private interface Observation {
        void run() throws Exception;
    }

    private Thread observer(String name, Observation observation) {
        Thread thread =
                new Thread(
                        () -> {
                            try {
                                observation.run();
                            } catch (Exception e) {
                                observerFailure.compareAndSet(null, e);
                            }
                        },
                        name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private void failIfObserverFailed() throws Exception {
        Exception failure = observerFailure.get();
        if (failure != null) {
            throw new IllegalStateException("a benchmark observer failed: " + failure, failure);
        }
    }

    private void searchUntilStopped() throws IOException, InterruptedException {
        while (!stopped) {
            List<FieldValue> pending = new ArrayList<>();
            for (var entry : documentIdOf.entrySet()) {
                if (!indexedAfter.containsKey(entry.getValue())) {
                    pending.add(FieldValue.of(entry.getKey()));
                    if (pending.size() == SEARCH_BATCH) {
                        break;
                    }
                }
            }
            if (!pending.isEmpty()) {
                var hits =
                        elasticsearch
                                .search(
                                        s ->
                                                s.index(IndexNames.DOCS_ALIAS)
                                                        .size(pending.size())
                                                        .source(
                                                                src ->
                                                                        src.filter(
                                                                                f ->
                                                                                        f.includes(
                                                                                                "source_id")))
                                                        .query(
                                                                q ->
                                                                        q.terms(
                                                                                t ->
                                                                                        t.field(
                                                                                                        "source_id")
                                                                                                .terms(
                                                                                                        v ->
                                                                                                                v
                                                                                                                        .value(
                                                                                                                                pending)))),
                                        JsonNode.class)
                                .hits()
                                .hits();
                long now = System.currentTimeMillis();
                for (var hit : hits) {
                    String documentId = documentIdOf.get(hit.source().get("source_id").asText());
                    if (documentId != null) {
                        indexedAfter.computeIfAbsent(documentId, id -> now - sentAt.get(id));
                    }
                }
            }
            Thread.sleep(SEARCH_EVERY_MS);
        }
    }

    private void readAlertsUntilStopped(Map<TopicPartition, Long> from) throws IOException {
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(
                        new HashMap<String, Object>(kafka),
                        new ByteArrayDeserializer(),
                        new ByteArrayDeserializer())) {
            consumer.assign(from.keySet());
            from.forEach(consumer::seek);
            while (!stopped) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(50))) {
                    long now = System.currentTimeMillis();
                    JsonNode alert = Json.mapper().readTree(record.value());
                    List<String> documentIds = new ArrayList<>();
                    alert.path("documents").forEach(d -> documentIds.add(d.path("id").asText()));
                    alertNamings.observe(alert.path("revision").asLong(), documentIds, now);
                }
            }
        }
    }
}
