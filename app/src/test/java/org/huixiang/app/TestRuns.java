package org.huixiang.app;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.huixiang.app.job.BoundedRun;
import org.huixiang.common.config.HuixiangConfig;
import org.huixiang.common.seeds.SeedLoader;
import org.huixiang.ingest.parse.RecordParser;
import org.huixiang.ingest.privacy.CitizenKeys;

/** The parser and the bounded run the integration tests use: packaged seeds, a test-only key. */
final class TestRuns {

    private TestRuns() {}

    static RecordParser parser() {
        return new RecordParser(
                new CitizenKeys("integration-test-key-0123".getBytes(StandardCharsets.UTF_8)),
                Clock.systemUTC());
    }

    static BoundedRun bounded(HuixiangConfig config) {
        return new BoundedRun(config, SeedLoader.loadDefault(), parser());
    }
}
