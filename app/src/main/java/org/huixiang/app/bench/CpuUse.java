package org.huixiang.app.bench;

import java.util.Map;

/**
 * The CPU each process used during one phase of the benchmark: what capacity plans are made of.
 *
 * @param seconds the phase's wall-clock length
 * @param documents documents handled in the phase
 * @param cpuSeconds per process, CPU seconds (user + system) used in the phase
 */
public record CpuUse(String phase, double seconds, long documents, Map<String, Double> cpuSeconds) {

    /** Cores the process kept busy on average. */
    public double cores(String process) {
        return cpuSeconds.get(process) / seconds;
    }

    /** CPU milliseconds the process spent per document. */
    public double millisPerDocument(String process) {
        return documents == 0 ? 0 : cpuSeconds.get(process) * 1000 / documents;
    }

    public double totalMillisPerDocument() {
        return cpuSeconds.keySet().stream().mapToDouble(this::millisPerDocument).sum();
    }
}
