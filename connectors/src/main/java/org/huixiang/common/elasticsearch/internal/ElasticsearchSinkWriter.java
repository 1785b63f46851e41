package org.huixiang.common.elasticsearch.internal;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.connector.base.sink.writer.AsyncSinkWriter;
import org.apache.flink.connector.base.sink.writer.BufferedRequestState;
import org.apache.flink.connector.base.sink.writer.ElementConverter;
import org.apache.flink.connector.base.sink.writer.ResultHandler;
import org.apache.flink.connector.base.sink.writer.config.AsyncSinkWriterConfiguration;
import org.apache.flink.metrics.Counter;
import org.huixiang.common.config.ElasticsearchConnection;
import org.huixiang.common.elasticsearch.BulkRequests;
import org.huixiang.common.elasticsearch.ElasticsearchClients;
import org.huixiang.common.elasticsearch.IndexRequest;
import org.huixiang.common.elasticsearch.RejectedItemHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends buffered writes as bulk requests and applies the per-item policy of {@link
 * BulkItemOutcome}. Retries wait on a scheduler rather than the task thread, and keep their request
 * in flight meanwhile, so an unavailable cluster turns into backpressure, not a busy loop.
 */
public final class ElasticsearchSinkWriter<T> extends AsyncSinkWriter<T, IndexRequest> {

    private static final Logger LOG = LoggerFactory.getLogger(ElasticsearchSinkWriter.class);

    private final ElasticsearchClients clients;
    private final RejectedItemHandler rejectedItemHandler;
    private final RetryBackoff backoff;
    private final ScheduledExecutorService retryScheduler;
    private final Counter written;
    private final Counter alreadyWritten;
    private final Counter rejected;
    private final Counter retried;

    public ElasticsearchSinkWriter(
            ElementConverter<T, IndexRequest> converter,
            WriterInitContext context,
            AsyncSinkWriterConfiguration configuration,
            Collection<BufferedRequestState<IndexRequest>> restored,
            ElasticsearchConnection connection,
            RejectedItemHandler rejectedItemHandler,
            Duration initialBackoff,
            Duration maxBackoff) {
        super(converter, context, configuration, restored);
        this.clients = ElasticsearchClients.connect(connection);
        this.rejectedItemHandler = rejectedItemHandler;
        this.rejectedItemHandler.open();
        this.backoff = new RetryBackoff(initialBackoff, maxBackoff);
        this.retryScheduler =
                Executors.newSingleThreadScheduledExecutor(
                        r -> {
                            Thread thread = new Thread(r, "elasticsearch-sink-retry");
                            thread.setDaemon(true);
                            return thread;
                        });
        var metrics = context.metricGroup();
        this.written = metrics.counter("elasticsearchWritten");
        this.alreadyWritten = metrics.counter("elasticsearchAlreadyWritten");
        this.rejected = metrics.counter("elasticsearchRejected");
        this.retried = metrics.counter("elasticsearchRetried");
    }

    @Override
    protected void submitRequestEntries(
            List<IndexRequest> entries, ResultHandler<IndexRequest> resultHandler) {
        clients.async()
                .bulk(BulkRequests.of(entries))
                .whenComplete(
                        (response, error) -> {
                            if (error != null) {
                                onRequestFailure(entries, resultHandler, unwrap(error));
                            } else {
                                onResponse(entries, resultHandler, response);
                            }
                        });
    }

    private void onResponse(
            List<IndexRequest> entries,
            ResultHandler<IndexRequest> resultHandler,
            BulkResponse response) {
        List<BulkResponseItem> items = response.items();
        List<IndexRequest> retry = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            IndexRequest request = entries.get(i);
            BulkResponseItem item = items.get(i);
            boolean conflictMeansWritten =
                    request.isVersioned() || request.operation() == IndexRequest.Operation.CREATE;
            String reason =
                    item.error() == null ? "" : item.error().type() + ": " + item.error().reason();
            switch (BulkItemOutcome.classify(item.status(), conflictMeansWritten)) {
                case WRITTEN -> written.inc();
                case ALREADY_WRITTEN -> alreadyWritten.inc();
                case RETRY -> retry.add(request);
                case REJECTED -> {
                    rejected.inc();
                    LOG.warn("Elasticsearch rejected {} ({}): {}", request, item.status(), reason);
                    rejectedItemHandler.rejected(request, item.status(), reason);
                }
                case FATAL -> {
                    resultHandler.completeExceptionally(
                            new IllegalStateException(
                                    "Elasticsearch refused "
                                            + request
                                            + " with "
                                            + item.status()
                                            + " ("
                                            + reason
                                            + "): check the sink's credentials and privileges"));
                    return;
                }
            }
        }
        if (retry.isEmpty()) {
            backoff.reset();
            resultHandler.complete();
        } else {
            retryLater(retry, resultHandler, retry.size() + " items answered 429/5xx/409");
        }
    }

    private void onRequestFailure(
            List<IndexRequest> entries,
            ResultHandler<IndexRequest> resultHandler,
            Throwable error) {
        if (error instanceof ElasticsearchException es
                && (es.status() == 401 || es.status() == 403)) {
            resultHandler.completeExceptionally(
                    new IllegalStateException(
                            "Elasticsearch refused the bulk request ("
                                    + es.status()
                                    + "): check the sink's credentials and privileges",
                            es));
            return;
        }
        retryLater(entries, resultHandler, error.toString());
    }

    private void retryLater(
            List<IndexRequest> entries, ResultHandler<IndexRequest> resultHandler, String why) {
        Duration delay = backoff.nextDelay();
        retried.inc(entries.size());
        LOG.warn(
                "retrying {} Elasticsearch writes in {} ms (failure {} in a row): {}",
                entries.size(),
                delay.toMillis(),
                backoff.consecutiveFailures(),
                why);
        retryScheduler.schedule(
                () -> resultHandler.retryForEntries(entries),
                delay.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null
                ? error.getCause()
                : error;
    }

    @Override
    protected long getSizeInBytes(IndexRequest request) {
        return request.source().length + request.id().length() + request.index().length();
    }

    @Override
    public void close() {
        try {
            super.close();
        } finally {
            retryScheduler.shutdownNow();
            rejectedItemHandler.close();
            clients.close();
        }
    }
}
