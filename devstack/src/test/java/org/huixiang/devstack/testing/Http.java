package org.huixiang.devstack.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Reading the embedded servers' HTTP answers in tests. */
public final class Http {

    private Http() {}

    /** The body of {@code url}'s answer; fails the test unless the status is 200. */
    public static String get(String url) throws Exception {
        HttpResponse<String> response =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create(url)).build(),
                                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError(
                    url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
