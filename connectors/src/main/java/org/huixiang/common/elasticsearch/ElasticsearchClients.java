package org.huixiang.common.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.TransportUtils;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLContext;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;
import org.huixiang.common.config.ElasticsearchConnection;

/**
 * The one place that builds Elasticsearch clients: a typed synchronous client for administration
 * and queries, and an asynchronous one for the sink, over one transport. Close it to release the
 * HTTP connections.
 */
public final class ElasticsearchClients implements AutoCloseable {

    private final RestClientTransport transport;
    private final ElasticsearchClient sync;
    private final ElasticsearchAsyncClient async;

    private ElasticsearchClients(RestClientTransport transport) {
        this.transport = transport;
        this.sync = new ElasticsearchClient(transport);
        this.async = new ElasticsearchAsyncClient(transport);
    }

    public static ElasticsearchClients connect(ElasticsearchConnection connection) {
        HttpHost[] hosts =
                connection.hosts().stream().map(HttpHost::create).toArray(HttpHost[]::new);
        RestClientBuilder builder = RestClient.builder(hosts);
        SSLContext ssl = sslContext(connection);
        if (connection.apiKey() != null) {
            builder.setDefaultHeaders(
                    new Header[] {
                        new BasicHeader("Authorization", "ApiKey " + connection.apiKey())
                    });
        }
        builder.setHttpClientConfigCallback(
                http -> {
                    if (connection.username() != null) {
                        BasicCredentialsProvider basic = new BasicCredentialsProvider();
                        basic.setCredentials(
                                AuthScope.ANY,
                                new UsernamePasswordCredentials(
                                        connection.username(), connection.password()));
                        http.setDefaultCredentialsProvider(basic);
                    }
                    if (ssl != null) {
                        http.setSSLContext(ssl);
                    }
                    return http;
                });
        builder.setRequestConfigCallback(
                request -> request.setConnectTimeout(5_000).setSocketTimeout(60_000));
        return new ElasticsearchClients(
                new RestClientTransport(builder.build(), new JacksonJsonpMapper()));
    }

    /** Trust for a cluster whose certificate a configured CA signed; null for the JVM default. */
    private static SSLContext sslContext(ElasticsearchConnection connection) {
        if (connection.caCertificate() != null) {
            return TransportUtils.sslContextFromHttpCaCrt(
                    new ByteArrayInputStream(
                            connection.caCertificate().getBytes(StandardCharsets.US_ASCII)));
        }
        if (connection.caFingerprint() != null) {
            return TransportUtils.sslContextFromCaFingerprint(
                    connection.caFingerprint().replace(":", ""));
        }
        return null;
    }

    public ElasticsearchClient sync() {
        return sync;
    }

    public ElasticsearchAsyncClient async() {
        return async;
    }

    @Override
    public void close() {
        try {
            transport.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
