package org.huixiang.benchmarks.pipeline;

import java.util.Map;

/**
 * The CPU each process used during one phase of the benchmark: what capacity plans are made of.
 *
 * @param seconds the phase's wall-clock length
 * @param documents documents handled in the phase; 0 where a phase handles no documents of its own
 *     (the CPU-bound ceilings count their own items)
 * @param cpuSeconds per process, CPU seconds (user + system) used in the phase
 * @param machine the whole machine over the phase: what else ran, and what the hypervisor kept
 */
public record CpuUse(
        String phase,
        double seconds,
        long documents,
        Map<String, Double> cpuSeconds,
        Machine machine) {

    /**
     * CPU seconds of the whole machine, all cores, from Linux's {@code /proc/stat}.
     *
     * @param busySeconds every process's time and the kernel's interrupt handling
     * @param stolenSeconds time a virtual CPU was ready to run but the hypervisor ran another guest
     *     (steal): a machine that is slower than its cores say, for reasons outside it
     */
    public record Machine(double busySeconds, double stolenSeconds) {

        /** Nothing known about the machine (no {@code /proc/stat}). */
        public static final Machine UNKNOWN = new Machine(0, 0);

        Machine minus(Machine earlier) {
            return new Machine(
                    busySeconds - earlier.busySeconds, stolenSeconds - earlier.stolenSeconds);
        }
    }

    /**
     * Whether the phase handled documents of its own, so that its CPU per document means something.
     */
    public boolean perDocument() {
        return documents > 0;
    }

    /** Cores the process kept busy on average. */
    public double cores(String process) {
        return cpuSeconds.get(process) / seconds;
    }

    /** CPU milliseconds the process spent per document. */
    public double millisPerDocument(String process) {
        return perDocument() ? cpuSeconds.get(process) * 1000 / documents : 0;
    }

    public double totalMillisPerDocument() {
        return cpuSeconds.keySet().stream().mapToDouble(this::millisPerDocument).sum();
    }

    /**
     * Cores kept busy by anything but the measured processes: other processes and the kernel's
     * interrupt handling (the loopback traffic between the processes is some of it). More than a
     * few hundredths means the run shared the machine, and its figures are low for that reason.
     */
    public double otherCores() {
        double measured = cpuSeconds.values().stream().mapToDouble(Double::doubleValue).sum();
        return Math.max(0, machine.busySeconds() - measured) / seconds;
    }

    /** Cores the hypervisor gave to other guests while this machine wanted them. */
    public double stolenCores() {
        return machine.stolenSeconds() / seconds;
    }
}
