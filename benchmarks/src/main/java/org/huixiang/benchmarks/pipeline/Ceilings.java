package org.huixiang.benchmarks.pipeline;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.huixiang.common.elasticsearch.BulkRequests;
import org.huixiang.common.elasticsearch.IndexNames;
import org.huixiang.common.elasticsearch.IndexRequest;
import org.huixiang.common.kafka.ReliableProducers;
import org.huixiang.common.kafka.TopicSetup;

/**
 * The bare speed of each component the pipeline is built on, measured alone on the benchmark's own
 * records: what the pipeline could reach if that component were all it did. The CPU-bound ones
 * (segmentation, the analyzer) go through {@link Throughput}; these are the I/O ones.
 *
 * <p>Each call is one pass; {@link WarmPasses} repeats them until the rate is steady.
 */
public final class Ceilings {

    /** The sink's batch size, so the bare bulk indexing sends what the pipeline sends. */
    static final int BULK_BATCH = 500;

    /** One writer per parallel sink task of the default job (parallelism 2). */
    static final int BULK_IN_FLIGHT = 2;

    /** A scratch index the docs template covers, so it gets the mapping the pipeline writes to. */
    static final String SCRATCH_INDEX = IndexNames.DOCS_PREFIX + "bench-ceiling";

    /** Each pass gets a topic of its own: a deleted topic's name is not free again at once. */
    static final String SCRATCH_TOPIC_PREFIX = "huixiang.bench.ceiling-";

    /** As many partitions as the input topics of the embedded stack. */
    static final int PARTITIONS = 2;

    private Ceilings() {}

    /**
     * Records/s of producing {@code records} to a two-partition scratch topic (acks=all,
     * idempotent, as the pipeline's producers) while a consumer reads them back: from the first
     * send to the last record read.
     */
    public static double kafka(Map<String, String> client, List<byte[]> records) throws Exception {
        Properties props = new Properties();
        props.putAll(client);
        String topic = SCRATCH_TOPIC_PREFIX + System.nanoTime();
        try (Admin admin = Admin.create(props)) {
            admin.createTopics(List.of(new NewTopic(topic, PARTITIONS, (short) 1))).all().get();
            try {
                TopicSetup.awaitLeaders(admin, List.of(topic));
                return produceAndConsume(client, topic, records);
            } finally {
                admin.deleteTopics(List.of(topic)).all().get();
            }
        }
    }

    private static double produceAndConsume(
            Map<String, String> client, String topic, List<byte[]> records) throws Exception {
        Properties consumerProps = new Properties();
        consumerProps.putAll(client);
        consumerProps.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<byte[], byte[]> consumer =
                        new KafkaConsumer<>(
                                consumerProps,
                                new ByteArrayDeserializer(),
                                new ByteArrayDeserializer());
                KafkaProducer<byte[], byte[]> producer =
                        ReliableProducers.create(
                                client, Map.of(ProducerConfig.LINGER_MS_CONFIG, "5"))) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (int p = 0; p < PARTITIONS; p++) {
                partitions.add(new TopicPartition(topic, p));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long start = System.nanoTime();
            AtomicReference<Exception> failure = new AtomicReference<>();
            CompletableFuture<Void> produced =
                    CompletableFuture.runAsync(
                            () -> {
                                for (byte[] record : records) {
                                    producer.send(
                                            new ProducerRecord<>(topic, record),
                                            (metadata, e) -> {
                                                if (e != null) {
                                                    failure.compareAndSet(null, e);
                                                }
                                            });
                                }
                                producer.flush();
                            });
            long read = 0;
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (read < records.size()) {
                if (failure.get() != null || System.nanoTime() > deadline) {
                    throw new IllegalStateException(
                            "Kafka ceiling: read " + read + " of " + records.size() + " records",
                            failure.get());
                }
                read += consumer.poll(Duration.ofMillis(100)).count();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            produced.get();
            return records.size() / seconds;
        }
    }

    /**
     * Documents/s of bulk-indexing {@code requests} into a scratch index with the documents'
     * mapping, in the sink's batches and with its number of requests in flight, until searchable.
     * The scratch index is deleted afterwards.
     */
    public static double elasticsearch(
            ElasticsearchClient sync, ElasticsearchAsyncClient async, List<IndexRequest> requests)
            throws Exception {
        List<IndexRequest> scratch = new ArrayList<>(requests.size());
        for (IndexRequest request : requests) {
            scratch.add(IndexRequest.index(SCRATCH_INDEX, request.id(), request.source()));
        }
        sync.indices().create(c -> c.index(SCRATCH_INDEX));
        try {
            long start = System.nanoTime();
            bulk(async, scratch);
            sync.indices().refresh(r -> r.index(SCRATCH_INDEX));
            double seconds = (System.nanoTime() - start) / 1e9;
            long stored = sync.count(c -> c.index(SCRATCH_INDEX)).count();
            if (stored != scratch.size()) {
                throw new IllegalStateException(
                        "Elasticsearch ceiling: "
                                + stored
                                + " of "
                                + scratch.size()
                                + " documents stored");
            }
            return scratch.size() / seconds;
        } finally {
            sync.indices().delete(d -> d.index(SCRATCH_INDEX));
        }
    }

    private static void bulk(ElasticsearchAsyncClient async, List<IndexRequest> requests)
            throws InterruptedException, IOException {
        Semaphore inFlight = new Semaphore(BULK_IN_FLIGHT);
        AtomicReference<String> failure = new AtomicReference<>();
        for (int from = 0; from < requests.size() && failure.get() == null; from += BULK_BATCH) {
            List<IndexRequest> batch =
                    requests.subList(from, Math.min(requests.size(), from + BULK_BATCH));
            inFlight.acquire();
            async.bulk(BulkRequests.of(batch))
                    .whenComplete(
                            (BulkResponse response, Throwable error) -> {
                                if (error != null) {
                                    failure.compareAndSet(null, error.toString());
                                } else if (response.errors()) {
                                    failure.compareAndSet(null, "bulk items failed");
                                }
                                inFlight.release();
                            });
        }
        inFlight.acquire(BULK_IN_FLIGHT);
        if (failure.get() != null) {
            throw new IOException("Elasticsearch ceiling: " + failure.get());
        }
    }
}
