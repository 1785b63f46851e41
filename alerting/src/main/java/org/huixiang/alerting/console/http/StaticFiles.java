package org.huixiang.alerting.console.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * Serves the web UI from the classpath: {@code console/} for the pages, and front-end libraries
 * packaged as jars on Maven Central (ECharts, under {@code /_static/}). Anything else that is not
 * an API path gets the single page, which routes by the URL's fragment.
 */
public final class StaticFiles implements HttpHandler {

    private static final Map<String, String> TYPES =
            Map.of(
                    "html", "text/html; charset=utf-8",
                    "js", "text/javascript; charset=utf-8",
                    "css", "text/css; charset=utf-8",
                    "json", "application/json; charset=utf-8",
                    "svg", "image/svg+xml",
                    "png", "image/png",
                    "ico", "image/x-icon");

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Router.securityHeaders(exchange);
        String path = exchange.getRequestURI().getPath();
        if (!exchange.getRequestMethod().equals("GET") || path.contains("..")) {
            Router.send(exchange, 404, "text/plain; charset=utf-8", new byte[0]);
            exchange.close();
            return;
        }
        String resource;
        if (path.startsWith("/webjars/") || path.startsWith("/_static/")) {
            resource = "META-INF/resources" + path;
        } else if (path.equals("/") || !path.contains(".")) {
            resource = "console/index.html";
        } else {
            resource = "console" + path;
        }
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                Router.send(exchange, 404, "text/plain; charset=utf-8", new byte[0]);
            } else {
                String ext = resource.substring(resource.lastIndexOf('.') + 1);
                exchange.getResponseHeaders().set("Cache-Control", "no-cache");
                Router.send(
                        exchange,
                        200,
                        TYPES.getOrDefault(ext, "application/octet-stream"),
                        in.readAllBytes());
            }
        } finally {
            exchange.close();
        }
    }
}
