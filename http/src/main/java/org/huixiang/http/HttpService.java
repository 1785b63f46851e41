package org.huixiang.http;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;

/**
 * A {@link Router} served on an address by the JDK's HTTP server, with the threads it runs on. The
 * console and the intake each run one.
 */
public final class HttpService implements AutoCloseable {

    private static final int BACKLOG = 64;

    private final HttpServer server;
    private final ExecutorService threads;

    private HttpService(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    /**
     * Starts serving; port 0 picks a free one ({@link #port()}).
     *
     * @param threads runs the requests; closed with the service
     */
    public static HttpService start(String host, int port, Router router, ExecutorService threads)
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), BACKLOG);
        server.createContext("/", router);
        server.setExecutor(threads);
        server.start();
        return new HttpService(server, threads);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
