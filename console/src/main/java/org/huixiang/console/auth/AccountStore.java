package org.huixiang.console.auth;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.json.JsonData;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.huixiang.common.elasticsearch.IndexNames;
import org.huixiang.common.elasticsearch.Sources;

/** Accounts in the {@code huixiang-accounts} index, one document per username. */
public final class AccountStore {

    private final ElasticsearchClient client;

    public AccountStore(ElasticsearchClient client) {
        this.client = client;
    }

    public Optional<Account> find(String username) throws IOException {
        GetResponse<JsonData> got =
                client.get(g -> g.index(IndexNames.ACCOUNTS).id(username), JsonData.class);
        return got.found()
                ? Optional.of(Sources.read(got.source(), Account.class))
                : Optional.empty();
    }

    public List<Account> all() throws IOException {
        return client
                .search(
                        s ->
                                s.index(IndexNames.ACCOUNTS)
                                        .size(1000)
                                        .sort(o -> o.field(f -> f.field("username"))),
                        JsonData.class)
                .hits()
                .hits()
                .stream()
                .map(h -> Sources.read(h.source(), Account.class))
                .toList();
    }

    /** Writes the account and waits until searches see it. */
    public void save(Account account) throws IOException {
        client.index(
                i ->
                        i.index(IndexNames.ACCOUNTS)
                                .id(account.username())
                                .refresh(Refresh.WaitFor)
                                .withJson(Sources.write(account)));
    }

    public long count() throws IOException {
        return client.count(c -> c.index(IndexNames.ACCOUNTS)).count();
    }
}
