package org.huixiang.console.api;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.huixiang.common.json.Json;
import org.huixiang.common.model.Alert;
import org.huixiang.console.auth.Account;
import org.huixiang.console.auth.SessionAccess;
import org.huixiang.http.Call;
import org.huixiang.http.Reply;

/**
 * Server-sent events: every new revision of an alert the caller may see, as {@code event: alert}
 * with the alert as JSON; a comment every 15 s keeps proxies from closing the stream. A slow
 * client's backlog is capped; it then reloads the queue.
 */
public final class StreamApi {

    private static final int BACKLOG = 500;

    private final AlertFeed feed;

    public StreamApi(AlertFeed feed) {
        this.feed = feed;
    }

    public Object stream(Call call) throws IOException {
        Account account = SessionAccess.of(call).account();
        // a role that sees no alerts is refused here, with a status, not in the feed's thread
        Viewer.visibleUnits(account);
        BlockingQueue<Alert> queue = new LinkedBlockingQueue<>(BACKLOG);
        Consumer<Alert> listener =
                alert -> {
                    if (Viewer.sees(account, alert)) {
                        queue.offer(alert);
                    }
                };
        var exchange = call.exchange();
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        feed.subscribe(listener);
        try (OutputStream out = exchange.getResponseBody()) {
            write(out, ": connected\n\n");
            while (!Thread.currentThread().isInterrupted()) {
                Alert alert = queue.poll(15, TimeUnit.SECONDS);
                write(
                        out,
                        alert == null
                                ? ": keep-alive\n\n"
                                : "event: alert\ndata: " + Json.toString(alert) + "\n\n");
            }
        } catch (IOException | InterruptedException e) {
            // the client went away, or the console stops
        } finally {
            feed.unsubscribe(listener);
            exchange.close();
        }
        return Reply.HANDLED;
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
