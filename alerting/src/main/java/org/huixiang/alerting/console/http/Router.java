package org.huixiang.alerting.console.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huixiang.alerting.console.auth.Permission;
import org.huixiang.alerting.console.auth.Session;
import org.huixiang.alerting.console.auth.Sessions;
import org.huixiang.common.json.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes API calls to handlers and enforces, for every route, who may call it: anyone, any
 * logged-in account, or accounts with a permission. State-changing calls of a session must carry
 * its CSRF token in {@code X-CSRF-Token}. Every response carries the security headers.
 */
public final class Router implements HttpHandler {

    /** The cookie that carries the session token. */
    public static final String SESSION_COOKIE = "hx_session";

    private static final Logger LOG = LoggerFactory.getLogger(Router.class);

    /** A handler of one route. */
    @FunctionalInterface
    public interface Handler {
        Object handle(Call call) throws Exception;
    }

    /** Who may call a route. */
    public sealed interface Access {
        /** No session needed (login, the static UI, the API description). */
        record Public() implements Access {}

        /** Any logged-in account. */
        record LoggedIn() implements Access {}

        /** Accounts whose role has the permission. */
        record Needs(Permission permission) implements Access {}
    }

    public static final Access PUBLIC = new Access.Public();
    public static final Access LOGGED_IN = new Access.LoggedIn();

    public static Access needs(Permission permission) {
        return new Access.Needs(permission);
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

    private final List<Route> routes = new ArrayList<>();
    private final Sessions sessions;
    private final HttpHandler fallback;
    private final RequestMetrics metrics = new RequestMetrics();

    /**
     * @param fallback serves what no route matches (the static UI)
     */
    public Router(Sessions sessions, HttpHandler fallback) {
        this.sessions = sessions;
        this.fallback = fallback;
        add(
                "GET",
                "/metrics",
                PUBLIC,
                "Request counts and times by route, uptime and heap (Prometheus text format)",
                call -> metrics.scrape());
        add(
                "GET",
                "/healthz",
                PUBLIC,
                "Liveness: answers while the console serves requests",
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
        String route = "other";
        try {
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
        boolean pathKnown = false;
        for (Route route : routes) {
            Matcher m = route.pattern().matcher(path);
            if (!m.matches()) {
                continue;
            }
            pathKnown = true;
            if (!route.method().equals(method)) {
                continue;
            }
            Map<String, String> params = new HashMap<>();
            for (int i = 0; i < route.names().size(); i++) {
                params.put(
                        route.names().get(i),
                        java.net.URLDecoder.decode(m.group(i + 1), StandardCharsets.UTF_8));
            }
            serve(exchange, route, new Call(exchange, params));
            return route.path();
        }
        if (pathKnown) {
            error(
                    exchange,
                    new ApiException(405, "method_not_allowed", method + " is not allowed here"));
            return "method_not_allowed";
        } else if (path.startsWith("/api/")) {
            error(exchange, ApiException.notFound(path));
            return "unknown_api";
        } else {
            fallback.handle(exchange);
            return "static";
        }
    }

    private void serve(HttpExchange exchange, Route route, Call call) throws IOException {
        try {
            authorize(route, call);
            Object result = route.handler().handle(call);
            if (result == Reply.HANDLED) {
                return;
            }
            if (result instanceof Reply reply) {
                send(exchange, reply);
            } else {
                send(exchange, 200, "application/json; charset=utf-8", Json.toBytes(result));
            }
        } catch (ApiException e) {
            error(exchange, e);
        } catch (Exception e) {
            LOG.error(
                    "{} {} failed",
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(),
                    e);
            error(exchange, new ApiException(500, "internal", "the console failed; see its log"));
        } finally {
            exchange.close();
        }
    }

    private void authorize(Route route, Call call) {
        if (route.access() instanceof Access.Public) {
            return;
        }
        Optional<Session> session = call.cookie(SESSION_COOKIE).flatMap(sessions::find);
        if (session.isEmpty()) {
            throw ApiException.unauthorized();
        }
        call.session(session.get());
        if (route.access() instanceof Access.Needs needs
                && !session.get().account().role().can(needs.permission())) {
            throw ApiException.forbidden("your role may not do this");
        }
        if (!route.method().equals("GET")) {
            String sent = call.header("X-CSRF-Token");
            if (sent == null
                    || !MessageDigest.isEqual(
                            sent.getBytes(StandardCharsets.UTF_8),
                            session.get().csrf().getBytes(StandardCharsets.UTF_8))) {
                throw new ApiException(403, "csrf", "missing or wrong X-CSRF-Token");
            }
        }
    }

    /** The headers that make the browser strict about what the pages may do. */
    static void securityHeaders(HttpExchange exchange) {
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
        send(exchange, reply.status(), reply.contentType(), reply.body());
    }

    static void send(HttpExchange exchange, int status, String type, byte[] body)
            throws IOException {
        if (type != null) {
            exchange.getResponseHeaders().set("Content-Type", type);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static void error(HttpExchange exchange, ApiException e) throws IOException {
        send(
                exchange,
                e.status(),
                "application/json; charset=utf-8",
                Json.toBytes(Map.of("error", e.code(), "message", e.getMessage())));
        exchange.close();
    }
}
