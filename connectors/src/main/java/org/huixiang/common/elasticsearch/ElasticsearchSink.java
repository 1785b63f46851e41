package org.huixiang.common.elasticsearch;

import java.io.IOException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.apache.flink.api.connector.sink2.StatefulSinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.connector.base.sink.AsyncSinkBase;
import org.apache.flink.connector.base.sink.writer.BufferedRequestState;
import org.apache.flink.connector.base.sink.writer.ElementConverter;
import org.apache.flink.connector.base.sink.writer.config.AsyncSinkWriterConfiguration;
import org.apache.flink.core.io.SimpleVersionedSerializer;
import org.huixiang.common.config.ElasticsearchConnection;
import org.huixiang.common.elasticsearch.internal.ElasticsearchSinkWriter;
import org.huixiang.common.elasticsearch.internal.IndexRequestStateSerializer;

/**
 * A Flink Sink V2 that writes to Elasticsearch with bulk requests through the official Java client.
 * At-least-once; idempotent when the converter gives deterministic ids.
 *
 * <p>Per item: 2xx stored; 409 on a versioned or create write means already stored; other 4xx go to
 * the {@link RejectedItemHandler}; 429, 5xx and connection failures are retried with capped
 * exponential backoff while the request stays in flight (so the job backpressures instead of
 * dropping or spinning); 401/403 fail the job.
 */
public final class ElasticsearchSink<T> extends AsyncSinkBase<T, IndexRequest> {

    private final ElasticsearchConnection connection;
    private final RejectedItemHandler rejectedItemHandler;
    private final Duration initialBackoff;
    private final Duration maxBackoff;

    private ElasticsearchSink(Builder<T> builder) {
        super(
                adapt(builder.converter),
                builder.maxBatchSize,
                builder.maxInFlightRequests,
                builder.maxBufferedRequests,
                builder.maxBatchSizeInBytes,
                builder.maxTimeInBufferMs,
                builder.maxRecordSizeInBytes);
        this.connection = builder.connection;
        this.rejectedItemHandler = builder.rejectedItemHandler;
        this.initialBackoff = builder.initialBackoff;
        this.maxBackoff = builder.maxBackoff;
    }

    /** Captures only the converter: the builder is not serializable. */
    private static <T> ElementConverter<T, IndexRequest> adapt(IndexRequestConverter<T> converter) {
        return (element, context) -> converter.convert(element);
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    @Override
    public StatefulSinkWriter<T, BufferedRequestState<IndexRequest>> createWriter(
            WriterInitContext context) throws IOException {
        return restoreWriter(context, List.of());
    }

    @Override
    public StatefulSinkWriter<T, BufferedRequestState<IndexRequest>> restoreWriter(
            WriterInitContext context, Collection<BufferedRequestState<IndexRequest>> restored) {
        AsyncSinkWriterConfiguration configuration =
                AsyncSinkWriterConfiguration.builder()
                        .setMaxBatchSize(getMaxBatchSize())
                        .setMaxBatchSizeInBytes(getMaxBatchSizeInBytes())
                        .setMaxInFlightRequests(getMaxInFlightRequests())
                        .setMaxBufferedRequests(getMaxBufferedRequests())
                        .setMaxTimeInBufferMS(getMaxTimeInBufferMS())
                        .setMaxRecordSizeInBytes(getMaxRecordSizeInBytes())
                        .build();
        return new ElasticsearchSinkWriter<>(
                getElementConverter(),
                context,
                configuration,
                restored,
                connection,
                rejectedItemHandler,
                initialBackoff,
                maxBackoff);
    }

    @Override
    public SimpleVersionedSerializer<BufferedRequestState<IndexRequest>>
            getWriterStateSerializer() {
        return new IndexRequestStateSerializer();
    }

    /**
     * Builds an {@link ElasticsearchSink}; {@link #build()} checks that the limits fit together.
     */
    public static final class Builder<T> {
        private ElasticsearchConnection connection;
        private IndexRequestConverter<T> converter;
        private RejectedItemHandler rejectedItemHandler;
        private int maxBatchSize = 500;
        private int maxInFlightRequests = 2;
        private int maxBufferedRequests = 5_000;
        private long maxBatchSizeInBytes = 5L * 1024 * 1024;
        private long maxTimeInBufferMs = 200;
        private long maxRecordSizeInBytes = 4L * 1024 * 1024;
        private Duration initialBackoff = Duration.ofMillis(200);
        private Duration maxBackoff = Duration.ofSeconds(10);

        public Builder<T> connection(ElasticsearchConnection connection) {
            this.connection = connection;
            return this;
        }

        public Builder<T> converter(IndexRequestConverter<T> converter) {
            this.converter = converter;
            return this;
        }

        public Builder<T> rejectedItemHandler(RejectedItemHandler handler) {
            this.rejectedItemHandler = handler;
            return this;
        }

        public Builder<T> maxBatchSize(int value) {
            this.maxBatchSize = value;
            return this;
        }

        public Builder<T> maxInFlightRequests(int value) {
            this.maxInFlightRequests = value;
            return this;
        }

        public Builder<T> maxBufferedRequests(int value) {
            this.maxBufferedRequests = value;
            return this;
        }

        public Builder<T> maxTimeInBuffer(Duration value) {
            this.maxTimeInBufferMs = value.toMillis();
            return this;
        }

        public Builder<T> maxRecordSizeInBytes(long value) {
            this.maxRecordSizeInBytes = value;
            return this;
        }

        public Builder<T> backoff(Duration initial, Duration max) {
            this.initialBackoff = initial;
            this.maxBackoff = max;
            return this;
        }

        public ElasticsearchSink<T> build() {
            Objects.requireNonNull(connection, "connection: say which cluster to write to");
            Objects.requireNonNull(converter, "converter: say how an element becomes a write");
            Objects.requireNonNull(
                    rejectedItemHandler,
                    "rejectedItemHandler: say where rejected documents go (a dead-letter topic, or"
                            + " RejectedItemHandler.failing())");
            if (maxBufferedRequests <= maxBatchSize) {
                throw new IllegalArgumentException(
                        "maxBufferedRequests ("
                                + maxBufferedRequests
                                + ") must exceed maxBatchSize ("
                                + maxBatchSize
                                + ")");
            }
            if (initialBackoff.isNegative()
                    || initialBackoff.isZero()
                    || maxBackoff.compareTo(initialBackoff) < 0) {
                throw new IllegalArgumentException("backoff needs 0 < initial <= max");
            }
            return new ElasticsearchSink<>(this);
        }
    }
}
