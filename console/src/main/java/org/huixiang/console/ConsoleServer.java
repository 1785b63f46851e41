package org.huixiang.console;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import org.huixiang.common.config.ConsoleSettings;
import org.huixiang.common.config.HuixiangConfig;
import org.huixiang.common.elasticsearch.ElasticsearchClients;
import org.huixiang.common.seeds.Seeds;
import org.huixiang.console.api.AccountApi;
import org.huixiang.console.api.AlertApi;
import org.huixiang.console.api.AlertFeed;
import org.huixiang.console.api.AnalysisApi;
import org.huixiang.console.api.CommandSender;
import org.huixiang.console.api.ReportApi;
import org.huixiang.console.api.SessionApi;
import org.huixiang.console.api.StreamApi;
import org.huixiang.console.api.TimelinessApi;
import org.huixiang.console.auth.Account;
import org.huixiang.console.auth.AccountStore;
import org.huixiang.console.auth.PasswordHasher;
import org.huixiang.console.auth.Role;
import org.huixiang.console.auth.SessionAccess;
import org.huixiang.console.auth.Sessions;
import org.huixiang.http.HttpService;
import org.huixiang.http.Router;

/**
 * The console service: the web UI and its JSON API over the alert data. It reads alerts, documents
 * and accounts from Elasticsearch, follows {@code huixiang.alerts} for live updates, and writes
 * only response commands to {@code huixiang.responses} — never alerts.
 */
public final class ConsoleServer implements AutoCloseable {

    private final HttpService http;
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

        router = new Router("console", new StaticFiles());
        Routes.register(
                router,
                new SessionAccess(sessions),
                session,
                alertApi,
                stream,
                timeliness,
                analysis,
                reports,
                accountApi);
        // cached, not fixed: each open event stream (GET /api/stream) holds a thread
        http =
                HttpService.start(
                        settings.host(), settings.port(), router, Executors.newCachedThreadPool());
    }

    /**
     * Starts the console on the configured address.
     *
     * @throws IllegalStateException when no account exists and no administrator password is set
     */
    public static ConsoleServer start(HuixiangConfig config, Seeds seeds) throws IOException {
        return new ConsoleServer(config, seeds, Clock.systemUTC());
    }

    public int port() {
        return http.port();
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
        http.close();
        feed.close();
        commands.close();
        clients.close();
    }
}
