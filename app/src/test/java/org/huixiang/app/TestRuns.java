package org.huixiang.app;

import java.nio.charset.StandardCharsets;
import org.huixiang.app.run.BoundedRun;
import org.huixiang.common.config.HuixiangConfig;
import org.huixiang.common.seeds.SeedLoader;
import org.huixiang.ingest.privacy.PiiKeys;

/** The keys and the bounded run the integration tests use: packaged seeds, a test-only key. */
final class TestRuns {

    private TestRuns() {}

    static final String SECRET = "integration-test-key-0123";
    static final PiiKeys KEYS = new PiiKeys(SECRET.getBytes(StandardCharsets.UTF_8));

    static BoundedRun bounded(HuixiangConfig config) {
        return new BoundedRun(config, SeedLoader.loadDefault(), KEYS);
    }
}
