package org.huixiang.alerting.console;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.huixiang.alerting.console.api.AccountApi;
import org.huixiang.alerting.console.api.AlertApi;
import org.huixiang.alerting.console.api.AlertFeed;
import org.huixiang.alerting.console.api.AnalysisApi;
import org.huixiang.alerting.console.api.CommandSender;
import org.huixiang.alerting.console.api.ReportApi;
import org.huixiang.alerting.console.api.SessionApi;
import org.huixiang.alerting.console.api.StreamApi;
import org.huixiang.alerting.console.api.TimelinessApi;
import org.huixiang.alerting.console.auth.Account;
import org.huixiang.alerting.console.auth.AccountStore;
import org.huixiang.alerting.console.auth.PasswordHasher;
import org.huixiang.alerting.console.auth.Role;
import org.huixiang.alerting.console.auth.Sessions;
import org.huixiang.alerting.console.http.Router;
import org.huixiang.alerting.console.http.StaticFiles;
import org.huixiang.common.config.ConsoleSettings;
import org.huixiang.common.config.HuixiangConfig;
import org.huixiang.common.elasticsearch.ElasticsearchClients;
import org.huixiang.common.seeds.Seeds;

/**
 * The console service: the web UI and its JSON API over the alert data. It reads alerts, documents
 * and accounts from Elasticsearch, follows {@code huixiang.alerts} for live updates, and writes
 * only response commands to {@code huixiang.responses} — never alerts.
 */
public final class ConsoleServer implements AutoCloseable {

    private final HttpServer http;
    private final ExecutorService threads;
    private final ElasticsearchClients clients;
    private final CommandSender commands;
    private final AlertFeed feed;
    private final Router router;

    private ConsoleServer(HuixiangConfig config, Seeds seeds, Clock clock) throws IOException {
        ConsoleSettings settings = config.console();
        clients = ElasticsearchClients.connect(config.elasticsearch());
        ElasticsearchClient es = clients.sync();
        AccountStore accounts = new AccountStore(es);
        bootstrap(accounts, settings, clock);
        Sessions sessions = new Sessions(settings.sessionTtl(), clock);
        AlertStore alerts = new AlertStore(es);
        commands = new CommandSender(config.kafka().clientProperties());
        feed = new AlertFeed(config.kafka().clientProperties());

        SessionApi session =
                new SessionApi(
                        accounts, sessions, settings.secureCookies(), settings.sessionTtl(), clock);
        AnalysisApi analysis = new AnalysisApi(es, clock);
        AlertApi alertApi = new AlertApi(alerts, analysis, commands, seeds, clock);
        StreamApi stream = new StreamApi(feed);
        TimelinessApi timeliness =
                new TimelinessApi(alerts, seeds.response().minRankingVolume(), clock);
        ReportApi reports = new ReportApi(analysis, alerts, timeliness, clock);
        AccountApi accountApi = new AccountApi(accounts, sessions, seeds, clock);

        router = new Router(sessions, new StaticFiles());
        Routes.register(
                router, session, alertApi, stream, timeliness, analysis, reports, accountApi);
        threads = Executors.newCachedThreadPool();
        http = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 64);
        http.createContext("/", router);
        http.setExecutor(threads);
    }

    /**
     * Starts the console on the configured address.
     *
     * @throws IllegalStateException when no account exists and no administrator password is set
     */
    public static ConsoleServer start(HuixiangConfig config, Seeds seeds) throws IOException {
        ConsoleServer server = new ConsoleServer(config, seeds, Clock.systemUTC());
        server.http.start();
        return server;
    }

    public int port() {
        return http.getAddress().getPort();
    }

    /**
     * On an empty account store, the administrator of the configuration; without a password there
     * is no way in, so the console refuses to start rather than invent a default password.
     */
    static void bootstrap(AccountStore accounts, ConsoleSettings settings, Clock clock)
            throws IOException {
        if (accounts.count() > 0) {
            return;
        }
        if (settings.adminPassword() == null) {
            throw new IllegalStateException(
                    "no console account exists yet: set HUIXIANG_ADMIN_PASSWORD (or"
                            + " console.admin_password_file) to create the administrator '"
                            + settings.adminUser()
                            + "'");
        }
        String weak = PasswordHasher.weakness(settings.adminPassword());
        if (weak != null) {
            throw new IllegalStateException("HUIXIANG_ADMIN_PASSWORD: " + weak);
        }
        Instant now = clock.instant();
        accounts.save(
                new Account(
                        settings.adminUser(),
                        "管理员",
                        Role.ADMIN,
                        List.of(),
                        PasswordHasher.hash(settings.adminPassword().toCharArray()),
                        false,
                        now,
                        now));
    }

    /** The routes, for the API description. */
    public Router router() {
        return router;
    }

    @Override
    public void close() throws Exception {
        http.stop(0);
        threads.shutdownNow();
        feed.close();
        commands.close();
        clients.close();
    }
}
