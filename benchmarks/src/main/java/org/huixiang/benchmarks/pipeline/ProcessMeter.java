package org.huixiang.benchmarks.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * CPU time and resident memory of named processes, each with its descendants (Elasticsearch's
 * launcher starts the server as a child), read from Linux's {@code /proc}. A daemon thread samples
 * resident memory every quarter second and keeps the peaks: the peak of each process, and the peak
 * of their sum at one instant.
 */
public final class ProcessMeter implements AutoCloseable {

    /** Linux reports CPU time in clock ticks of 1/100 s ({@code getconf CLK_TCK}). */
    private static final double TICKS_PER_SECOND = 100.0;

    private static final long PAGE = 4096;

    private final Map<String, Long> pids;
    private final Map<String, Long> peakRss = new ConcurrentHashMap<>();
    private volatile long peakTotalRss;
    private final Thread sampler;

    /**
     * @param pids a name for each root process, in the order the report shows them
     */
    public ProcessMeter(Map<String, Long> pids) {
        this.pids = new LinkedHashMap<>(pids);
        this.sampler = new Thread(this::sample, "bench-process-meter");
        this.sampler.setDaemon(true);
        this.sampler.start();
    }

    /** A point in time to measure CPU use from. */
    public record Mark(long nanos, Map<String, Double> cpuSeconds, CpuUse.Machine machine) {}

    public Mark mark() {
        return new Mark(System.nanoTime(), cpuSeconds(), machine());
    }

    /** The CPU each process used since {@code from}, in a phase that handled {@code documents}. */
    public CpuUse since(Mark from, String phase, long documents) {
        Map<String, Double> now = cpuSeconds();
        Map<String, Double> used = new LinkedHashMap<>();
        now.forEach((name, cpu) -> used.put(name, cpu - from.cpuSeconds().get(name)));
        return new CpuUse(
                phase,
                (System.nanoTime() - from.nanos()) / 1e9,
                documents,
                used,
                machine().minus(from.machine()));
    }

    /** The whole machine's CPU so far. */
    private static CpuUse.Machine machine() {
        String stat = read(Path.of("/proc/stat"));
        return stat == null ? CpuUse.Machine.UNKNOWN : machine(stat);
    }

    /**
     * The first line of {@code /proc/stat}, all cores together, in clock ticks: user, nice, system,
     * idle, iowait, irq, softirq, steal, then guest time (already inside user and nice).
     */
    static CpuUse.Machine machine(String procStat) {
        String first = procStat.lines().findFirst().orElse("");
        String[] fields = first.trim().split("\\s+");
        if (fields.length < 9 || !fields[0].equals("cpu")) {
            throw new IllegalArgumentException("not the all-cores line of /proc/stat: " + first);
        }
        long busy = 0;
        for (int field : new int[] {1, 2, 3, 6, 7}) {
            busy += Long.parseLong(fields[field]);
        }
        return new CpuUse.Machine(
                busy / TICKS_PER_SECOND, Long.parseLong(fields[8]) / TICKS_PER_SECOND);
    }

    /** CPU seconds (user + system) each process tree has used so far. */
    private Map<String, Double> cpuSeconds() {
        Map<String, Double> cpu = new LinkedHashMap<>();
        pids.forEach((name, pid) -> cpu.put(name, tree(pid).mapToDouble(ProcessMeter::cpu).sum()));
        return cpu;
    }

    /** Peak resident memory per process tree, in bytes. */
    public Map<String, Long> peakRssBytes() {
        sampleOnce();
        Map<String, Long> peaks = new LinkedHashMap<>();
        pids.keySet().forEach(name -> peaks.put(name, peakRss.getOrDefault(name, 0L)));
        return peaks;
    }

    /** Peak of the summed resident memory of all trees at one sample, in bytes. */
    public long peakTotalRssBytes() {
        sampleOnce();
        return peakTotalRss;
    }

    private void sample() {
        while (!Thread.currentThread().isInterrupted()) {
            sampleOnce();
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private synchronized void sampleOnce() {
        long total = 0;
        for (var entry : pids.entrySet()) {
            long rss = tree(entry.getValue()).mapToLong(ProcessMeter::rss).sum();
            peakRss.merge(entry.getKey(), rss, Math::max);
            total += rss;
        }
        peakTotalRss = Math.max(peakTotalRss, total);
    }

    /**
     * The process and its descendants, without the trees of the other named processes: the
     * application's JVM is the parent of the broker and Elasticsearch it started.
     */
    private Stream<Long> tree(long root) {
        Set<Long> all = new HashSet<>(withDescendants(root).toList());
        Set<Long> others = new HashSet<>();
        for (long other : pids.values()) {
            if (other != root && all.contains(other)) {
                withDescendants(other).forEach(others::add);
            }
        }
        return all.stream().filter(pid -> !others.contains(pid));
    }

    private static Stream<Long> withDescendants(long pid) {
        return ProcessHandle.of(pid)
                .map(p -> Stream.concat(Stream.of(p), p.descendants()).map(ProcessHandle::pid))
                .orElseGet(Stream::empty);
    }

    /** Fields 14 and 15 of /proc/PID/stat, after the command name in parentheses. */
    private static double cpu(long pid) {
        String stat = read(Path.of("/proc", Long.toString(pid), "stat"));
        if (stat == null) {
            return 0;
        }
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
    }

    /** Field 2 of /proc/PID/statm: resident pages. */
    private static long rss(long pid) {
        String statm = read(Path.of("/proc", Long.toString(pid), "statm"));
        return statm == null ? 0 : Long.parseLong(statm.split(" ")[1]) * PAGE;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).trim();
        } catch (IOException gone) {
            return null; // the process ended between listing and reading
        }
    }

    @Override
    public void close() {
        sampler.interrupt();
    }
}
