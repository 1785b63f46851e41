package org.huixiang.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RequestMetricsTest {

    private static String scrape(RequestMetrics metrics) {
        return new String(metrics.scrape().body(), StandardCharsets.UTF_8);
    }

    @Test
    void countsAndTimesByRouteTemplateMethodAndStatus() {
        RequestMetrics metrics = new RequestMetrics("console");
        metrics.record("/api/alerts/{id}", "GET", 200, 1_000_000);
        metrics.record("/api/alerts/{id}", "GET", 200, 3_000_000);
        metrics.record("/api/alerts/{id}", "GET", 404, 500_000);

        assertThat(scrape(metrics))
                .contains(
                        "huixiang_console_requests_total{route=\"/api/alerts/{id}\",method=\"GET\",status=\"200\"} 2\n",
                        "huixiang_console_requests_total{route=\"/api/alerts/{id}\",method=\"GET\",status=\"404\"} 1\n",
                        "huixiang_console_request_seconds_total{route=\"/api/alerts/{id}\",method=\"GET\",status=\"200\"} 0.004\n");
    }

    @Test
    void methodsOutsideHttpsOwnAreOneLabel() {
        RequestMetrics metrics = new RequestMetrics("console");
        metrics.record("static", "FOO", 405, 1);
        metrics.record("static", "BAR", 405, 1);

        assertThat(scrape(metrics))
                .contains("{route=\"static\",method=\"other\",status=\"405\"} 2\n")
                .doesNotContain("FOO", "BAR");
    }
}
