package org.huixiang.console;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The console runs without Flink: its dependencies (the stages' pure cores take Flink as provided,
 * the connectors as optional) bring none onto its class path, which is the image's.
 */
class ConsoleClassPathTest {

    @Test
    void flinkIsNotOnTheClassPath() {
        assertThatThrownBy(
                        () ->
                                Class.forName(
                                        "org.apache.flink.streaming.api.environment"
                                                + ".StreamExecutionEnvironment"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("org.apache.flink.api.common.JobID"))
                .isInstanceOf(ClassNotFoundException.class);
    }
}
