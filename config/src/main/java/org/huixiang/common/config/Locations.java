package org.huixiang.common.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where a process on this machine keeps its files: the home ({@code HUIXIANG_HOME}, else {@code
 * var/}: the embedded stack, checkpoints, logs, the PII key of the embedded default) and the sample
 * streams ({@code HUIXIANG_SAMPLES}, else {@code seeds/samples}).
 */
public final class Locations {

    private Locations() {}

    public static Path home(Map<String, String> env) {
        return resolved(env.get("HUIXIANG_HOME"), "var");
    }

    public static Path samples(Map<String, String> env) {
        return resolved(env.get("HUIXIANG_SAMPLES"), "seeds/samples");
    }

    private static Path resolved(String value, String fallback) {
        return Path.of(value == null || value.isBlank() ? fallback : value).toAbsolutePath();
    }
}
