package org.huixiang.common.config;

import java.io.Serializable;
import java.time.Duration;

/** Parallelism and checkpointing of the application. */
public record FlinkSettings(int parallelism, Duration checkpointInterval, String checkpointDir)
        implements Serializable {}
