package org.huixiang.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A router served on a loopback port, called over real HTTP. */
class RouterTest {

    /** Admits callers that send {@code X-Caller}, who becomes the call's principal. */
    private static final Access NAMED =
            new Access() {
                @Override
                public void admit(Call call) {
                    String caller = call.header("X-Caller");
                    if (caller == null) {
                        throw ApiException.unauthorized("send X-Caller");
                    }
                    call.attach(caller);
                }

                @Override
                public String describe() {
                    return "named";
                }
            };

    /** A reply body with its fields in order. */
    private record Made(String by, int bytes) {}

    private static HttpService service;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void serve() throws Exception {
        Router router =
                new Router(
                                "test",
                                call -> {
                                    throw ApiException.notFound("that");
                                })
                        .add(
                                "GET",
                                "/things/{id}",
                                Access.PUBLIC,
                                "a thing",
                                call -> Map.of("id", call.path("id")))
                        .add(
                                "POST",
                                "/things",
                                NAMED,
                                "make a thing",
                                call ->
                                        Reply.json(
                                                201,
                                                new Made(
                                                        call.principal(String.class),
                                                        call.bytes(8).length)))
                        .add(
                                "GET",
                                "/broken",
                                Access.PUBLIC,
                                "fails",
                                call -> {
                                    throw new IllegalStateException("secret detail");
                                });
        service = HttpService.start("127.0.0.1", 0, router, Executors.newFixedThreadPool(2));
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path));
    }

    @Test
    void routesByTemplateAndDecodesPathParameters() throws Exception {
        HttpResponse<String> r = send(at("/things/%E9%AB%98%E5%8E%BF"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("{\"id\":\"高县\"}");
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValue("application/json; charset=utf-8");
        assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(r.headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    void accessAdmitsAndAttachesTheCaller() throws Exception {
        HttpResponse<String> refused =
                send(at("/things").POST(HttpRequest.BodyPublishers.ofString("x")));
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body())
                .isEqualTo("{\"error\":\"unauthorized\",\"message\":\"send X-Caller\"}");

        HttpResponse<String> made =
                send(
                        at("/things")
                                .header("X-Caller", "qingfu")
                                .POST(HttpRequest.BodyPublishers.ofString("abc")));
        assertThat(made.statusCode()).isEqualTo(201);
        assertThat(made.body()).isEqualTo("{\"by\":\"qingfu\",\"bytes\":3}");
    }

    @Test
    void aBodyOverTheLimitIs413() throws Exception {
        HttpResponse<String> r =
                send(
                        at("/things")
                                .header("X-Caller", "a")
                                .POST(HttpRequest.BodyPublishers.ofString("123456789")));
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("\"error\":\"too_large\"");
    }

    @Test
    void aKnownPathWithAnotherMethodIs405WithAllow() throws Exception {
        HttpResponse<String> r = send(at("/things/1").DELETE());
        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(r.headers().firstValue("Allow")).hasValue("GET");
        assertThat(r.body()).contains("\"error\":\"method_not_allowed\"");
    }

    @Test
    void whatNoRouteMatchesGoesToTheFallback() throws Exception {
        HttpResponse<String> r = send(at("/nowhere"));
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).isEqualTo("{\"error\":\"not_found\",\"message\":\"that not found\"}");
    }

    @Test
    void aFailingHandlerAnswers500WithoutItsDetail() throws Exception {
        HttpResponse<String> r = send(at("/broken"));
        assertThat(r.statusCode()).isEqualTo(500);
        assertThat(r.body())
                .contains("the test failed; see its log")
                .doesNotContain("secret detail");
    }

    @Test
    void metricsCountRequestsByRouteTemplate() throws Exception {
        send(at("/things/7"));
        send(at("/things/8"));
        HttpResponse<String> metrics = send(at("/metrics"));
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body())
                .containsPattern(
                        "huixiang_test_requests_total\\{route=\"/things/\\{id}\",method=\"GET\",status=\"200\"} [2-9]")
                .doesNotContain("/things/7");
        assertThat(send(at("/healthz")).body()).isEqualTo("{\"status\":\"ok\"}");
    }
}
