package org.huixiang.app.cli;

import java.nio.file.Path;
import org.huixiang.common.config.Locations;
import org.huixiang.devstack.DevStackSettings;

/**
 * Where the embedded stack and the application keep their files: {@code HUIXIANG_HOME}, which the
 * {@code ./huixiang} script sets to {@code var/} in the repository, else {@code ./var}.
 */
final class Home {

    private Home() {}

    static Path path() {
        return Locations.home(System.getenv());
    }

    static DevStackSettings stack(int kafkaPort, int elasticsearchPort) {
        return new DevStackSettings(path(), kafkaPort, elasticsearchPort, 512);
    }

    /** The sample streams: {@code HUIXIANG_SAMPLES}, else {@code seeds/samples}. */
    static Path samples() {
        return Locations.samples(System.getenv());
    }
}
