package org.huixiang.alerting.console.http;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the console's requests by route, method and status, and renders them with the process's
 * uptime and heap in Prometheus' text format. Labels are route templates ({@code
 * /api/alerts/{id}}), never concrete paths, so no alert id or user input becomes a series.
 */
public final class RequestMetrics {

    private record Series(String route, String method, int status) {}

    private record Totals(LongAdder count, LongAdder nanos) {}

    /**
     * Methods kept as labels; any other (a client may send any token) counts as "other", so
     * requests cannot make new series without bound.
     */
    private static final Set<String> METHODS =
            Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    private final Map<Series, Totals> series = new ConcurrentHashMap<>();

    /** Records one answered request. */
    public void record(String route, String method, int status, long nanos) {
        Totals totals =
                series.computeIfAbsent(
                        new Series(route, METHODS.contains(method) ? method : "other", status),
                        s -> new Totals(new LongAdder(), new LongAdder()));
        totals.count().increment();
        totals.nanos().add(nanos);
    }

    /** What {@code GET /metrics} answers. */
    public Reply scrape() {
        StringBuilder out = new StringBuilder();
        out.append("# HELP huixiang_console_requests_total Requests answered, by route, method")
                .append(" and status.\n# TYPE huixiang_console_requests_total counter\n");
        Map<String, Totals> sorted = new TreeMap<>();
        series.forEach(
                (s, t) ->
                        sorted.put(
                                "{route=\""
                                        + s.route()
                                        + "\",method=\""
                                        + s.method()
                                        + "\",status=\""
                                        + s.status()
                                        + "\"}",
                                t));
        sorted.forEach(
                (labels, t) ->
                        out.append("huixiang_console_requests_total")
                                .append(labels)
                                .append(' ')
                                .append(t.count().sum())
                                .append('\n'));
        out.append("# HELP huixiang_console_request_seconds_total Time spent answering, by route,")
                .append(" method and status.\n")
                .append("# TYPE huixiang_console_request_seconds_total counter\n");
        sorted.forEach(
                (labels, t) ->
                        out.append("huixiang_console_request_seconds_total")
                                .append(labels)
                                .append(' ')
                                .append(t.nanos().sum() / 1e9)
                                .append('\n'));
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        out.append("# TYPE huixiang_console_uptime_seconds gauge\nhuixiang_console_uptime_seconds ")
                .append(ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0)
                .append("\n# TYPE huixiang_console_heap_used_bytes gauge\n")
                .append("huixiang_console_heap_used_bytes ")
                .append(heap.getUsed())
                .append("\n# TYPE huixiang_console_heap_max_bytes gauge\n")
                .append("huixiang_console_heap_max_bytes ")
                .append(heap.getMax())
                .append('\n');
        return new Reply(
                200,
                "text/plain; version=0.0.4; charset=utf-8",
                out.toString().getBytes(StandardCharsets.UTF_8),
                null);
    }
}
