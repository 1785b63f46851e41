package org.huixiang.http;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts a service's requests by route, method and status, and renders them with the process's
 * uptime and heap in Prometheus' text format. Labels are route templates ({@code
 * /api/alerts/{id}}), never concrete paths, so no alert id or user input becomes a series.
 */
final class RequestMetrics {

    private record Series(String route, String method, int status) {}

    private record Totals(LongAdder count, LongAdder nanos) {}

    /**
     * Methods kept as labels; any other (a client may send any token) counts as "other", so
     * requests cannot make new series without bound.
     */
    private static final Set<String> METHODS =
            Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    private final Map<Series, Totals> series = new ConcurrentHashMap<>();
    private final String prefix;

    /**
     * @param service the metric names' middle part: {@code huixiang_<service>_requests_total}
     */
    RequestMetrics(String service) {
        this.prefix = "huixiang_" + service + "_";
    }

    /** Records one answered request. */
    void record(String route, String method, int status, long nanos) {
        Totals totals =
                series.computeIfAbsent(
                        new Series(route, METHODS.contains(method) ? method : "other", status),
                        s -> new Totals(new LongAdder(), new LongAdder()));
        totals.count().increment();
        totals.nanos().add(nanos);
    }

    /** What {@code GET /metrics} answers. */
    Reply scrape() {
        StringBuilder out = new StringBuilder();
        out.append("# HELP " + prefix + "requests_total Requests answered, by route, method")
                .append(" and status.\n# TYPE " + prefix + "requests_total counter\n");
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
                        out.append(prefix + "requests_total")
                                .append(labels)
                                .append(' ')
                                .append(t.count().sum())
                                .append('\n'));
        out.append("# HELP " + prefix + "request_seconds_total Time spent answering, by route,")
                .append(" method and status.\n")
                .append("# TYPE " + prefix + "request_seconds_total counter\n");
        sorted.forEach(
                (labels, t) ->
                        out.append(prefix + "request_seconds_total")
                                .append(labels)
                                .append(' ')
                                .append(t.nanos().sum() / 1e9)
                                .append('\n'));
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        out.append("# TYPE " + prefix + "uptime_seconds gauge\n" + prefix + "uptime_seconds ")
                .append(ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0)
                .append("\n# TYPE " + prefix + "heap_used_bytes gauge\n")
                .append(prefix + "heap_used_bytes ")
                .append(heap.getUsed())
                .append("\n# TYPE " + prefix + "heap_max_bytes gauge\n")
                .append(prefix + "heap_max_bytes ")
                .append(heap.getMax())
                .append('\n');
        return Reply.of(
                "text/plain; version=0.0.4; charset=utf-8",
                out.toString().getBytes(StandardCharsets.UTF_8));
    }
}
