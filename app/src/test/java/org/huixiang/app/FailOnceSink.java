package org.huixiang.app;

import java.io.IOException;
import java.io.Serializable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/**
 * A sink around another one that fails its task once, on the first element the trigger accepts: an
 * injected failure for recovery tests. The flag is static because Flink serializes the sink; the
 * tests run in one JVM with the MiniCluster.
 */
final class FailOnceSink<T> implements Sink<T> {

    /** Decides which element fails the task. */
    interface Trigger<T> extends Serializable {
        boolean test(T element);
    }

    static final AtomicBoolean FAILED = new AtomicBoolean();

    private final Sink<T> inner;
    private final Trigger<T> trigger;

    FailOnceSink(Sink<T> inner, Trigger<T> trigger) {
        this.inner = inner;
        this.trigger = trigger;
    }

    @Override
    public SinkWriter<T> createWriter(WriterInitContext context) throws IOException {
        SinkWriter<T> writer = inner.createWriter(context);
        return new SinkWriter<>() {
            @Override
            public void write(T element, Context ctx) throws IOException, InterruptedException {
                if (trigger.test(element) && FAILED.compareAndSet(false, true)) {
                    throw new IllegalStateException("injected failure (recovery test)");
                }
                writer.write(element, ctx);
            }

            @Override
            public void flush(boolean endOfInput) throws IOException, InterruptedException {
                writer.flush(endOfInput);
            }

            @Override
            public void close() throws Exception {
                writer.close();
            }
        };
    }
}
