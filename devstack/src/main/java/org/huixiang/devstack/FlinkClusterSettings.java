package org.huixiang.devstack;

import java.nio.file.Path;

/**
 * The shape of a local Flink standalone session cluster.
 *
 * @param home where the cluster keeps its configuration ({@code conf/}), logs ({@code logs/}) and
 *     pid files
 * @param restPort the JobManager's REST port (web UI and job submission)
 * @param rpcPort the JobManager's RPC port, which TaskManagers register with
 * @param taskManagers TaskManager processes to start
 * @param slotsPerTaskManager task slots of each TaskManager
 * @param taskManagerMemory a TaskManager's process size in Flink's notation, e.g. {@code 1600m}
 */
public record FlinkClusterSettings(
        Path home,
        int restPort,
        int rpcPort,
        int taskManagers,
        int slotsPerTaskManager,
        String taskManagerMemory) {

    /** Flink's own default REST port. */
    public static final int DEFAULT_REST_PORT = 8081;

    /** Flink's own default JobManager RPC port. */
    public static final int DEFAULT_RPC_PORT = 6123;

    public FlinkClusterSettings {
        if (taskManagers < 1 || slotsPerTaskManager < 1) {
            throw new IllegalArgumentException(
                    "a cluster needs at least one TaskManager with one slot, not "
                            + taskManagers
                            + " × "
                            + slotsPerTaskManager);
        }
    }

    /**
     * Two TaskManagers of two slots each: room for the default parallelism of 2 on one of them, so
     * the job keeps running when the other is lost.
     */
    public static FlinkClusterSettings defaults(Path home) {
        return new FlinkClusterSettings(home, DEFAULT_REST_PORT, DEFAULT_RPC_PORT, 2, 2, "1600m");
    }

    /** These settings with other ports. */
    public FlinkClusterSettings withPorts(int rest, int rpc) {
        return new FlinkClusterSettings(
                home, rest, rpc, taskManagers, slotsPerTaskManager, taskManagerMemory);
    }
}
