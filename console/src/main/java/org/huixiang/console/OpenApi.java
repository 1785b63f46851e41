package org.huixiang.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.huixiang.console.auth.SessionAccess;
import org.huixiang.http.Router;

/** The OpenAPI 3 description of the console API, generated from the route table. */
final class OpenApi {

    private OpenApi() {}

    static Map<String, Object> describe(Router router) {
        Map<String, Object> paths = new LinkedHashMap<>();
        for (Router.Described route : router.describe()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> item =
                    (Map<String, Object>)
                            paths.computeIfAbsent(route.path(), p -> new LinkedHashMap<>());
            Map<String, Object> op = new LinkedHashMap<>();
            op.put("summary", route.summary());
            op.put("x-access", route.access().describe());
            List<Map<String, Object>> params = new ArrayList<>();
            for (String name : route.pathParams()) {
                params.add(
                        Map.of(
                                "name",
                                name,
                                "in",
                                "path",
                                "required",
                                true,
                                "schema",
                                Map.of("type", "string")));
            }
            if (!params.isEmpty()) {
                op.put("parameters", params);
            }
            if (!route.access().isPublic()) {
                op.put("security", List.of(Map.of("session", List.of())));
            }
            Map<String, Object> responses = new LinkedHashMap<>();
            responses.put("200", Map.of("description", "OK (JSON unless stated)"));
            responses.put("400", Map.of("description", "bad request: {error, message}"));
            if (!route.access().isPublic()) {
                responses.put("401", Map.of("description", "not logged in"));
                responses.put(
                        "403", Map.of("description", "the role may not, or missing X-CSRF-Token"));
            }
            op.put("responses", responses);
            item.put(route.method().toLowerCase(Locale.ROOT), op);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put(
                "info",
                Map.of(
                        "title", "huixiang console API",
                        "version", "0.1.0",
                        "description",
                                "Everything the console UI does. Log in with POST /api/login; the session is an"
                                        + " HttpOnly cookie; every non-GET call needs the CSRF token from"
                                        + " /api/session in the X-CSRF-Token header."));
        doc.put("paths", paths);
        doc.put(
                "components",
                Map.of(
                        "securitySchemes",
                        Map.of(
                                "session",
                                Map.of(
                                        "type",
                                        "apiKey",
                                        "in",
                                        "cookie",
                                        "name",
                                        SessionAccess.COOKIE))));
        return doc;
    }
}
