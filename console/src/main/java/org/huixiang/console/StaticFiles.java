package org.huixiang.console;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.huixiang.http.ApiException;
import org.huixiang.http.Call;
import org.huixiang.http.Reply;
import org.huixiang.http.Router;

/**
 * Serves the web UI from the classpath: {@code console/} for the pages, and front-end libraries
 * packaged as jars on Maven Central (ECharts, under {@code /_static/}). Anything else that is not
 * an API path gets the single page, which routes by the URL's fragment. The router's fallback.
 */
final class StaticFiles implements Router.Handler {

    private static final Map<String, String> TYPES =
            Map.of(
                    "html", "text/html; charset=utf-8",
                    "js", "text/javascript; charset=utf-8",
                    "css", "text/css; charset=utf-8",
                    "json", "application/json; charset=utf-8",
                    "svg", "image/svg+xml",
                    "png", "image/png",
                    "ico", "image/x-icon");

    private static final String PLAIN = "text/plain; charset=utf-8";

    @Override
    public Reply handle(Call call) throws IOException {
        String path = call.exchange().getRequestURI().getPath();
        if (path.startsWith("/api/")) {
            throw ApiException.notFound(path);
        }
        if (!call.exchange().getRequestMethod().equals("GET") || path.contains("..")) {
            return new Reply(404, PLAIN, new byte[0], null);
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
                return new Reply(404, PLAIN, new byte[0], null);
            }
            String ext = resource.substring(resource.lastIndexOf('.') + 1);
            call.setHeader("Cache-Control", "no-cache");
            return Reply.of(TYPES.getOrDefault(ext, "application/octet-stream"), in.readAllBytes());
        }
    }
}
