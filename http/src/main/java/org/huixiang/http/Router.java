package org.huixiang.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes requests to handlers and enforces, for every route, who may call it ({@link Access}).
 * Every response carries the security headers and is counted in the request metrics; errors are
 * answered as {@code {"error": code, "message": …}}, never as a stack trace. Every service gets
 * {@code GET /metrics} and {@code GET /healthz}.
 */
public final class Router implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(Router.class);

    /** A handler of one route: returns a {@link Reply}, or any other object to send as JSON. */
    @FunctionalInterface
    public interface Handler {
        Object handle(Call call) throws Exception;
    }

    private record Route(
            String method,
            String path,
            Pattern pattern,
            List<String> names,
            Access access,
            String summary,
            Handler handler) {}

    /** A route as the API description shows it. */
    public record Described(
            String method, String path, List<String> pathParams, Access access, String summary) {}

    private static final Pattern PARAM = Pattern.compile("\\{(\\w+)}");

    private final String service;
    private final List<Route> routes = new ArrayList<>();
    private final Handler fallback;
    private final RequestMetrics metrics;

    /**
     * @param service names the service in metric names and error messages ("console", "intake")
     * @param fallback answers what no route matches (the console's static UI, the intake's 404);
     *     public, counted as route "unmatched"
     */
    public Router(String service, Handler fallback) {
        this.service = service;
        this.fallback = fallback;
        this.metrics = new RequestMetrics(service);
        add(
                "GET",
                "/metrics",
                Access.PUBLIC,
                "Request counts and times by route, uptime and heap (Prometheus text format)",
                call -> metrics.scrape());
        add(
                "GET",
                "/healthz",
                Access.PUBLIC,
                "Liveness: answers while the " + service + " serves requests",
                call -> Map.of("status", "ok"));
    }

    /** Adds a route; {@code path} may hold {@code {name}} parameters of one segment each. */
    public Router add(String method, String path, Access access, String summary, Handler handler) {
        List<String> names = new ArrayList<>();
        Matcher m = PARAM.matcher(path);
        StringBuilder regex = new StringBuilder();
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(path.substring(last, m.start()))).append("([^/]+)");
            names.add(m.group(1));
            last = m.end();
        }
        regex.append(Pattern.quote(path.substring(last)));
        routes.add(
                new Route(
                        method,
                        path,
                        Pattern.compile(regex.toString()),
                        names,
                        access,
                        summary,
                        handler));
        return this;
    }

    /** Every route, in the order added. */
    public List<Described> describe() {
        return routes.stream()
                .map(r -> new Described(r.method(), r.path(), r.names(), r.access(), r.summary()))
                .toList();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        long start = System.nanoTime();
        String route = "unmatched";
        try (exchange) {
            route = dispatch(exchange);
        } finally {
            metrics.record(
                    route,
                    exchange.getRequestMethod(),
                    exchange.getResponseCode(),
                    System.nanoTime() - start);
        }
    }

    /** Serves the request; returns the matched route's template, or what else answered. */
    private String dispatch(HttpExchange exchange) throws IOException {
        securityHeaders(exchange);
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        Set<String> allowed = new LinkedHashSet<>();
        for (Route route : routes) {
            Matcher m = route.pattern().matcher(path);
            if (!m.matches()) {
                continue;
            }
            if (!route.method().equals(method)) {
                allowed.add(route.method());
                continue;
            }
            Map<String, String> params = new HashMap<>();
            for (int i = 0; i < route.names().size(); i++) {
                params.put(
                        route.names().get(i),
                        URLDecoder.decode(m.group(i + 1), StandardCharsets.UTF_8));
            }
            serve(exchange, route.access(), route.handler(), new Call(exchange, params));
            return route.path();
        }
        if (!allowed.isEmpty()) {
            exchange.getResponseHeaders().set("Allow", String.join(", ", allowed));
            error(
                    exchange,
                    new ApiException(
                            405,
                            "method_not_allowed",
                            method + " is not allowed here; use " + String.join(" or ", allowed)));
            return "method_not_allowed";
        }
        serve(exchange, Access.PUBLIC, fallback, new Call(exchange, Map.of()));
        return "unmatched";
    }

    private void serve(HttpExchange exchange, Access access, Handler handler, Call call)
            throws IOException {
        try {
            access.admit(call);
            Object result = handler.handle(call);
            if (result == Reply.HANDLED) {
                return;
            }
            send(exchange, result instanceof Reply reply ? reply : Reply.json(200, result));
        } catch (ApiException e) {
            error(exchange, e);
        } catch (Exception e) {
            LOG.error(
                    "{} {} failed",
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(),
                    e);
            error(
                    exchange,
                    new ApiException(500, "internal", "the " + service + " failed; see its log"));
        }
    }

    /** The headers that make the browser strict about what the pages may do. */
    private static void securityHeaders(HttpExchange exchange) {
        var h = exchange.getResponseHeaders();
        h.set(
                "Content-Security-Policy",
                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                        + " connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
        h.set("X-Content-Type-Options", "nosniff");
        h.set("X-Frame-Options", "DENY");
        h.set("Referrer-Policy", "no-referrer");
        h.set("Cache-Control", "no-store");
    }

    private static void send(HttpExchange exchange, Reply reply) throws IOException {
        if (reply.filename() != null) {
            exchange.getResponseHeaders()
                    .set(
                            "Content-Disposition",
                            "attachment; filename*=UTF-8''"
                                    + URLEncoder.encode(reply.filename(), StandardCharsets.UTF_8)
                                            .replace("+", "%20"));
        }
        if (reply.contentType() != null) {
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        }
        byte[] body = reply.body();
        exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static void error(HttpExchange exchange, ApiException e) throws IOException {
        send(exchange, Reply.json(e.status(), new ErrorBody(e.code(), e.getMessage())));
    }

    /** What every error answers, its code first. */
    private record ErrorBody(String error, String message) {}
}
