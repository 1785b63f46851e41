package org.huixiang.console.api;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.huixiang.common.seeds.Seeds;
import org.huixiang.common.seeds.Unit;
import org.huixiang.console.auth.Account;
import org.huixiang.console.auth.AccountStore;
import org.huixiang.console.auth.PasswordHasher;
import org.huixiang.console.auth.Role;
import org.huixiang.console.auth.SessionAccess;
import org.huixiang.console.auth.Sessions;
import org.huixiang.http.ApiException;
import org.huixiang.http.Call;

/**
 * Accounts for the administrator, and the county's units for everyone's forms. A changed or
 * disabled account is logged out everywhere.
 */
public final class AccountApi {

    private final AccountStore accounts;
    private final Sessions sessions;
    private final Seeds seeds;
    private final Clock clock;

    public AccountApi(AccountStore accounts, Sessions sessions, Seeds seeds, Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.seeds = seeds;
        this.clock = clock;
    }

    /** A new account, or the fields to change of one (null: unchanged). */
    public record AccountRequest(
            String username,
            String displayName,
            Role role,
            List<String> units,
            String password,
            Boolean disabled) {}

    /** A unit for the forms. */
    public record UnitView(String name, String kind) {}

    public List<Account.View> list(Call call) throws IOException {
        return accounts.all().stream().map(Account::view).toList();
    }

    public Account.View create(Call call) throws IOException {
        AccountRequest r = call.body(AccountRequest.class);
        if (r.username() == null || !r.username().matches("[A-Za-z0-9_.@-]{3,64}")) {
            throw ApiException.badRequest("a username has 3–64 letters, digits or _ . @ -");
        }
        if (accounts.find(r.username()).isPresent()) {
            throw new ApiException(409, "exists", "account " + r.username() + " exists");
        }
        String weak = PasswordHasher.weakness(r.password());
        if (weak != null) {
            throw ApiException.badRequest(weak);
        }
        if (r.role() == null) {
            throw ApiException.badRequest("role is one of " + List.of(Role.values()));
        }
        Instant now = clock.instant();
        Account account =
                new Account(
                        r.username(),
                        r.displayName() == null ? r.username() : r.displayName(),
                        r.role(),
                        units(r.role(), r.units()),
                        PasswordHasher.hash(r.password().toCharArray()),
                        Boolean.TRUE.equals(r.disabled()),
                        now,
                        now);
        accounts.save(account);
        return account.view();
    }

    public Account.View update(Call call) throws IOException {
        Account old =
                accounts.find(call.path("username"))
                        .orElseThrow(() -> ApiException.notFound("account"));
        AccountRequest r = call.body(AccountRequest.class);
        if (r.password() != null && PasswordHasher.weakness(r.password()) != null) {
            throw ApiException.badRequest(PasswordHasher.weakness(r.password()));
        }
        Role role = r.role() == null ? old.role() : r.role();
        boolean disabled = r.disabled() == null ? old.disabled() : r.disabled();
        if (old.username().equals(SessionAccess.of(call).account().username())
                && (disabled || role != Role.ADMIN)) {
            throw new ApiException(
                    409, "self", "an administrator cannot disable or demote themselves");
        }
        Account updated =
                new Account(
                        old.username(),
                        r.displayName() == null ? old.displayName() : r.displayName(),
                        role,
                        units(role, r.units() == null ? old.units() : r.units()),
                        r.password() == null
                                ? old.passwordHash()
                                : PasswordHasher.hash(r.password().toCharArray()),
                        disabled,
                        old.createdAt(),
                        clock.instant());
        accounts.save(updated);
        sessions.closeAll(updated.username());
        return updated.view();
    }

    public List<UnitView> units(Call call) {
        List<UnitView> out = new ArrayList<>();
        for (Unit u : seeds.units()) {
            out.add(new UnitView(u.name(), u.kind()));
        }
        return out;
    }

    public Map<String, Object> seedsInfo(Call call) {
        return Map.of(
                "team", seeds.response().team(),
                "towns", seeds.regions().stream().map(r -> r.name()).toList(),
                "topics", seeds.topics().stream().map(t -> t.name()).toList());
    }

    /** Valid units for the role: a unit member needs some; the team acts for the team's unit. */
    private List<String> units(Role role, List<String> requested) {
        List<String> units = requested == null ? List.of() : List.copyOf(requested);
        for (String unit : units) {
            if (!seeds.isUnit(unit)) {
                throw ApiException.badRequest("'" + unit + "' is not a unit of seeds/units.yaml");
            }
        }
        if (role == Role.UNIT && units.isEmpty()) {
            throw ApiException.badRequest("a unit member needs at least one unit");
        }
        if (role == Role.TEAM && !units.contains(seeds.response().team())) {
            List<String> withTeam = new ArrayList<>(units);
            withTeam.add(0, seeds.response().team());
            return List.copyOf(withTeam);
        }
        return units;
    }
}
