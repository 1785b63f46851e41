package org.huixiang.benchmarks.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final AtomicLong now = new AtomicLong(1_000);

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aLogGetsOneLineEveryFewSecondsAndTheLastState() {
        ProgressLine progress = new ProgressLine(out, false, now::get);

        progress.update("searchable: 10/100");
        now.addAndGet(200);
        progress.update("searchable: 20/100");
        now.addAndGet(ProgressLine.LOG_EVERY_MS);
        progress.update("searchable: 70/100");
        now.addAndGet(200);
        progress.update("searchable: 100/100");
        progress.done();

        assertThat(printed())
                .isEqualTo(
                        "searchable: 10/100%nsearchable: 70/100%nsearchable: 100/100%n"
                                .formatted());
        assertThat(printed()).doesNotContain("\r");
    }

    @Test
    void aLogDoesNotRepeatTheLastLine() {
        ProgressLine progress = new ProgressLine(out, false, now::get);

        progress.update("sent 200/200");
        progress.done();

        assertThat(printed()).isEqualTo("sent 200/200%n".formatted());
    }

    @Test
    void aTerminalRewritesOneLine() {
        ProgressLine progress = new ProgressLine(out, true, now::get);

        progress.update("searchable: 10/100");
        progress.update("searchable: 20/100");
        progress.done();

        assertThat(printed()).isEqualTo("\rsearchable: 10/100\rsearchable: 20/100%n".formatted());
    }
}
