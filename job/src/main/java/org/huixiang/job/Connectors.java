package org.huixiang.job;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.huixiang.common.config.HuixiangConfig;
import org.huixiang.common.deadletter.DeadLetterCodec;
import org.huixiang.common.elasticsearch.ElasticsearchSink;
import org.huixiang.common.elasticsearch.IndexNames;
import org.huixiang.common.elasticsearch.IndexRequest;
import org.huixiang.common.elasticsearch.IndexRequestConverter;
import org.huixiang.common.elasticsearch.SearchDocument;
import org.huixiang.common.json.Json;
import org.huixiang.common.kafka.DeadLetterSerializer;
import org.huixiang.common.kafka.JsonRecordSerializer;
import org.huixiang.common.kafka.KafkaDeadLetterHandler;
import org.huixiang.common.kafka.RawRecord;
import org.huixiang.common.kafka.RawRecordDeserializer;
import org.huixiang.common.kafka.Topics;
import org.huixiang.common.model.Alert;
import org.huixiang.common.model.CitizenCase;
import org.huixiang.common.seeds.Seeds;
import org.huixiang.ingest.privacy.PiiKeys;

/** The real source and sinks of the job, built from the configuration. */
public final class Connectors {

    private Connectors() {}

    /**
     * A fetch waits for this much data, or {@link #FETCH_MAX_WAIT}: at a few hundred records a
     * second the client's default (1 byte) makes a fetch request per record or two, and the
     * requests, not the records, cost the broker and the job's fetcher their CPU. Settable through
     * {@code kafka.properties}.
     */
    static final int FETCH_MIN_BYTES = 32 * 1024;

    /**
     * How long a fetch may wait for {@link #FETCH_MIN_BYTES}: the most a record can be delayed by
     * it, a tenth of the alert hold. The client's default, 500 ms, would be half of it.
     */
    static final Duration FETCH_MAX_WAIT = Duration.ofMillis(100);

    /** Reads {@code topics} over {@code range}, transactional writes once committed only. */
    public static KafkaSource<RawRecord> source(
            HuixiangConfig config, List<String> topics, ReadRange range) {
        KafkaSourceBuilder<RawRecord> builder =
                KafkaSource.<RawRecord>builder()
                        .setBootstrapServers(config.kafka().bootstrapServers())
                        .setProperties(sourceProperties(config))
                        .setTopics(topics)
                        .setGroupId(config.kafka().groupId())
                        .setDeserializer(new RawRecordDeserializer())
                        .setProperty("isolation.level", "read_committed");
        range.applyTo(builder);
        return builder.build();
    }

    /** The sources' consumer settings: the fetch batching above, then the configured ones. */
    static Properties sourceProperties(HuixiangConfig config) {
        Properties props = new Properties();
        props.setProperty(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, Integer.toString(FETCH_MIN_BYTES));
        props.setProperty(
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, Long.toString(FETCH_MAX_WAIT.toMillis()));
        props.putAll(properties(config));
        return props;
    }

    /** How long ingest remembers a document id to drop exact re-sends. */
    public static final Duration DEDUP_RETENTION = Duration.ofDays(7);

    /** The application wired to the configured Kafka and Elasticsearch, reading {@code range}. */
    public static HuixiangJob job(
            HuixiangConfig config, Seeds seeds, PiiKeys keys, ReadRange range) {
        return new HuixiangJob(
                source(config, List.of(Topics.RAW_POSTS, Topics.RAW_MESSAGES), range),
                source(config, List.of(Topics.RESPONSES), range),
                sinks(config, keys.deadLetterCodec()),
                seeds,
                keys.parser(Clock.systemUTC()),
                new HuixiangJob.Settings(
                        config.flink().eventTime(),
                        DEDUP_RETENTION,
                        config.analysis(),
                        config.notifications(),
                        null));
    }

    /**
     * The real sinks; every dead letter, the job's and Elasticsearch's rejects, through {@code
     * codec}.
     */
    public static HuixiangJob.Sinks sinks(HuixiangConfig config, DeadLetterCodec codec) {
        return new HuixiangJob.Sinks(
                elasticsearchSink(config, codec, SearchDocument::indexRequest).build(),
                elasticsearchSink(config, codec, Connectors::alertRequest)
                        .maxTimeInBuffer(Duration.ofMillis(50))
                        .build(),
                kafkaSink(
                        config,
                        new JsonRecordSerializer<>(Topics.ALERTS, Alert::id),
                        TRANSACTIONAL_ID_PREFIX + "alerts"),
                elasticsearchSink(config, codec, Connectors::caseRequest).build(),
                kafkaSink(
                        config,
                        new JsonRecordSerializer<>(Topics.CASES, CitizenCase::id),
                        TRANSACTIONAL_ID_PREFIX + "cases"),
                kafkaSink(
                        config,
                        new DeadLetterSerializer(codec),
                        TRANSACTIONAL_ID_PREFIX + "deadletter"));
    }

    /**
     * Each alert revision is written with its revision as external version: never older over newer.
     */
    static IndexRequest alertRequest(Alert alert) {
        return IndexRequest.versioned(
                IndexNames.ALERTS, alert.id(), alert.revision(), Json.toBytes(alert));
    }

    /** A sink to Elasticsearch whose refused items become dead letters through {@code codec}. */
    private static <T> ElasticsearchSink.Builder<T> elasticsearchSink(
            HuixiangConfig config, DeadLetterCodec codec, IndexRequestConverter<T> converter) {
        return ElasticsearchSink.<T>builder()
                .connection(config.elasticsearch())
                .converter(converter)
                .rejectedItemHandler(
                        new KafkaDeadLetterHandler(config.kafka().clientProperties(), codec));
    }

    /** Each case revision with its revision as external version, as alerts are written. */
    static IndexRequest caseRequest(CitizenCase c) {
        return IndexRequest.versioned(IndexNames.CASES, c.id(), c.revision(), Json.toBytes(c));
    }

    /**
     * What the Kafka sinks' transactional ids begin with; the Kafka user's ACLs grant this prefix
     * (deploy/k8s). The sinks are at-least-once today and open no transactions, but a sink switched
     * to exactly-once would, and should not need new ACLs to start.
     */
    public static final String TRANSACTIONAL_ID_PREFIX = "huixiang-";

    private static <T> KafkaSink<T> kafkaSink(
            HuixiangConfig config,
            org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema<T> serializer,
            String transactionalIdPrefix) {
        return KafkaSink.<T>builder()
                .setBootstrapServers(config.kafka().bootstrapServers())
                .setKafkaProducerConfig(properties(config))
                .setRecordSerializer(serializer)
                .setTransactionalIdPrefix(transactionalIdPrefix)
                .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                .build();
    }

    private static Properties properties(HuixiangConfig config) {
        Properties props = new Properties();
        props.putAll(config.kafka().properties());
        return props;
    }
}
